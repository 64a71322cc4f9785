// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthpanel.h"

#include "inventory/inventoryoverview.h"
#include "settings/preferences.h"

#include <QSettings>

namespace stackyard {

QString HealthPanel::title() const
{
    return tr("Health");
}

QString HealthPanel::headline() const
{
    return tr("Every instance, app and host at a glance");
}

QString HealthPanel::purpose() const
{
    return tr("Green, amber or red for each PostgreSQL and Redis instance, app endpoint and host, with live "
              "charts of transactions, connections, replication lag, Redis operations and memory, CPU, "
              "disk and HTTP latency, and alerts when something crosses a threshold.");
}

QString HealthPanel::inventoryNote(const InventoryOverview &overview) const
{
    const Preferences preferences = Preferences::load(QSettings());
    return tr("This inventory has %n host(s); they will be polled every %1 seconds (see Preferences).", nullptr,
              int(overview.hostKeys().size()))
        .arg(preferences.pollIntervalSeconds);
}

} // namespace stackyard
