// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostsettings.h"

#include "inventory/effectivevariables.h"
#include "secrets/secretref.h"
#include "transport/sshconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true"_s || v == u"yes"_s || v == u"on"_s || v == u"1"_s;
}

QString expandHome(const QString &path)
{
    const QString home = qEnvironmentVariable("HOME", QDir::homePath());
    if (path == u"~"_s)
        return home;
    if (path.startsWith(u"~/"_s))
        return home + path.mid(1);
    return path;
}

} // namespace

QString HostSettings::localUserName()
{
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

HostSettings HostSettings::fromSshConfig(const QString &name, const SshConfig &config)
{
    const SshConfig::Resolved r = config.resolve(name, localUserName());
    HostSettings s;
    s.name = name;
    s.hostName = r.hostName.isEmpty() ? name : r.hostName;
    s.port = r.port > 0 ? r.port : 22;
    s.user = r.user;
    s.identityFiles = r.identityFiles;
    s.identitiesOnly = r.identitiesOnly.value_or(false);
    s.identityAgent = r.identityAgent;
    s.proxyJump = r.proxyJump == u"none"_s ? QString() : r.proxyJump;
    const QString home = qEnvironmentVariable("HOME", QDir::homePath());
    s.knownHostsFile = r.userKnownHostsFile.isEmpty() ? home + u"/.ssh/known_hosts"_s : r.userKnownHostsFile;
    s.globalKnownHostsFiles = {u"/etc/ssh/ssh_known_hosts"_s};
    s.hashKnownHosts = r.hashKnownHosts.value_or(false);
    if (r.connectTimeout > 0)
        s.connectTimeoutMs = r.connectTimeout * 1000;
    return s;
}

Result<HostSettings> HostSettings::fromInventory(const Inventory &inventory, const QString &hostKey, const SshConfig &config)
{
    const Result<QList<EffectiveVariable>> variables = EffectiveVariables::forHost(inventory, hostKey, false);
    if (!variables)
        return variables.error();
    QHash<QString, EffectiveVariable> vars;
    for (const EffectiveVariable &v : *variables)
        vars.insert(v.name, v);
    const auto value = [&vars](const QString &name) { return vars.value(name).value.trimmed(); };
    const auto where = [&vars, &inventory, &hostKey](const QString &name) {
        const EffectiveVariable v = vars.value(name);
        return v.line > 0 ? u"%1:%2"_s.arg(inventory.fileName()).arg(v.line) : hostKey;
    };

    const QString connection = value(u"ansible_connection"_s);
    if (!connection.isEmpty() && connection != u"ssh"_s && connection != u"local"_s && connection != u"paramiko"_s
        && connection != u"smart"_s)
        return Error{QCoreApplication::translate("stackyard::transport", "ansible_connection '%1' is not supported").arg(connection),
                     where(u"ansible_connection"_s),
                     QCoreApplication::translate("stackyard::transport", "Use ssh or local."), {}};

    const QString address = value(u"ansible_host"_s).isEmpty() ? hostKey : value(u"ansible_host"_s);
    HostSettings s = fromSshConfig(address, config);
    s.name = hostKey;
    s.local = connection == u"local"_s;
    if (const QString port = value(u"ansible_port"_s); !port.isEmpty()) {
        bool ok = false;
        const int p = port.toInt(&ok);
        if (!ok || p <= 0 || p > 65535)
            return Error{QCoreApplication::translate("stackyard::transport", "ansible_port '%1' is not a port number").arg(port),
                         where(u"ansible_port"_s), QCoreApplication::translate("stackyard::transport", "Use a number from 1 to 65535."), {}};
        s.port = p;
    }
    if (const QString user = value(u"ansible_user"_s); !user.isEmpty())
        s.user = user;
    if (const QString key = value(u"ansible_ssh_private_key_file"_s); !key.isEmpty())
        s.identityFiles = {expandHome(key)};
    s.become = truthy(value(u"ansible_become"_s));
    s.becomeUser = value(u"ansible_become_user"_s);

    const auto secretName = [&](const QString &variable, QString *out) -> std::optional<Error> {
        const QString v = value(variable);
        if (v.isEmpty())
            return std::nullopt;
        if (const std::optional<QString> name = SecretRef::parse(v)) {
            *out = *name;
            return std::nullopt;
        }
        return Error{QCoreApplication::translate("stackyard::transport", "%1 is written in plain text").arg(variable), where(variable),
                     QCoreApplication::translate("stackyard::transport",
                                                 "Store it in the keychain and write '${secret:NAME}' instead "
                                                 "(Inventory ▸ Move Passwords to the Keychain, or stackyardctl secret set)."),
                     {}};
    };
    if (std::optional<Error> e = secretName(u"ansible_password"_s, &s.passwordSecret))
        return *e;
    if (std::optional<Error> e = secretName(u"ansible_become_password"_s, &s.becomePasswordSecret))
        return *e;
    return s;
}

QString HostSettings::effectiveUser() const
{
    return user.isEmpty() ? localUserName() : user;
}

QString HostSettings::label() const
{
    if (local)
        return u"local"_s;
    QString text = effectiveUser() + u'@' + hostName;
    if (port != 22)
        text += u':' + QString::number(port);
    return text;
}

QString HostSettings::poolKey() const
{
    return QStringList{label(), identityFiles.join(u'\x1f'), proxyJump, identityAgent, knownHostsFile}.join(u'\x1e');
}

} // namespace stackyard
