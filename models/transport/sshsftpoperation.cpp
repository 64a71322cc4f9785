// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshsftpoperation.h"

#include "transport/sshsession.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

QString sftpErrorText(sftp_session sftp)
{
    switch (sftp ? sftp_get_error(sftp) : -1) {
    case SSH_FX_NO_SUCH_FILE: return u"no such file"_s;
    case SSH_FX_PERMISSION_DENIED: return u"permission denied"_s;
    case SSH_FX_FAILURE: return u"failure"_s;
    case SSH_FX_NO_SUCH_PATH: return u"no such path"_s;
    case SSH_FX_FILE_ALREADY_EXISTS: return u"file already exists"_s;
    case SSH_FX_WRITE_PROTECT: return u"write protected"_s;
    case SSH_FX_NO_MEDIA: return u"no space"_s;
    default: return {};
    }
}

} // namespace

SshSftpOperation::SshSftpOperation(Direction direction, QString localPath, QString remotePath, int mode,
                                   std::shared_ptr<OperationFeed> feed, CancelToken cancel)
    : SshOperation(std::move(feed), std::move(cancel))
    , mDirection(direction)
    , mLocalPath(std::move(localPath))
    , mRemotePath(std::move(remotePath))
    , mMode(mode)
{
}

SshSftpOperation::~SshSftpOperation()
{
    cleanUp();
}

void SshSftpOperation::cleanUp()
{
    if (mFile) {
        sftp_close(mFile);
        mFile = nullptr;
    }
    if (!mTempPath.isEmpty() && mSftp) {
        sftp_unlink(mSftp, mTempPath.toUtf8().constData());
        mTempPath.clear();
    }
    if (mTarget)
        mTarget->discard();
}

void SshSftpOperation::fail(SshSession &session, const QString &what)
{
    QString detail = sftpErrorText(mSftp);
    if (detail.isEmpty())
        detail = QString::fromUtf8(ssh_get_error(session.handle()));
    cleanUp();
    finish(OperationOutcome{Transport::makeError(Transport::Step::Sftp, session.label(), what, {}, detail), {}, mDone, {}});
}

void SshSftpOperation::abort(const Error &error)
{
    // The session is gone: its handles die with it (the temporary file stays on the host).
    mFile = nullptr;
    mTempPath.clear();
    mSftp = nullptr;
    if (mTarget)
        mTarget->discard();
    SshOperation::abort(error);
}

Result<bool> SshSftpOperation::start(SshSession &session)
{
    Result<sftp_session> sftp = session.sftp();
    if (!sftp)
        return sftp.error();
    mSftp = *sftp;
    const auto sftpError = [&](const QString &what) {
        return Transport::makeError(Transport::Step::Sftp, session.label(), what, {}, sftpErrorText(mSftp));
    };
    if (mDirection == Direction::Upload) {
        mLocal.setFileName(mLocalPath);
        if (!mLocal.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("stackyard::transport", "Cannot read the file"), mLocalPath, {}, mLocal.errorString()};
        mTotal = mLocal.size();
        if (mMode < 0) {
            sftp_attributes existing = sftp_stat(mSftp, mRemotePath.toUtf8().constData());
            mMode = existing ? int(existing->permissions & 07777) : 0644;
            if (existing)
                sftp_attributes_free(existing);
        }
        const qsizetype slash = mRemotePath.lastIndexOf(u'/');
        const QString dir = slash >= 0 ? mRemotePath.left(slash + 1) : QString();
        mTempPath = dir + u'.' + mRemotePath.mid(slash + 1) + u".stackyard-"_s
            + QString::number(QRandomGenerator::system()->generate64(), 16);
        mFile = sftp_open(mSftp, mTempPath.toUtf8().constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (!mFile) {
            mTempPath.clear();
            return sftpError(QCoreApplication::translate("stackyard::transport", "Cannot create a temporary file beside %1").arg(mRemotePath));
        }
    } else {
        mFile = sftp_open(mSftp, mRemotePath.toUtf8().constData(), O_RDONLY, 0);
        if (!mFile)
            return sftpError(QCoreApplication::translate("stackyard::transport", "Cannot open %1").arg(mRemotePath));
        if (sftp_attributes attributes = sftp_fstat(mFile)) {
            mTotal = qint64(attributes->size);
            sftp_attributes_free(attributes);
        }
        mTarget = std::make_unique<AtomicFile>(mLocalPath);
        if (Result<bool> opened = mTarget->open(); !opened)
            return opened.error();
    }
    feed()->progress(0, mTotal);
    return true;
}

bool SshSftpOperation::finishUpload(SshSession &session)
{
    if (session.hasSftpExtension("fsync@openssh.com") && sftp_fsync(mFile) != 0) {
        fail(session, QCoreApplication::translate("stackyard::transport", "Cannot sync %1 to disk").arg(mTempPath));
        return false;
    }
    sftp_close(mFile);
    mFile = nullptr;
    const QByteArray temp = mTempPath.toUtf8();
    if (sftp_chmod(mSftp, temp.constData(), mode_t(mMode)) != 0) {
        fail(session, QCoreApplication::translate("stackyard::transport", "Cannot set the mode of %1").arg(mTempPath));
        return false;
    }
    OperationOutcome outcome{{}, ExitStatus::exited(0), mDone, {}};
    if (sftp_rename(mSftp, temp.constData(), mRemotePath.toUtf8().constData()) != 0)
        outcome.pendingRename = mTempPath; // SFTP v3 does not replace: SshTransport renames it
    mTempPath.clear();
    finish(std::move(outcome));
    return true;
}

SshOperation::Progress SshSftpOperation::step(SshSession &session, SshOperationHost &)
{
    if (cancelToken().isCancelled()) {
        cleanUp();
        finish(OperationOutcome{Transport::makeError(Transport::Step::Sftp, session.label(),
                                                     QCoreApplication::translate("stackyard::transport", "The transfer was cancelled"),
                                                     QCoreApplication::translate("stackyard::transport", "The destination was left as it was.")),
                                {}, mDone, {}});
        return Progress::Done;
    }
    if (!feed()->hasRoom())
        return Progress::Idle;
    char buffer[kChunk];
    if (mDirection == Direction::Upload) {
        const qint64 n = mLocal.read(buffer, kChunk);
        if (n < 0) {
            fail(session, QCoreApplication::translate("stackyard::transport", "Cannot read %1").arg(mLocalPath));
            return Progress::Done;
        }
        if (n == 0)
            return finishUpload(session), Progress::Done;
        if (sftp_write(mFile, buffer, size_t(n)) != n) {
            fail(session, QCoreApplication::translate("stackyard::transport", "Cannot write %1").arg(mTempPath));
            return Progress::Done;
        }
        mDone += n;
    } else {
        const ssize_t n = sftp_read(mFile, buffer, kChunk);
        if (n < 0) {
            fail(session, QCoreApplication::translate("stackyard::transport", "Cannot read %1").arg(mRemotePath));
            return Progress::Done;
        }
        if (n == 0) {
            sftp_close(mFile);
            mFile = nullptr;
            if (Result<bool> committed = mTarget->commit(-1); !committed) {
                finish(OperationOutcome{committed.error(), {}, mDone, {}});
                return Progress::Done;
            }
            finish(OperationOutcome{{}, ExitStatus::exited(0), mDone, {}});
            return Progress::Done;
        }
        if (Result<bool> written = mTarget->write(buffer, n); !written) {
            cleanUp();
            finish(OperationOutcome{written.error(), {}, mDone, {}});
            return Progress::Done;
        }
        mDone += n;
    }
    feed()->progress(mDone, mTotal);
    return Progress::Busy;
}

} // namespace stackyard
