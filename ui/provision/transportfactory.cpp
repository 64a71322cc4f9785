// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/transportfactory.h"

#include "inventory/inventory.h"
#include "secrets/secretstore.h"
#include "transport/hostsettings.h"
#include "transport/sshconfig.h"
#include "transport/transport.h"

namespace stackyard {

namespace {

QByteArray readSecret(const QString &name)
{
    if (name.isEmpty())
        return {};
    const Result<QString> value = SecretStore::readNow(name);
    return value ? value->toUtf8() : QByteArray();
}

} // namespace

Provisioner::TransportFactory guiTransportFactory(const Inventory &inventory)
{
    return [&inventory](const QString &host) -> Result<std::shared_ptr<Transport>> {
        const Result<HostSettings> settings =
            HostSettings::fromInventory(inventory, host, SshConfig::load(SshConfig::defaultPath()));
        if (!settings)
            return settings.error();
        TransportOptions options;
        options.credentials.password = readSecret(settings->passwordSecret);
        options.credentials.becomePassword = readSecret(settings->becomePasswordSecret);
        return Transport::create(*settings, options);
    };
}

} // namespace stackyard
