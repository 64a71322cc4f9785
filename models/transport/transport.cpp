// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/transport.h"

#include "transport/atomicfile.h"
#include "transport/hostsettings.h"
#include "transport/localtransport.h"
#include "transport/sshtransport.h"
#include "transport/transportjob.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Moves a staged upload into place as root (or as the login user when only an owner is set):
// a temporary file beside the destination, mode, owner, sync, rename. The staged file is removed
// in every case.
const QString &placeScript()
{
    static const QString script = uR"(set -e
src=$1; dst=$2; mode=$3; owner=$4; t=
trap 'rm -f -- "$src"; if [ -n "$t" ]; then rm -f -- "$t"; fi' EXIT
t=$(mktemp "$(dirname -- "$dst")/.$(basename -- "$dst").stackyard-XXXXXX")
cat -- "$src" > "$t"
if [ -n "$mode" ]; then chmod -- "$mode" "$t"; elif [ -e "$dst" ]; then chmod --reference="$dst" -- "$t"; else chmod 644 -- "$t"; fi
if [ -n "$owner" ]; then chown -- "$owner" "$t"; fi
sync -- "$t" 2>/dev/null || sync
mv -f -- "$t" "$dst"
t=
)"_s;
    return script;
}

} // namespace

Transport::~Transport() = default;

std::shared_ptr<Transport> Transport::create(const HostSettings &settings, const TransportOptions &options)
{
    if (settings.local)
        return std::make_shared<LocalTransport>(options.credentials.becomePassword);
    return std::make_shared<SshTransport>(settings, options);
}

QString Transport::stepName(Step step)
{
    switch (step) {
    case Step::Connect: return u"connect"_s;
    case Step::Auth: return u"auth"_s;
    case Step::HostKey: return u"hostkey"_s;
    case Step::Exec: return u"exec"_s;
    case Step::Sftp: return u"sftp"_s;
    case Step::Local: return u"local"_s;
    }
    return {};
}

Error Transport::makeError(Step step, const QString &host, const QString &what, const QString &hint, const QString &detail)
{
    return Error{what, host + u" ["_s + stepName(step) + u']', hint, detail};
}

Result<CommandResult> Transport::execute(const CommandSpec &spec, qsizetype maxOutputBytes, const CancelToken &cancel)
{
    CommandResult result;
    const auto keep = [maxOutputBytes](QByteArray *buffer, bool *truncated, const QByteArray &chunk) {
        const qsizetype room = maxOutputBytes - buffer->size();
        if (chunk.size() > room) {
            *truncated = true;
            if (room > 0)
                buffer->append(chunk.constData(), room);
        } else {
            buffer->append(chunk);
        }
    };
    Result<ExitStatus> status = run(
        spec,
        [&](OutputStream stream, const QByteArray &chunk) {
            if (stream == OutputStream::Stdout)
                keep(&result.stdoutData, &result.stdoutTruncated, chunk);
            else
                keep(&result.stderrData, &result.stderrTruncated, chunk);
        },
        cancel);
    if (!status)
        return status.error();
    result.status = *status;
    return result;
}

Result<TransferResult> Transport::upload(const QString &localPath, const QString &remotePath, const FileOptions &options,
                                         const ProgressHandler &onProgress, const CancelToken &cancel)
{
    if (options.become || !options.owner.isEmpty())
        return uploadStaged(localPath, remotePath, options, onProgress, cancel);
    return putFile(localPath, remotePath, options.mode, onProgress, cancel);
}

Result<TransferResult> Transport::uploadStaged(const QString &localPath, const QString &remotePath,
                                               const FileOptions &options, const ProgressHandler &onProgress,
                                               const CancelToken &cancel)
{
    const QString staged = u"/tmp/.stackyard-upload-"_s + QString::number(QRandomGenerator::system()->generate64(), 16);
    Result<TransferResult> put = putFile(localPath, staged, 0600, onProgress, cancel);
    if (!put)
        return put;
    CommandSpec place;
    place.argv = {u"/bin/sh"_s, u"-c"_s, placeScript(), u"sh"_s, staged, remotePath,
                  options.mode >= 0 ? QString::number(options.mode, 8) : QString(), options.owner};
    place.become = options.become;
    place.becomeUser = options.becomeUser;
    const Result<CommandResult> placed = execute(place, 64 * 1024, cancel);
    if (!placed)
        return placed.error();
    if (!placed->status.success())
        return makeError(Step::Exec, hostLabel(),
                         QCoreApplication::translate("stackyard::transport", "Could not put the file in place at %1 (%2)")
                             .arg(remotePath, placed->status.toString()),
                         QCoreApplication::translate("stackyard::transport", "Check the directory, the owner and the sudo rights."),
                         QString::fromUtf8(placed->stderrData).trimmed());
    return TransferResult{put->bytes, remotePath};
}

Result<TransferResult> Transport::download(const QString &remotePath, const QString &localPath,
                                           const FileOptions &options, const ProgressHandler &onProgress,
                                           const CancelToken &cancel)
{
    if (options.become)
        return downloadThroughSudo(remotePath, localPath, options, onProgress, cancel);
    return getFile(remotePath, localPath, onProgress, cancel);
}

Result<TransferResult> Transport::downloadThroughSudo(const QString &remotePath, const QString &localPath,
                                                      const FileOptions &options, const ProgressHandler &onProgress,
                                                      const CancelToken &cancel)
{
    AtomicFile file(localPath);
    if (Result<bool> opened = file.open(); !opened)
        return opened.error();
    CommandSpec cat;
    cat.argv = {u"cat"_s, u"--"_s, remotePath};
    cat.become = true;
    cat.becomeUser = options.becomeUser;
    qint64 bytes = 0;
    std::optional<Error> writeError;
    QByteArray errors;
    const Result<ExitStatus> status = run(
        cat,
        [&](OutputStream stream, const QByteArray &chunk) {
            if (stream == OutputStream::Stderr) {
                if (errors.size() < 64 * 1024)
                    errors += chunk;
                return;
            }
            if (writeError)
                return;
            if (Result<bool> written = file.write(chunk.constData(), chunk.size()); !written) {
                writeError = written.error();
                cancel.cancel();
                return;
            }
            bytes += chunk.size();
            if (onProgress)
                onProgress(bytes, -1);
        },
        cancel);
    if (writeError)
        return *writeError;
    if (!status)
        return status.error();
    if (!status->success())
        return makeError(Step::Exec, hostLabel(),
                         QCoreApplication::translate("stackyard::transport", "Could not read %1 (%2)").arg(remotePath, status->toString()),
                         {}, QString::fromUtf8(errors).trimmed());
    if (Result<bool> committed = file.commit(options.mode); !committed)
        return committed.error();
    return TransferResult{bytes, localPath};
}

TransportJob *Transport::startCommand(const CommandSpec &spec, QObject *parent)
{
    std::shared_ptr<Transport> self = shared_from_this();
    return TransportJob::start(
        [self, spec](const TransportJob::Sink &sink) {
            JobResult result;
            const Result<ExitStatus> status = self->run(
                spec,
                [&sink](OutputStream stream, const QByteArray &chunk) {
                    (stream == OutputStream::Stdout ? sink.stdoutData : sink.stderrData)(chunk);
                },
                sink.cancel);
            result.ok = status.ok();
            if (status)
                result.status = *status;
            else
                result.error = status.error();
            return result;
        },
        parent);
}

namespace {

JobResult transferJobResult(const Result<TransferResult> &transfer)
{
    JobResult result;
    result.ok = transfer.ok();
    if (transfer)
        result.transfer = *transfer;
    else
        result.error = transfer.error();
    return result;
}

} // namespace

TransportJob *Transport::startUpload(const QString &localPath, const QString &remotePath, const FileOptions &options,
                                     QObject *parent)
{
    std::shared_ptr<Transport> self = shared_from_this();
    return TransportJob::start(
        [self, localPath, remotePath, options](const TransportJob::Sink &sink) {
            return transferJobResult(self->upload(localPath, remotePath, options, sink.progress, sink.cancel));
        },
        parent);
}

TransportJob *Transport::startDownload(const QString &remotePath, const QString &localPath, const FileOptions &options,
                                       QObject *parent)
{
    std::shared_ptr<Transport> self = shared_from_this();
    return TransportJob::start(
        [self, localPath, remotePath, options](const TransportJob::Sink &sink) {
            return transferJobResult(self->download(remotePath, localPath, options, sink.progress, sink.cancel));
        },
        parent);
}

} // namespace stackyard
