// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/transportfactory.h"

#include "inventory/inventory.h"
#include "transport/guitransport.h"
#include "transport/hostsettings.h"
#include "transport/sshconfig.h"
#include "transport/transport.h"

namespace stackyard {

Provisioner::TransportFactory guiTransportFactory(const Inventory &inventory, QWidget *parent)
{
    QPointer<QWidget> dialogParent(parent);
    return [&inventory, dialogParent](const QString &host) -> Result<std::shared_ptr<Transport>> {
        const Result<HostSettings> settings =
            HostSettings::fromInventory(inventory, host, SshConfig::load(SshConfig::defaultPath()));
        if (!settings)
            return settings.error();
        return Transport::create(*settings, guiTransportOptions(*settings, dialogParent.data()));
    };
}

} // namespace stackyard
