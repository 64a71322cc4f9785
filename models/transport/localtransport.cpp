// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/localtransport.h"

#include "transport/atomicfile.h"
#include "transport/wrappedcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>

#include <csignal>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr int kPollMs = 20;
constexpr int kKillGraceMs = 3000;

// TERM to the process group, KILL to what is left after the grace period.
void terminateGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid <= 0)
        return;
    ::kill(-pid_t(pid), SIGTERM);
    if (!process.waitForFinished(kKillGraceMs)) {
        ::kill(-pid_t(pid), SIGKILL);
        process.waitForFinished(kKillGraceMs);
    } else {
        ::kill(-pid_t(pid), SIGKILL); // children that outlived their leader
    }
}

} // namespace

LocalTransport::LocalTransport(QByteArray becomePassword)
    : mBecomePassword(std::move(becomePassword))
{
}

LocalTransport::~LocalTransport()
{
    mBecomePassword.fill('\0');
}

QString LocalTransport::hostLabel() const
{
    return u"local"_s;
}

Result<ExitStatus> LocalTransport::run(const CommandSpec &spec, const OutputHandler &onOutput, const CancelToken &cancel)
{
    if (Result<bool> valid = spec.validate(); !valid)
        return makeError(Step::Local, hostLabel(), valid.error().what, valid.error().hint);
    WrappedCommand wrapped(spec, spec.become && !mBecomePassword.isEmpty());
    QProcess process;
    process.setProgram(u"/bin/sh"_s);
    process.setArguments({u"-c"_s, wrapped.commandLine()});
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
    if (!process.waitForStarted(30000))
        return makeError(Step::Local, hostLabel(), QCoreApplication::translate("stackyard::transport", "Cannot start /bin/sh"), {},
                         process.errorString());

    const QDeadlineTimer deadline = spec.timeoutMs > 0 ? QDeadlineTimer(spec.timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    std::optional<ExitStatus::Kind> stoppedBy;
    bool inputSent = false;
    bool rejected = false;
    const auto deliver = [&](const WrappedCommand::Events &events) {
        if (!events.out.isEmpty() && onOutput)
            onOutput(OutputStream::Stdout, events.out);
        if (!events.err.isEmpty() && onOutput)
            onOutput(OutputStream::Stderr, events.err);
        if (events.sendPassword)
            process.write(mBecomePassword + '\n');
        if (events.passwordRejected && !rejected) {
            rejected = true;
            terminateGroup(process);
        }
        if (wrapped.started() && !inputSent) {
            inputSent = true;
            if (!spec.stdinData.isEmpty())
                process.write(spec.stdinData);
            process.closeWriteChannel();
        }
    };
    const auto readAvailable = [&] {
        WrappedCommand::Events events;
        const QByteArray out = process.readAllStandardOutput();
        if (!out.isEmpty())
            wrapped.feedStdout(out, &events);
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty())
            wrapped.feedStderr(err, &events);
        deliver(events);
    };
    while (process.state() != QProcess::NotRunning) {
        if (!stoppedBy && (cancel.isCancelled() || deadline.hasExpired())) {
            stoppedBy = cancel.isCancelled() ? ExitStatus::Kind::Cancelled : ExitStatus::Kind::TimedOut;
            terminateGroup(process);
        }
        process.waitForReadyRead(kPollMs);
        readAvailable();
    }
    readAvailable();
    WrappedCommand::Events rest;
    wrapped.finish(&rest);
    deliver(rest);

    if (rejected)
        return makeError(Step::Auth, hostLabel(), QCoreApplication::translate("stackyard::transport", "sudo refused the become password"),
                         QCoreApplication::translate("stackyard::transport", "Check ansible_become_password."));
    if (stoppedBy)
        return ExitStatus{*stoppedBy, 0, {}};
    if (process.exitStatus() == QProcess::CrashExit)
        return ExitStatus::signaled(ExitStatus::signalName(process.exitCode()));
    return ExitStatus::exited(process.exitCode());
}

Result<TransferResult> LocalTransport::copyAtomically(const QString &source, const QString &destination, int mode,
                                                      const ProgressHandler &onProgress, const CancelToken &cancel)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("stackyard::transport", "Cannot read the file"), source, {}, in.errorString()};
    AtomicFile out(destination);
    if (Result<bool> opened = out.open(); !opened)
        return opened.error();
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        if (cancel.isCancelled())
            return Error{QCoreApplication::translate("stackyard::transport", "The copy was cancelled"), destination,
                         QCoreApplication::translate("stackyard::transport", "The destination was left as it was."), {}};
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error{QCoreApplication::translate("stackyard::transport", "Cannot read the file"), source, {}, in.errorString()};
        if (n == 0)
            break;
        if (Result<bool> written = out.write(buffer.constData(), n); !written)
            return written.error();
        done += n;
        if (onProgress)
            onProgress(done, total);
    }
    if (Result<bool> committed = out.commit(mode); !committed)
        return committed.error();
    return TransferResult{done, destination};
}

Result<TransferResult> LocalTransport::putFile(const QString &localPath, const QString &remotePath, int mode,
                                               const ProgressHandler &onProgress, const CancelToken &cancel)
{
    return copyAtomically(localPath, remotePath, mode, onProgress, cancel);
}

Result<TransferResult> LocalTransport::getFile(const QString &remotePath, const QString &localPath,
                                               const ProgressHandler &onProgress, const CancelToken &cancel)
{
    return copyAtomically(remotePath, localPath, -1, onProgress, cancel);
}

} // namespace stackyard
