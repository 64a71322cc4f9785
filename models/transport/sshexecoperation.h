// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/commandspec.h"
#include "transport/sshoperation.h"
#include "transport/wrappedcommand.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace stackyard {

// A command on its own channel of the session: the WrappedCommand line, stdin and the become
// password under flow control, stdout/stderr into the feed while it has room, the exit status
// or signal from the channel's exit-status/exit-signal requests. Cancel and timeout spawn the
// WrappedCommand::killArgv() command on a second channel (OpenSSH ignores "signal" channel
// requests for commands without a pty), then wait up to 5 s for the channel to close.
class SshExecOperation : public SshOperation
{
public:
    SshExecOperation(CommandSpec spec, QByteArray becomePassword, std::shared_ptr<OperationFeed> feed, CancelToken cancel);
    ~SshExecOperation() override;

    Result<bool> start(SshSession &session) override;
    Progress step(SshSession &session, SshOperationHost &host) override;
    int wakeInMs() const override;

private:
    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata);

    bool readSome(SshSession &session, int isStderr);
    void deliver(WrappedCommand::Events &events);
    void beginStop(ExitStatus::Kind kind, SshOperationHost &host);
    void spawnKill(SshOperationHost &host);
    void complete(SshSession &session);
    void closeChannel();

    CommandSpec mSpec;
    QByteArray mBecomePassword;
    WrappedCommand mWrapped;
    ssh_channel mChannel = nullptr;
    ssh_channel_callbacks_struct mCallbacks{};
    std::optional<int> mExitCode;
    QString mExitSignal;
    QByteArray mToSend;      // password line, then stdin
    qsizetype mSent = 0;
    bool mInputQueued = false;
    bool mEofSent = false;
    bool mRejected = false;
    bool mKillSpawned = false;
    std::optional<ExitStatus::Kind> mStoppedBy;
    QDeadlineTimer mDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer mStopDeadline{QDeadlineTimer::Forever};
};

} // namespace stackyard
