// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/postgres/scramverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

} // namespace

QByteArray ScramVerifier::prepare(const QString &password)
{
    if (isAscii(password))
        return password.toUtf8();
    // RFC 4013 SASLprep, as far as it changes what a person types: non-ASCII spaces become
    // spaces, soft hyphens and zero-width characters vanish, then NFKC.
    QString mapped;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || u == 0x200B || u == 0x200C
            || u == 0x200D || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        mapped.append(c.category() == QChar::Separator_Space ? QChar(u' ') : c);
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QString ScramVerifier::compute(const QString &password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, prepare(password), salt, iterations, 32);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool ScramVerifier::matches(const QString &stored, const QString &password)
{
    // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
    if (!stored.startsWith(u"SCRAM-SHA-256$"_s))
        return false;
    const QStringList parts = stored.mid(14).split(u'$');
    if (parts.size() != 2)
        return false;
    const QStringList head = parts.at(0).split(u':');
    bool ok = false;
    const int iterations = head.value(0).toInt(&ok);
    if (!ok || head.size() != 2 || iterations <= 0)
        return false;
    const QByteArray salt = QByteArray::fromBase64(head.at(1).toLatin1());
    return compute(password, salt, iterations) == stored;
}

} // namespace stackyard
