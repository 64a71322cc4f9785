// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/provisionpanel.h"

#include "inventory/inventoryoverview.h"

namespace stackyard {

QString ProvisionPanel::title() const
{
    return tr("Provision");
}

QString ProvisionPanel::headline() const
{
    return tr("Provision clusters and apps in one click");
}

QString ProvisionPanel::purpose() const
{
    return tr("Pick a cluster from the inventory, review the exact plan — every command and every file, "
              "with secrets masked — then apply it and watch each step. PostgreSQL with replicas, Redis "
              "with replicas, and compose apps such as Dify and Open WebUI. Applying twice changes nothing.");
}

QString ProvisionPanel::inventoryNote(const InventoryOverview &overview) const
{
    return tr("This inventory defines %1 PostgreSQL, %2 Redis and %3 app cluster(s).")
        .arg(overview.groupCount(ClusterKind::PostgreSQL))
        .arg(overview.groupCount(ClusterKind::Redis))
        .arg(overview.groupCount(ClusterKind::App));
}

} // namespace stackyard
