// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/views/rediscluster.h"

#include <QString>

namespace stackyard {

// The redis.conf of one instance as Stackyard writes it: port and bind, password (requirepass
// and masterauth), memory limit and policy, persistence, replication; data in
// redis_fs_main/<instance>, a pid file and a log file named after the instance.
class RedisConfig
{
public:
    struct Paths
    {
        QString dataDir;  // redis_fs_main/<cluster>-<node>-<port>
        QString pidFile;
        QString logFile;
        QString configFile;
    };

    static Paths paths(const RedisCluster &cluster, const RedisInstance &instance);
    // password is the resolved plaintext ("" = no AUTH). daemonize: no init system runs it.
    static QString render(const RedisCluster &cluster, const RedisInstance &instance, const QString &password,
                          bool daemonize);
    // "64MB" → "64mb" (Redis units); "" → "0" (no limit).
    static QString memory(const QString &size);
};

} // namespace stackyard
