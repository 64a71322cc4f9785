// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/canceltoken.h"
#include "transport/operationfeed.h"

#include <QDeadlineTimer>

#include <memory>

namespace stackyard {

class SshSession;
class SshOperation;

// What an operation may ask of the connection that runs it.
class SshOperationHost
{
public:
    virtual ~SshOperationHost() = default;
    // Runs another operation on the same session (e.g. the kill command of a cancel).
    virtual void spawn(std::shared_ptr<SshOperation> operation) = 0;
};

// One piece of work on a connection's worker thread: a command on a channel, an SFTP transfer.
// start() and step() never block for long (step() does at most one chunk of I/O), so one thread
// serves every channel of its session. The result goes to feed().
class SshOperation
{
public:
    enum class Progress { Busy, Idle, Done };

    SshOperation(std::shared_ptr<OperationFeed> feed, CancelToken cancel);
    virtual ~SshOperation();

    // Opens what it needs. An Error finishes the operation; retryable() tells whether it
    // failed because the session had died (the connection then reconnects and starts it again).
    virtual Result<bool> start(SshSession &session) = 0;
    virtual Progress step(SshSession &session, SshOperationHost &host) = 0;
    // The connection was lost or closed under the operation.
    virtual void abort(const Error &error);
    // Milliseconds until this operation needs a step() without I/O (a deadline); -1: none.
    virtual int wakeInMs() const { return -1; }

    const std::shared_ptr<OperationFeed> &feed() const { return mFeed; }
    const CancelToken &cancelToken() const { return mCancel; }

protected:
    void finish(OperationOutcome outcome);

private:
    std::shared_ptr<OperationFeed> mFeed;
    CancelToken mCancel;
};

} // namespace stackyard
