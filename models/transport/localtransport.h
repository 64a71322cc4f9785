// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/transport.h"

namespace stackyard {

// This machine (ansible_connection: local): commands run through /bin/sh in a session of their
// own (setsid), so cancel terminates the whole process group; files are copied with the same
// atomic replace as remote ones. Blocking functions use QProcess's waitFor* and need no event
// loop; run them on a worker thread like every Transport call.
class LocalTransport : public Transport
{
public:
    explicit LocalTransport(QByteArray becomePassword = {});
    ~LocalTransport() override;

    QString hostLabel() const override;
    Result<ExitStatus> run(const CommandSpec &spec, const OutputHandler &onOutput, const CancelToken &cancel = {}) override;

    // Copies source to destination through an AtomicFile, in 1 MiB chunks (also used by tests).
    static Result<TransferResult> copyAtomically(const QString &source, const QString &destination, int mode,
                                                 const ProgressHandler &onProgress, const CancelToken &cancel);

protected:
    Result<TransferResult> putFile(const QString &localPath, const QString &remotePath, int mode,
                                   const ProgressHandler &onProgress, const CancelToken &cancel) override;
    Result<TransferResult> getFile(const QString &remotePath, const QString &localPath,
                                   const ProgressHandler &onProgress, const CancelToken &cancel) override;

private:
    QByteArray mBecomePassword;
};

} // namespace stackyard
