// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshexecoperation.h"

#include "transport/sshsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr int kReadChunk = 64 * 1024;
constexpr int kWriteChunk = 32 * 1024;
constexpr int kStopGraceMs = 5000;

} // namespace

SshExecOperation::SshExecOperation(CommandSpec spec, QByteArray becomePassword, std::shared_ptr<OperationFeed> feed,
                                   CancelToken cancel)
    : SshOperation(std::move(feed), std::move(cancel))
    , mSpec(std::move(spec))
    , mBecomePassword(std::move(becomePassword))
    , mWrapped(mSpec, mSpec.become && !mBecomePassword.isEmpty())
{
    if (mSpec.timeoutMs > 0)
        mDeadline = QDeadlineTimer(mSpec.timeoutMs);
}

SshExecOperation::~SshExecOperation()
{
    closeChannel();
    mBecomePassword.fill('\0');
    mToSend.fill('\0');
}

void SshExecOperation::closeChannel()
{
    if (mChannel) {
        // libssh keeps a channel until the server confirms the close: it must not call us then.
        ssh_remove_channel_callbacks(mChannel, &mCallbacks);
        ssh_channel_free(mChannel);
        mChannel = nullptr;
    }
}

void SshExecOperation::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    static_cast<SshExecOperation *>(userdata)->mExitCode = status;
}

void SshExecOperation::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    static_cast<SshExecOperation *>(userdata)->mExitSignal = QString::fromLatin1(signal);
}

Result<bool> SshExecOperation::start(SshSession &session)
{
    closeChannel();
    mChannel = ssh_channel_new(session.handle());
    if (!mChannel || ssh_channel_open_session(mChannel) != SSH_OK) {
        const Error e = session.error(Transport::Step::Exec, QCoreApplication::translate("stackyard::transport", "Cannot open a channel"));
        closeChannel();
        return e;
    }
    ssh_callbacks_init(&mCallbacks);
    mCallbacks.userdata = this;
    mCallbacks.channel_exit_status_function = &SshExecOperation::onExitStatus;
    mCallbacks.channel_exit_signal_function = &SshExecOperation::onExitSignal;
    ssh_set_channel_callbacks(mChannel, &mCallbacks);
    if (ssh_channel_request_exec(mChannel, mWrapped.commandLine().toUtf8().constData()) != SSH_OK) {
        const Error e = session.error(Transport::Step::Exec,
                                      QCoreApplication::translate("stackyard::transport", "The host refused to run %1").arg(mSpec.displayText()));
        closeChannel();
        return e;
    }
    return true;
}

void SshExecOperation::deliver(WrappedCommand::Events &events)
{
    feed()->output(OutputStream::Stdout, std::move(events.out));
    feed()->output(OutputStream::Stderr, std::move(events.err));
    if (events.sendPassword)
        mToSend += mBecomePassword + '\n';
    if (events.passwordRejected)
        mRejected = true;
    if (mWrapped.started() && !mInputQueued) {
        mInputQueued = true;
        mToSend += mSpec.stdinData;
    }
}

bool SshExecOperation::readSome(SshSession &session, int isStderr)
{
    Q_UNUSED(session)
    char buffer[kReadChunk];
    const int n = ssh_channel_read_nonblocking(mChannel, buffer, sizeof buffer, isStderr);
    if (n <= 0)
        return false;
    WrappedCommand::Events events;
    if (isStderr)
        mWrapped.feedStderr(QByteArray(buffer, n), &events);
    else
        mWrapped.feedStdout(QByteArray(buffer, n), &events);
    deliver(events);
    return true;
}

void SshExecOperation::beginStop(ExitStatus::Kind kind, SshOperationHost &host)
{
    mStoppedBy = kind;
    mStopDeadline = QDeadlineTimer(kStopGraceMs);
    spawnKill(host);
}

void SshExecOperation::spawnKill(SshOperationHost &host)
{
    // The pid arrives with the first line of output: a cancel right after the start waits for it.
    if (!mKillSpawned && mWrapped.pid() > 0) {
        mKillSpawned = true;
        CommandSpec kill;
        kill.argv = WrappedCommand::killArgv(mWrapped.pid());
        kill.timeoutMs = 15000;
        host.spawn(std::make_shared<SshExecOperation>(kill, QByteArray(), OperationFeed::discarding(), CancelToken()));
    }
}

int SshExecOperation::wakeInMs() const
{
    const QDeadlineTimer next = mStoppedBy ? mStopDeadline : mDeadline;
    return next.isForever() ? -1 : int(std::max<qint64>(0, next.remainingTime()));
}

SshOperation::Progress SshExecOperation::step(SshSession &session, SshOperationHost &host)
{
    if (!mStoppedBy && (cancelToken().isCancelled() || mDeadline.hasExpired() || mRejected))
        beginStop(cancelToken().isCancelled() || mRejected ? ExitStatus::Kind::Cancelled : ExitStatus::Kind::TimedOut, host);
    if (mStoppedBy)
        spawnKill(host);
    if (mStoppedBy && mStopDeadline.hasExpired()) {
        complete(session);
        return Progress::Done;
    }
    bool busy = false;
    // Input: the password, then stdin once the command runs, then end of file.
    if (mSent < mToSend.size()) {
        const uint32_t window = ssh_channel_window_size(mChannel);
        const qsizetype n = std::min<qsizetype>({mToSend.size() - mSent, qsizetype(window), kWriteChunk});
        if (n > 0) {
            const int written = ssh_channel_write(mChannel, mToSend.constData() + mSent, uint32_t(n));
            if (written > 0) {
                mSent += written;
                busy = true;
            }
        }
        if (mSent == mToSend.size() && mInputQueued) {
            mToSend.fill('\0');
            mToSend.clear();
            mSent = 0;
        }
    }
    if (mInputQueued && mToSend.isEmpty() && !mEofSent) {
        ssh_channel_send_eof(mChannel);
        mEofSent = true;
    }
    if (feed()->hasRoom()) {
        busy |= readSome(session, 0);
        busy |= readSome(session, 1);
    }
    const bool drained = ssh_channel_poll(mChannel, 0) <= 0 && ssh_channel_poll(mChannel, 1) <= 0;
    const bool ended = ssh_channel_is_closed(mChannel)
        || (ssh_channel_is_eof(mChannel) && (mExitCode || !mExitSignal.isEmpty()));
    if (ended && drained) {
        complete(session);
        return Progress::Done;
    }
    if (!session.isAlive()) {
        complete(session);
        return Progress::Done;
    }
    return busy ? Progress::Busy : Progress::Idle;
}

void SshExecOperation::complete(SshSession &session)
{
    WrappedCommand::Events rest;
    mWrapped.finish(&rest);
    deliver(rest);
    OperationOutcome outcome;
    if (mRejected) {
        outcome.error = Transport::makeError(Transport::Step::Auth, session.label(),
                                             QCoreApplication::translate("stackyard::transport", "sudo refused the become password"),
                                             QCoreApplication::translate("stackyard::transport", "Check ansible_become_password."));
    } else if (mStoppedBy) {
        outcome.status = ExitStatus{*mStoppedBy, 0, {}};
    } else if (!mExitSignal.isEmpty()) {
        outcome.status = ExitStatus::signaled(mExitSignal);
    } else if (mExitCode) {
        outcome.status = ExitStatus::exited(*mExitCode);
    } else if (!session.isAlive()) {
        outcome.error = Transport::makeError(
            Transport::Step::Exec, session.label(),
            QCoreApplication::translate("stackyard::transport", "The connection was lost while %1 ran").arg(mSpec.displayText()),
            QCoreApplication::translate("stackyard::transport",
                                        "The command may or may not have finished on the host: check before running it again. "
                                        "The next command reconnects."),
            QString::fromUtf8(ssh_get_error(session.handle())));
    } else {
        outcome.error = Transport::makeError(Transport::Step::Exec, session.label(),
                                             QCoreApplication::translate("stackyard::transport", "%1 ended without an exit status")
                                                 .arg(mSpec.displayText()));
    }
    closeChannel();
    finish(std::move(outcome));
}

} // namespace stackyard
