// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/instancesummary.h"

#include "inventory/views/appgroup.h"
#include "inventory/views/miniocluster.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"

using namespace Qt::StringLiterals;

namespace stackyard {

QHash<QString, QList<InstanceSummary>> instancesByGroup(const Inventory &inventory)
{
    QHash<QString, QList<InstanceSummary>> out;
    for (const PgCluster &c : PgCluster::all(inventory))
        for (const PgInstance &i : c.instances)
            out[c.group].append({i.name(c.name), i.hostKey, i.port, i.role});
    for (const RedisCluster &c : RedisCluster::all(inventory))
        for (const RedisInstance &i : c.instances)
            out[c.group].append({i.name(c.name), i.hostKey, i.port, i.isReplica() ? u"replica"_s : u"primary"_s});
    for (const MinioCluster &c : MinioCluster::all(inventory))
        for (const MinioCluster::Node &n : c.nodes)
            out[c.group].append({c.name + u'-' + QString::number(n.seq), n.hostKey, c.port, {}});
    for (const AppGroup &g : AppGroup::all(inventory))
        for (const AppDefinition &app : g.apps)
            out[g.group].append({app.name, g.hosts.value(0), app.port, {}});
    return out;
}

} // namespace stackyard
