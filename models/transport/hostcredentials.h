// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "transport/transportoptions.h"

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace stackyard {

struct HostSettings;

// The keychain side of connecting to a host, shared by stackyardctl and the GUI.
class HostCredentials
{
public:
    // A ${secret:NAME} of the host that could not be read.
    struct Problem
    {
        QString secret;
        Error error;
    };

    // The passwords the host's settings name (ansible_password, ansible_become_password), read
    // from the keychain now. Blocking (SecretStore::readNow): worker threads and the CLI only,
    // never the GUI thread. A secret that cannot be read leaves its field empty and is added to
    // problems (the connection may then ask through TransportPrompts::password).
    // reader replaces SecretStore::readNow (the GUI reads through its own thread's keychain calls).
    using Reader = std::function<Result<QString>(const QString &name)>;
    static TransportCredentials read(const HostSettings &settings, QList<Problem> *problems = nullptr,
                                     const Reader &reader = {});

    // The keychain names a remembered answer to a prompt is kept under: the passphrase of a key
    // file ("ssh-passphrase/home/u/.ssh/id_ed25519") and the login password of user@host:port
    // when the inventory names no secret for it ("ssh-password/u-db1-22"). Characters a secret
    // name cannot hold become '-'.
    static QString passphraseSecretName(const QString &keyFile);
    static QString passwordSecretName(const HostSettings &settings);
};

} // namespace stackyard
