// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshtransport.h"

#include "transport/sshconnection.h"
#include "transport/sshexecoperation.h"
#include "transport/sshpool.h"
#include "transport/sshsftpoperation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

SshTransport::SshTransport(HostSettings settings, TransportOptions options)
    : mSettings(std::move(settings))
    , mOptions(std::move(options))
{
    SshPool &pool = mOptions.pool ? *mOptions.pool : SshPool::shared();
    mConnection = pool.connection(mSettings, mOptions);
}

SshTransport::~SshTransport() = default;

QString SshTransport::hostLabel() const
{
    return mSettings.label();
}

Result<ExitStatus> SshTransport::run(const CommandSpec &spec, const OutputHandler &onOutput, const CancelToken &cancel)
{
    if (Result<bool> valid = spec.validate(); !valid)
        return makeError(Step::Exec, hostLabel(), valid.error().what, valid.error().hint);
    auto feed = std::make_shared<OperationFeed>();
    mConnection->submit(std::make_shared<SshExecOperation>(spec, mOptions.credentials.becomePassword, feed, cancel));
    const OperationOutcome outcome = feed->consume(onOutput, {});
    if (outcome.error)
        return *outcome.error;
    return outcome.status;
}

Result<SessionInfo> SshTransport::connect(const CancelToken &cancel)
{
    // "true" is the cheapest proof that the session works end to end.
    CommandSpec probe;
    probe.argv = {u"true"_s};
    if (Result<ExitStatus> status = run(probe, {}, cancel); !status)
        return status.error();
    if (std::optional<SessionInfo> info = mConnection->sessionInfo())
        return *info;
    return makeError(Step::Connect, hostLabel(), QCoreApplication::translate("stackyard::transport", "Not connected"));
}

Result<TransferResult> SshTransport::putFile(const QString &localPath, const QString &remotePath, int mode,
                                             const ProgressHandler &onProgress, const CancelToken &cancel)
{
    auto feed = std::make_shared<OperationFeed>();
    mConnection->submit(std::make_shared<SshSftpOperation>(SshSftpOperation::Direction::Upload, localPath, remotePath, mode, feed, cancel));
    const OperationOutcome outcome = feed->consume({}, onProgress);
    if (outcome.error)
        return *outcome.error;
    if (!outcome.pendingRename.isEmpty()) {
        // rename(2) through mv: atomic on the same file system, replaces like posix-rename.
        CommandSpec move;
        move.argv = {u"mv"_s, u"-f"_s, u"--"_s, outcome.pendingRename, remotePath};
        const Result<CommandResult> moved = execute(move, 64 * 1024);
        if (!moved || !moved->status.success()) {
            CommandSpec remove;
            remove.argv = {u"rm"_s, u"-f"_s, u"--"_s, outcome.pendingRename};
            execute(remove, 1024);
            if (!moved)
                return moved.error();
            return makeError(Step::Sftp, hostLabel(),
                             QCoreApplication::translate("stackyard::transport", "Cannot replace %1").arg(remotePath), {},
                             QString::fromUtf8(moved->stderrData).trimmed());
        }
    }
    return TransferResult{outcome.bytes, remotePath};
}

Result<TransferResult> SshTransport::getFile(const QString &remotePath, const QString &localPath,
                                             const ProgressHandler &onProgress, const CancelToken &cancel)
{
    auto feed = std::make_shared<OperationFeed>();
    mConnection->submit(std::make_shared<SshSftpOperation>(SshSftpOperation::Direction::Download, localPath, remotePath, -1, feed, cancel));
    const OperationOutcome outcome = feed->consume({}, onProgress);
    if (outcome.error)
        return *outcome.error;
    return TransferResult{outcome.bytes, localPath};
}

} // namespace stackyard
