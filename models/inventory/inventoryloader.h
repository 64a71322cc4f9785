// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "inventory/inventory.h"

#include <QObject>

#include <functional>

namespace stackyard {

// Reads and parses an inventory file on a worker thread and reports back on the thread that owns
// the loader. Only the newest request is reported: a load started while another is in flight
// makes the older one's result stale, and it is dropped.
class InventoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit InventoryLoader(QObject *parent = nullptr);
    ~InventoryLoader() override;

    // Starts loading path; returns the generation number the result will carry.
    quint64 load(const QString &path);
    // Writes the embedded sample inventory (host = this machine) to targetPath unless a file is
    // already there, then loads targetPath. Returns the generation like load().
    quint64 loadSample(const QString &targetPath);
    // Forgets any load in flight (its result will be dropped).
    void cancel();
    bool isLoading() const { return mPending != 0; }

    // Synchronous variant for the CLI and tests: reads and parses on the calling thread.
    static Result<Inventory> loadNow(const QString &path);
    // Synchronous part of loadSample(): returns targetPath once the sample is in place.
    static Result<QString> installSample(const QString &targetPath);

signals:
    void loaded(quint64 generation, const stackyard::Inventory &inventory);
    void failed(quint64 generation, const stackyard::Error &error);

private:
    quint64 start(std::function<Result<Inventory>()> work);
    void deliver(quint64 generation, const Result<Inventory> &result);

    quint64 mGeneration = 0;
    quint64 mPending = 0;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::Error)
