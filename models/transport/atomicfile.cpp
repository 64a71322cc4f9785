// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard {

AtomicFile::AtomicFile(QString path)
    : mPath(std::move(path))
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::error(const QString &what, int errnum) const
{
    return Error{what, mPath, {}, QString::fromLocal8Bit(std::strerror(errnum))};
}

Result<bool> AtomicFile::open()
{
    const QFileInfo info(mPath);
    QByteArray pattern = QFile::encodeName(info.absolutePath() + u"/."_s + info.fileName() + u".stackyard-XXXXXX"_s);
    mFd = ::mkstemp(pattern.data());
    if (mFd < 0)
        return error(QCoreApplication::translate("stackyard::transport", "Cannot create a temporary file beside the destination"), errno);
    mTempPath = QFile::decodeName(pattern);
    return true;
}

Result<bool> AtomicFile::write(const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(mFd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return error(QCoreApplication::translate("stackyard::transport", "Cannot write the file"), errno);
        data += n;
        size -= n;
    }
    return true;
}

Result<bool> AtomicFile::commit(int mode)
{
    const QByteArray path = QFile::encodeName(mPath);
    const QByteArray temp = QFile::encodeName(mTempPath);
    if (mode < 0) {
        struct stat st {};
        mode = ::stat(path.constData(), &st) == 0 ? int(st.st_mode & 07777) : 0644;
    }
    if (::fchmod(mFd, mode_t(mode)) != 0 || ::fsync(mFd) != 0) {
        const int errnum = errno;
        discard();
        return error(QCoreApplication::translate("stackyard::transport", "Cannot write the file"), errnum);
    }
    ::close(mFd);
    mFd = -1;
    if (::rename(temp.constData(), path.constData()) != 0) {
        const int errnum = errno;
        discard();
        return error(QCoreApplication::translate("stackyard::transport", "Cannot replace the file"), errnum);
    }
    mTempPath.clear();
    const int dir = ::open(QFile::encodeName(QFileInfo(mPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

void AtomicFile::discard()
{
    if (mFd >= 0) {
        ::close(mFd);
        mFd = -1;
    }
    if (!mTempPath.isEmpty()) {
        ::unlink(QFile::encodeName(mTempPath).constData());
        mTempPath.clear();
    }
}

} // namespace stackyard
