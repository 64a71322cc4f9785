// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;
struct redisAsyncContext;

namespace stackyard {

// hiredis's event hooks on the Qt event loop: read and write QSocketNotifiers on the async
// context's socket, enabled and disabled as hiredis asks. (The adapter hiredis ships,
// adapters/qt.h, connects to Qt 5's activated(int) by name and would not fire under Qt 6.)
// The notifiers belong to the thread of the watcher.
class RedisSocketWatcher : public QObject
{
public:
    explicit RedisSocketWatcher(QObject *parent = nullptr);
    ~RedisSocketWatcher() override;

    // Installs the hooks on context; a context watched before is forgotten.
    void attach(redisAsyncContext *context);
    // Removes the hooks and stops watching, before the owner frees the context itself.
    void detach();
    // Stops watching for input until hiredis asks again (it does after every write): for an
    // idle connection between polls.
    void pauseReading();

private:
    static void addRead(void *data);
    static void delRead(void *data);
    static void addWrite(void *data);
    static void delWrite(void *data);
    static void cleanup(void *data);

    void enable(std::unique_ptr<QSocketNotifier> &notifier, bool read, bool on);
    void retireNotifiers();

    redisAsyncContext *mContext = nullptr;
    std::unique_ptr<QSocketNotifier> mRead;
    std::unique_ptr<QSocketNotifier> mWrite;
};

} // namespace stackyard
