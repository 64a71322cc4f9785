// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logspanel.h"

#include "inventory/inventoryoverview.h"

namespace stackyard {

QString LogsPanel::title() const
{
    return tr("Logs");
}

QString LogsPanel::headline() const
{
    return tr("Follow the logs of every host live");
}

QString LogsPanel::purpose() const
{
    return tr("Follow PostgreSQL, Redis, nginx, app and journal logs of any host as they are written, "
              "filter by text, regular expression and level, merge several sources by time, and export "
              "what you found.");
}

QString LogsPanel::inventoryNote(const InventoryOverview &overview) const
{
    return tr("Log sources will be offered for the %1 PostgreSQL and %2 Redis cluster(s) of this inventory.")
        .arg(overview.groupCount(ClusterKind::PostgreSQL))
        .arg(overview.groupCount(ClusterKind::Redis));
}

} // namespace stackyard
