// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/atomicfile.h"
#include "transport/sshoperation.h"

#include <libssh/sftp.h>

#include <QFile>

namespace stackyard {

// An SFTP transfer on the session's SFTP channel, one 64 KiB request per step().
//  Upload: local file → a temporary file beside the destination (O_EXCL, 0600), fsync
//  (fsync@openssh.com), mode, rename over the destination. When the server's rename will not
//  replace an existing file (SFTP v3), the outcome names the temporary file in pendingRename
//  and SshTransport renames it with mv -f (rename(2), atomic as well).
//  Download: remote file → a local AtomicFile.
// Cancelled or failed, the temporary file is removed and the destination left as it was.
class SshSftpOperation : public SshOperation
{
public:
    enum class Direction { Upload, Download };

    SshSftpOperation(Direction direction, QString localPath, QString remotePath, int mode,
                     std::shared_ptr<OperationFeed> feed, CancelToken cancel);
    ~SshSftpOperation() override;

    Result<bool> start(SshSession &session) override;
    Progress step(SshSession &session, SshOperationHost &host) override;
    void abort(const Error &error) override;

private:
    void fail(SshSession &session, const QString &what);
    void cleanUp();
    bool finishUpload(SshSession &session);

    Direction mDirection;
    QString mLocalPath;
    QString mRemotePath;
    QString mTempPath;
    int mMode;
    sftp_session mSftp = nullptr;
    sftp_file mFile = nullptr;
    QFile mLocal;
    std::unique_ptr<AtomicFile> mTarget;
    qint64 mDone = 0;
    qint64 mTotal = -1;
};

} // namespace stackyard
