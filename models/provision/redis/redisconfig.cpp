// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/redis/redisconfig.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// A value in redis.conf's own quoting: double quotes, backslash escapes.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + v + u'"';
}

} // namespace

RedisConfig::Paths RedisConfig::paths(const RedisCluster &cluster, const RedisInstance &instance)
{
    const QString name = instance.name(cluster.name);
    const QString root = cluster.dataRoot.isEmpty() ? u"/data/redis"_s : cluster.dataRoot;
    return {root + u'/' + name, u"/var/run/redis/"_s + name + u".pid"_s, u"/var/log/redis/"_s + name + u".log"_s,
            u"/etc/redis/"_s + name + u".conf"_s};
}

QString RedisConfig::memory(const QString &size)
{
    const QString s = size.trimmed().toLower();
    return s.isEmpty() ? u"0"_s : s;
}

QString RedisConfig::render(const RedisCluster &cluster, const RedisInstance &instance, const QString &password,
                            bool daemonize)
{
    const Paths p = paths(cluster, instance);
    QStringList lines{
        u"# %1: written by Stackyard from the inventory (redis_cluster %2). Provision again to change it."_s.arg(
            instance.name(cluster.name), cluster.name),
        u"bind %1"_s.arg(cluster.bindAddress.isEmpty() ? instance.address : cluster.bindAddress),
        u"port %1"_s.arg(instance.port),
        u"protected-mode %1"_s.arg(password.isEmpty() ? u"yes"_s : u"no"_s),
        u"daemonize %1"_s.arg(daemonize ? u"yes"_s : u"no"_s),
        u"supervised %1"_s.arg(daemonize ? u"no"_s : u"auto"_s),
        u"pidfile %1"_s.arg(p.pidFile),
        u"logfile %1"_s.arg(p.logFile),
        u"dir %1"_s.arg(p.dataDir),
        u"dbfilename dump.rdb"_s,
        u"maxmemory %1"_s.arg(memory(instance.maxMemory.isEmpty() ? cluster.maxMemory : instance.maxMemory)),
        u"maxmemory-policy %1"_s.arg(cluster.memoryPolicy.isEmpty() ? u"allkeys-lru"_s : cluster.memoryPolicy),
        u"appendonly %1"_s.arg(cluster.aof ? u"yes"_s : u"no"_s),
        u"tcp-keepalive 60"_s,
        u"timeout 0"_s,
    };
    if (cluster.rdbSave.isEmpty())
        lines << u"save \"\""_s;
    for (const QString &point : cluster.rdbSave)
        lines << u"save "_s + point.simplified();
    if (!password.isEmpty())
        lines << u"requirepass %1"_s.arg(quoted(password)) << u"masterauth %1"_s.arg(quoted(password));
    if (instance.isReplica())
        lines << u"replicaof %1 %2"_s.arg(instance.replicaOfHost).arg(instance.replicaOfPort)
              << u"replica-read-only yes"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace stackyard
