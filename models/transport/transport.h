// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "transport/canceltoken.h"
#include "transport/commandspec.h"
#include "transport/exitstatus.h"
#include "transport/transportoptions.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace stackyard {

struct HostSettings;
class TransportJob;

enum class OutputStream { Stdout, Stderr };
using OutputHandler = std::function<void(OutputStream stream, const QByteArray &chunk)>;
using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

// How an uploaded file ends up on the host.
struct FileOptions
{
    int mode = -1;  // permission bits (0640); -1: those of the file it replaces, else 0644
    QString owner;  // "user" or "user:group"; empty: the writer's
    bool become = false; // write (and chown) through sudo, see CommandSpec::become
    QString becomeUser;
};

// A host Stackyard works on: LocalTransport (this machine, ansible_connection: local) or
// SshTransport (libssh, pooled sessions). Create one with Transport::create(); share it freely
// (std::shared_ptr), every function is thread-safe.
//
// Blocking API — for worker threads (provisioning steps, health probes, backups). Never call it
// on the GUI thread. Output and progress handlers are called on the calling thread, in order,
// before the function returns; output arrives in bounded chunks and a slow handler slows the
// remote side down (flow control) instead of buffering without limit.
//   Result<ExitStatus> s = transport->run(spec, [](OutputStream, const QByteArray &chunk) { … });
//   Result<CommandResult> r = transport->execute(spec);  // collects output, capped
// An Error means the command could not be run or followed to its end (connect, auth, host key,
// lost connection); a command that ran and failed is an ExitStatus, not an Error.
//
// Asynchronous API — for GUI code: startCommand()/startUpload()/startDownload() return a
// TransportJob at once; its signals arrive by queued connections on the job's thread, and
// TransportJob::cancel() is safe from any thread. See transportjob.h.
//
// Cancel (a CancelToken, or TransportJob::cancel()) terminates the remote process group (TERM,
// then KILL after 3 s), not just the channel; a cancelled transfer leaves the destination as
// it was. Uploads and downloads replace the destination atomically: a temporary file in the
// same directory, fsync, rename.
class Transport : public std::enable_shared_from_this<Transport>
{
public:
    // Where in a remote action something failed (Error::where names it with the host).
    enum class Step { Connect, Auth, HostKey, Exec, Sftp, Local };

    static constexpr qsizetype kDefaultOutputCap = 16 * 1024 * 1024;

    // LocalTransport when settings.local, else an SshTransport on options.pool.
    static std::shared_ptr<Transport> create(const HostSettings &settings, const TransportOptions &options = {});

    virtual ~Transport();

    // "user@host:port" or "local", for messages.
    virtual QString hostLabel() const = 0;

    // Runs spec and streams its output to onOutput; returns how it ended.
    virtual Result<ExitStatus> run(const CommandSpec &spec, const OutputHandler &onOutput,
                                   const CancelToken &cancel = {}) = 0;
    // run() collecting stdout and stderr, each up to maxOutputBytes (the rest is counted as
    // truncated and dropped, the command still runs to its end).
    Result<CommandResult> execute(const CommandSpec &spec, qsizetype maxOutputBytes = kDefaultOutputCap,
                                  const CancelToken &cancel = {});
    // Copies a local file to the host (atomic replace, mode/owner, through sudo when become).
    Result<TransferResult> upload(const QString &localPath, const QString &remotePath, const FileOptions &options = {},
                                  const ProgressHandler &onProgress = {}, const CancelToken &cancel = {});
    // Copies a file of the host to a local path (atomic replace). options.become reads it
    // through sudo.
    Result<TransferResult> download(const QString &remotePath, const QString &localPath,
                                    const FileOptions &options = {}, const ProgressHandler &onProgress = {},
                                    const CancelToken &cancel = {});

    TransportJob *startCommand(const CommandSpec &spec, QObject *parent = nullptr);
    TransportJob *startUpload(const QString &localPath, const QString &remotePath, const FileOptions &options = {},
                              QObject *parent = nullptr);
    TransportJob *startDownload(const QString &remotePath, const QString &localPath,
                                const FileOptions &options = {}, QObject *parent = nullptr);

    // An Error whose where is "host [step]".
    static Error makeError(Step step, const QString &host, const QString &what, const QString &hint = {},
                           const QString &detail = {});
    static QString stepName(Step step);

protected:
    // The transport's own atomic copy, as the login user; mode as in FileOptions.
    virtual Result<TransferResult> putFile(const QString &localPath, const QString &remotePath, int mode,
                                           const ProgressHandler &onProgress, const CancelToken &cancel) = 0;
    virtual Result<TransferResult> getFile(const QString &remotePath, const QString &localPath,
                                           const ProgressHandler &onProgress, const CancelToken &cancel) = 0;

private:
    Result<TransferResult> uploadStaged(const QString &localPath, const QString &remotePath,
                                        const FileOptions &options, const ProgressHandler &onProgress,
                                        const CancelToken &cancel);
    Result<TransferResult> downloadThroughSudo(const QString &remotePath, const QString &localPath,
                                               const FileOptions &options, const ProgressHandler &onProgress,
                                               const CancelToken &cancel);
};

} // namespace stackyard
