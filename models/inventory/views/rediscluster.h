// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace stackyard {

// A Redis cluster as Pigsty defines it: redis_cluster on the group, redis_node and
// redis_instances ({port: {replica_of: "IP PORT", …}}) on each host, the rest resolved with
// Ansible's precedence. A value type read from an Inventory.
struct RedisInstance
{
    QString hostKey;
    QString address;        // ansible_host, else the key
    int node = -1;          // redis_node of the host
    int port = 0;
    QString replicaOf;      // "IP PORT" as written, "" for a primary
    QString replicaOfHost;
    int replicaOfPort = 0;
    QString maxMemory;      // redis_max_memory for this host
    QList<QPair<QString, QString>> options; // the instance's own keys as written
    QString pointer;        // of the instance's mapping

    QString name(const QString &cluster) const
    {
        return cluster + u'-' + QString::number(node) + u'-' + QString::number(port);
    }
    bool isReplica() const { return !replicaOf.isEmpty(); }
};

struct RedisCluster
{
    QString name;           // redis_cluster
    QString group;
    QString mode;           // standalone, cluster, sentinel
    QString password;       // as written ("" = no AUTH; may be ${secret:NAME})
    QString maxMemory;      // the cluster's redis_max_memory
    QString memoryPolicy;   // redis_mem_policy
    QStringList rdbSave;    // "seconds changes" save points
    bool aof = false;
    QString dataRoot;       // redis_fs_main
    QString bindAddress;
    QString type;           // redis or valkey
    QList<RedisInstance> instances; // by host in file order, then by port

    const RedisInstance *instance(const QString &address, int port) const;
    // The instance a replica follows (by address or host key and port), or nullptr.
    const RedisInstance *upstreamOf(const RedisInstance &replica) const;
    QList<const RedisInstance *> primaries() const;
    QJsonObject toJson() const;

    static QList<RedisCluster> all(const Inventory &inventory);
    static Result<RedisCluster> find(const Inventory &inventory, const QString &nameOrGroup);
};

} // namespace stackyard
