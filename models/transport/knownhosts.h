// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stackyard {

// OpenSSH's known_hosts, read and written by Stackyard itself: plain and hashed (|1|salt|hash,
// HMAC-SHA1) host fields, pattern lists with wildcards and '!', "[host]:port" for ports other
// than 22, and the @revoked marker (@cert-authority lines are kept but not used: Stackyard does
// not accept host certificates). A key is Known when a line for the host holds the same key,
// Changed when a line for the host holds another key of the same type, else Unknown.
class KnownHosts
{
public:
    struct Entry
    {
        int line = 0;
        QString marker;          // "", "@revoked", "@cert-authority"
        QStringList patterns;    // plain host patterns; empty when hashed
        QByteArray salt;         // hashed entries
        QByteArray hash;
        QString keyType;
        QByteArray keyBlob;
    };

    enum class Status { Known, Unknown, Changed, Revoked };

    struct Check
    {
        Status status = Status::Unknown;
        QString file;
        int line = 0;               // the matching (Known, Revoked) or conflicting (Changed) line
        QString fingerprint;        // of the presented key
        QString knownFingerprint;   // Changed: the key on that line
        QStringList otherKeyTypes;  // Unknown: types of keys known for the host
    };

    // Reads path; a missing file is an empty list.
    static KnownHosts load(const QString &path);
    static KnownHosts parse(const QByteArray &text, const QString &fileName);

    // Looks a presented key up (several files: the first decisive answer wins, see check()).
    Check check(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const;
    // Changed or Revoked in any file decides; else Known in any; else Unknown.
    static Check checkAll(const QList<KnownHosts> &files, const QString &host, int port, const QString &keyType,
                          const QByteArray &keyBlob);

    const QList<Entry> &entries() const { return mEntries; }
    const QString &fileName() const { return mFileName; }
    const QStringList &warnings() const { return mWarnings; }

    // "host" for port 22, else "[host]:port": the name known_hosts lines are matched with.
    static QString hostField(const QString &host, int port);
    // "SHA256:" + unpadded base64 of SHA-256 of the key blob, as ssh-keygen -l prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // One line (with '\n') for a host key; hashed with a random salt when hashed is set.
    static QByteArray entryLine(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob,
                                bool hashed);
    // Appends one line with a single write() on an O_APPEND descriptor (then fsync), creating
    // the file (0600) and its directory (0700) when missing, so concurrent writers (ssh, another
    // Stackyard) never interleave or lose lines.
    static Result<bool> append(const QString &path, const QByteArray &line);

private:
    bool hostMatches(const Entry &entry, const QString &field) const;

    QString mFileName;
    QList<Entry> mEntries;
    QStringList mWarnings;
};

} // namespace stackyard
