// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "transport/exitstatus.h"
#include "transport/transport.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace stackyard {

// How an operation on a connection's worker thread ended.
struct OperationOutcome
{
    std::optional<Error> error;
    ExitStatus status;
    qint64 bytes = 0;
    QString pendingRename; // an upload whose temporary file could not be renamed over by SFTP
};

// The bounded queue from a connection's worker thread (producer) to the thread that called the
// blocking API (consumer, which runs the caller's handlers). The producer stops reading a
// channel while hasRoom() is false, so a slow consumer slows the remote side down instead of
// filling memory; the consumer wakes the producer when it made room again.
class OperationFeed
{
public:
    static constexpr qsizetype kHighWater = 1024 * 1024;

    // An internal operation's feed: output is dropped, there is no consumer.
    static std::shared_ptr<OperationFeed> discarding();

    void setWaker(std::function<void()> waker);

    bool hasRoom() const;
    void output(OutputStream stream, QByteArray data);
    void progress(qint64 done, qint64 total);
    void finish(OperationOutcome outcome);
    bool isFinished() const;

    // Runs the handlers for everything queued until the outcome arrives, and returns it.
    OperationOutcome consume(const OutputHandler &onOutput, const ProgressHandler &onProgress);

private:
    struct Event
    {
        int kind = 0; // 0 stdout, 1 stderr, 2 progress
        QByteArray data;
        qint64 done = 0;
        qint64 total = 0;
    };

    mutable std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<Event> mEvents;
    qsizetype mBytes = 0;
    std::optional<OperationOutcome> mOutcome;
    std::function<void()> mWaker;
    bool mDiscard = false;
};

} // namespace stackyard
