// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QHash>
#include <QList>
#include <QString>

namespace stackyard {

// One running thing a cluster is made of, for lists: a PostgreSQL instance (pg-meta-1), a Redis
// instance (redis-ms-1-6379), a MinIO node or a compose app.
struct InstanceSummary
{
    QString name;
    QString host;    // host key
    int port = 0;    // 0 when it has none of its own
    QString role;    // primary, replica…; "" when the kind has no roles
};

// The instances of every cluster, by inventory group name, from the typed views.
QHash<QString, QList<InstanceSummary>> instancesByGroup(const Inventory &inventory);

} // namespace stackyard
