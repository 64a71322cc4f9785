// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/knownhosts.h"

#include "transport/hostpattern.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard {

KnownHosts KnownHosts::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        KnownHosts empty;
        empty.mFileName = path;
        return empty;
    }
    return parse(file.readAll(), path);
}

KnownHosts KnownHosts::parse(const QByteArray &text, const QString &fileName)
{
    KnownHosts hosts;
    hosts.mFileName = fileName;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        Entry entry;
        entry.line = int(n + 1);
        if (fields.constFirst().startsWith('@'))
            entry.marker = QString::fromLatin1(fields.takeFirst());
        if (fields.size() < 3) {
            hosts.mWarnings << u"%1:%2: not a known_hosts line"_s.arg(fileName).arg(n + 1);
            continue;
        }
        const QByteArray hostField = fields[0];
        if (hostField.startsWith("|1|")) {
            const QList<QByteArray> parts = hostField.split('|');
            if (parts.size() != 4) {
                hosts.mWarnings << u"%1:%2: malformed hashed host"_s.arg(fileName).arg(n + 1);
                continue;
            }
            entry.salt = QByteArray::fromBase64(parts[2]);
            entry.hash = QByteArray::fromBase64(parts[3]);
        } else {
            entry.patterns = QString::fromUtf8(hostField).split(u',', Qt::SkipEmptyParts);
        }
        entry.keyType = QString::fromLatin1(fields[1]);
        entry.keyBlob = QByteArray::fromBase64(fields[2]);
        if (entry.keyBlob.isEmpty()) {
            hosts.mWarnings << u"%1:%2: the key is not base64"_s.arg(fileName).arg(n + 1);
            continue;
        }
        hosts.mEntries.append(entry);
    }
    return hosts;
}

bool KnownHosts::hostMatches(const Entry &entry, const QString &field) const
{
    if (!entry.salt.isEmpty())
        return QMessageAuthenticationCode::hash(field.toUtf8(), entry.salt, QCryptographicHash::Sha1) == entry.hash;
    return HostPattern::listMatches(entry.patterns, field);
}

KnownHosts::Check KnownHosts::check(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const
{
    Check result;
    result.file = mFileName;
    result.fingerprint = fingerprint(keyBlob);
    const QString field = hostField(host.toLower(), port);
    const Entry *known = nullptr;
    const Entry *changed = nullptr;
    for (const Entry &entry : mEntries) {
        if (entry.marker == u"@cert-authority"_s || !hostMatches(entry, field))
            continue;
        if (entry.marker == u"@revoked"_s) {
            if (entry.keyBlob == keyBlob) {
                result.status = Status::Revoked;
                result.line = entry.line;
                return result;
            }
            continue;
        }
        if (entry.keyType == keyType) {
            if (entry.keyBlob == keyBlob) {
                if (!known)
                    known = &entry;
            } else if (!changed) {
                changed = &entry;
            }
        } else if (!result.otherKeyTypes.contains(entry.keyType)) {
            result.otherKeyTypes << entry.keyType;
        }
    }
    if (known) {
        result.status = Status::Known;
        result.line = known->line;
    } else if (changed) {
        result.status = Status::Changed;
        result.line = changed->line;
        result.knownFingerprint = fingerprint(changed->keyBlob);
    }
    return result;
}

KnownHosts::Check KnownHosts::checkAll(const QList<KnownHosts> &files, const QString &host, int port,
                                       const QString &keyType, const QByteArray &keyBlob)
{
    std::optional<Check> known;
    Check unknown;
    unknown.fingerprint = fingerprint(keyBlob);
    for (const KnownHosts &file : files) {
        const Check c = file.check(host, port, keyType, keyBlob);
        if (c.status == Status::Revoked || c.status == Status::Changed)
            return c;
        if (c.status == Status::Known && !known)
            known = c;
        if (c.status == Status::Unknown) {
            for (const QString &type : c.otherKeyTypes)
                if (!unknown.otherKeyTypes.contains(type))
                    unknown.otherKeyTypes << type;
            if (unknown.file.isEmpty())
                unknown.file = c.file;
        }
    }
    return known ? *known : unknown;
}

QString KnownHosts::hostField(const QString &host, int port)
{
    if (port == 22 || port <= 0)
        return host;
    return u"[%1]:%2"_s.arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals);
    return u"SHA256:"_s + QString::fromLatin1(b64);
}

QByteArray KnownHosts::entryLine(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob, bool hashed)
{
    const QString field = hostField(host.toLower(), port);
    QByteArray hostPart;
    if (hashed) {
        QByteArray salt(20, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
        const QByteArray hash = QMessageAuthenticationCode::hash(field.toUtf8(), salt, QCryptographicHash::Sha1);
        hostPart = "|1|" + salt.toBase64() + '|' + hash.toBase64();
    } else {
        hostPart = field.toUtf8();
    }
    return hostPart + ' ' + keyType.toLatin1() + ' ' + keyBlob.toBase64() + '\n';
}

Result<bool> KnownHosts::append(const QString &path, const QByteArray &line)
{
    const auto failure = [&path](int errnum) {
        return Error{QCoreApplication::translate("stackyard::transport", "Cannot add the host key to the known hosts file"), path,
                     {}, QString::fromLocal8Bit(std::strerror(errnum))};
    };
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir) && ::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
        return failure(errno);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(errno);
    // A file whose last line has no newline gets one first, in the same write.
    QByteArray data = line;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        char last = '\n';
        if (reader >= 0) {
            if (::pread(reader, &last, 1, st.st_size - 1) != 1)
                last = '\n';
            ::close(reader);
        }
        if (last != '\n')
            data.prepend('\n');
    }
    const ssize_t written = ::write(fd, data.constData(), size_t(data.size()));
    const int errnum = errno;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != data.size() || !synced)
        return failure(written < 0 ? errnum : EIO);
    return true;
}

} // namespace stackyard
