// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/rediscluster.h"

#include "inventory/resolvedvariables.h"
#include "inventory/views/viewreading.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

void readClusterVars(RedisCluster &c, const ResolvedVariables &vars)
{
    c.mode = vars.string(u"redis_mode"_s, u"standalone"_s);
    c.password = vars.string(u"redis_password"_s);
    c.maxMemory = vars.string(u"redis_max_memory"_s);
    c.memoryPolicy = vars.string(u"redis_mem_policy"_s);
    c.rdbSave = vars.strings(u"redis_rdb_save"_s);
    c.aof = vars.boolean(u"redis_aof_enabled"_s);
    c.dataRoot = vars.string(u"redis_fs_main"_s, u"/data/redis"_s);
    c.bindAddress = vars.string(u"redis_bind_address"_s, u"0.0.0.0"_s);
    c.type = vars.string(u"redis_type"_s, u"redis"_s);
}

} // namespace

QList<RedisCluster> RedisCluster::all(const Inventory &inventory)
{
    QList<RedisCluster> out;
    QHash<QString, qsizetype> index;
    const yaml::Tree &t = inventory.tree();
    for (const Inventory::Group &g : inventory.groups()) {
        const std::string groupCluster = t.scalar(t.find(g.vars, "redis_cluster"));
        for (const QString &host : g.hostKeys) {
            std::string name = t.scalar(t.find(inventory.hostVars(g, host), "redis_cluster"));
            if (name.empty())
                name = groupCluster;
            if (name.empty())
                continue;
            const auto vars = ResolvedVariables::forHost(inventory, host);
            if (!vars)
                continue;
            const QString cluster = QString::fromStdString(name);
            auto it = index.find(cluster);
            if (it == index.end()) {
                RedisCluster c;
                c.name = cluster;
                c.group = g.name;
                readClusterVars(c, *vars);
                out.append(c);
                it = index.insert(cluster, out.size() - 1);
            }
            const ResolvedVariables::Value instances = vars->value(u"redis_instances"_s);
            if (!instances.node.IsMap())
                continue;
            QList<RedisInstance> found;
            for (auto e = instances.node.begin(); e != instances.node.end(); ++e) {
                RedisInstance i;
                i.hostKey = host;
                i.address = vars->string(u"ansible_host"_s, host);
                i.node = vars->integer(u"redis_node"_s, -1);
                i.port = QString::fromStdString(e->first.Scalar()).toInt();
                i.maxMemory = vars->string(u"redis_max_memory"_s);
                i.replicaOf = views::text(e->second, "replica_of").simplified();
                if (!i.replicaOf.isEmpty()) {
                    const QStringList parts = i.replicaOf.split(u' ');
                    i.replicaOfHost = parts.value(0);
                    i.replicaOfPort = parts.value(1).toInt();
                }
                i.options = views::pairs(e->second);
                i.pointer = instances.pointer.isEmpty() ? QString() : instances.pointer + u'/' + QString::number(i.port);
                found.append(i);
            }
            std::sort(found.begin(), found.end(), [](const RedisInstance &a, const RedisInstance &b) { return a.port < b.port; });
            out[*it].instances += found;
        }
    }
    return out;
}

Result<RedisCluster> RedisCluster::find(const Inventory &inventory, const QString &nameOrGroup)
{
    const QList<RedisCluster> clusters = all(inventory);
    QStringList names;
    for (const RedisCluster &c : clusters) {
        if (c.name == nameOrGroup || c.group == nameOrGroup)
            return c;
        names.append(c.name);
    }
    return Error{QCoreApplication::translate("RedisCluster", "There is no Redis cluster '%1' in the inventory").arg(nameOrGroup),
                 inventory.fileName(),
                 names.isEmpty() ? QCoreApplication::translate("RedisCluster", "The inventory defines no Redis cluster (a group with redis_cluster).")
                                 : QCoreApplication::translate("RedisCluster", "Its Redis clusters: %1").arg(names.join(u", "_s)),
                 {}};
}

const RedisInstance *RedisCluster::instance(const QString &address, int port) const
{
    for (const RedisInstance &i : instances)
        if ((i.address == address || i.hostKey == address) && i.port == port)
            return &i;
    return nullptr;
}

const RedisInstance *RedisCluster::upstreamOf(const RedisInstance &replica) const
{
    return replica.isReplica() ? instance(replica.replicaOfHost, replica.replicaOfPort) : nullptr;
}

QList<const RedisInstance *> RedisCluster::primaries() const
{
    QList<const RedisInstance *> out;
    for (const RedisInstance &i : instances)
        if (!i.isReplica())
            out.append(&i);
    return out;
}

QJsonObject RedisCluster::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"group"_s, group}, {u"kind"_s, u"redis"_s}, {u"mode"_s, mode},
                  {u"has_password"_s, !password.isEmpty()}, {u"aof"_s, aof}};
    views::put(o, "max_memory", maxMemory);
    views::put(o, "memory_policy", memoryPolicy);
    views::put(o, "data_root", dataRoot);
    o.insert(u"rdb_save"_s, QJsonArray::fromStringList(rdbSave));
    QJsonArray inst;
    for (const RedisInstance &i : instances) {
        QJsonObject j{{u"name"_s, i.name(name)}, {u"host"_s, i.hostKey}, {u"address"_s, i.address}, {u"node"_s, i.node},
                      {u"port"_s, i.port}};
        views::put(j, "replica_of", i.replicaOf);
        views::put(j, "max_memory", i.maxMemory);
        inst.append(j);
    }
    o.insert(u"instances"_s, inst);
    return o;
}

} // namespace stackyard
