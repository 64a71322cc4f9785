// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backuppanel.h"

#include "inventory/inventoryoverview.h"

namespace stackyard {

QString BackupPanel::title() const
{
    return tr("Backups");
}

QString BackupPanel::headline() const
{
    return tr("Backups you have seen restore");
}

QString BackupPanel::purpose() const
{
    return tr("Backup plans per cluster and app that run on the hosts on schedule, even with the console "
              "closed; a catalog of every backup; verification; and a guided restore that takes a safety "
              "copy first and proves the result.");
}

QString BackupPanel::inventoryNote(const InventoryOverview &overview) const
{
    return tr("Backup plans will be offered for the %1 PostgreSQL, %2 Redis and %3 app cluster(s) of this "
              "inventory.")
        .arg(overview.groupCount(ClusterKind::PostgreSQL))
        .arg(overview.groupCount(ClusterKind::Redis))
        .arg(overview.groupCount(ClusterKind::App));
}

} // namespace stackyard
