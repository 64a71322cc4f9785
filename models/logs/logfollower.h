// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"
#include "logs/logbatch.h"
#include "logs/logsource.h"
#include "transport/canceltoken.h"

#include <QObject>

#include <functional>
#include <memory>

namespace stackyard {

class Transport;

// Follows one log source on a worker thread of its own and hands its lines to the main (GUI)
// thread, where the follower must live, in batches by queued calls. The transport is made on
// the worker (host-key and password questions may block there). stop() is safe at any time; a
// follower deleted while running cancels its reader, which ends on its own.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Result<std::shared_ptr<Transport>>()>;

    LogFollower(LogSourceSpec spec, int source, TransportFactory factory, QObject *parent = nullptr);
    ~LogFollower() override;

    // Starts reading: the last `lines` lines, then follows.
    void start(int lines = 1000);
    void stop();
    bool isRunning() const { return mRunning; }
    const LogSourceSpec &spec() const { return mSpec; }
    int source() const { return mSource; }

Q_SIGNALS:
    void batchReady(const stackyard::LogBatch &batch);
    void notice(const QString &text);
    // The reader ended: error is empty (what) when it ended normally or was stopped.
    void finished(const stackyard::Error &error);

private:
    LogSourceSpec mSpec;
    int mSource;
    TransportFactory mFactory;
    CancelToken mCancel;
    bool mRunning = false;
    quint64 mGeneration = 0; // results of an earlier start() are dropped
};

} // namespace stackyard
