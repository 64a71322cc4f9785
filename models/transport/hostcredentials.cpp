// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostcredentials.h"

#include "secrets/secretref.h"
#include "secrets/secretstore.h"
#include "transport/hostsettings.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QByteArray readSecret(const QString &name, QList<HostCredentials::Problem> *problems, const HostCredentials::Reader &reader)
{
    if (name.isEmpty())
        return {};
    const Result<QString> value = reader ? reader(name) : SecretStore::readNow(name);
    if (!value) {
        if (problems)
            problems->append({name, value.error()});
        return {};
    }
    return value->toUtf8();
}

// prefix + text with every character a secret name cannot hold replaced by '-', cut to the
// longest valid name.
QString secretName(const QString &prefix, const QString &text)
{
    QString name = prefix;
    for (const QChar c : text) {
        name += SecretRef::isValidName(QStringView(&c, 1)) ? c : u'-';
    }
    return name.left(SecretRef::maxNameLength);
}

} // namespace

TransportCredentials HostCredentials::read(const HostSettings &settings, QList<Problem> *problems, const Reader &reader)
{
    TransportCredentials credentials;
    credentials.password = readSecret(settings.passwordSecret, problems, reader);
    credentials.becomePassword = readSecret(settings.becomePasswordSecret, problems, reader);
    return credentials;
}

QString HostCredentials::passphraseSecretName(const QString &keyFile)
{
    QString path = keyFile;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return secretName(u"ssh-passphrase/"_s, path);
}

QString HostCredentials::passwordSecretName(const HostSettings &settings)
{
    return secretName(u"ssh-password/"_s,
                      u"%1@%2:%3"_s.arg(settings.effectiveUser(), settings.hostName).arg(settings.port));
}

} // namespace stackyard
