// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace stackyard {

class Inventory;
class SshConfig;

// How to reach one host: from the inventory's Ansible host vars, completed by ~/.ssh/config
// like OpenSSH does when Ansible runs "ssh <ansible_host>". A value type, safe to copy to any
// thread. Holds no secret: passwords are named (${secret:NAME}) and read from the keychain by
// whoever connects.
struct HostSettings
{
    QString name;       // the inventory host key (or the name typed on a command line)
    QString hostName;   // the address connected to
    int port = 22;
    QString user;       // empty: the local user
    QStringList identityFiles; // empty: agent, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    bool identitiesOnly = false;
    QString identityAgent;     // empty: $SSH_AUTH_SOCK; "none": no agent
    QString proxyJump;         // [user@]host[:port][,…]; empty: direct
    bool local = false;        // ansible_connection: local
    bool become = false;       // ansible_become
    QString becomeUser;        // ansible_become_user (default root)
    QString passwordSecret;       // ansible_password: '${secret:NAME}' → NAME
    QString becomePasswordSecret; // ansible_become_password: '${secret:NAME}' → NAME
    QString knownHostsFile;    // read and written; default ~/.ssh/known_hosts
    QStringList globalKnownHostsFiles; // read only; default /etc/ssh/ssh_known_hosts
    bool hashKnownHosts = false;
    int connectTimeoutMs = 15000;

    // ssh's own resolution of a name ("ssh web1"): Host blocks, HostName, User, Port,
    // IdentityFile, ProxyJump, UserKnownHostsFile, HashKnownHosts.
    static HostSettings fromSshConfig(const QString &name, const SshConfig &config);
    // From an inventory host: ansible_host/port/user/ssh_private_key_file/connection/become/
    // become_user over what ~/.ssh/config says for ansible_host (or the host key). A password
    // written in plain text is refused (an Error that says to move it to the keychain); an
    // unsupported ansible_connection too.
    static Result<HostSettings> fromInventory(const Inventory &inventory, const QString &hostKey, const SshConfig &config);

    // "user@host:port" (the port only when not 22), or "local".
    QString label() const;
    // What makes two settings share one pooled SSH session.
    QString poolKey() const;
    QString effectiveUser() const;

    static QString localUserName();
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::HostSettings)
