// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "provision/plan.h"
#include "provision/planrequest.h"

namespace stackyard {

// Turns a Redis cluster of the inventory into a plan on Debian/Ubuntu hosts: the redis-server
// package, one configuration per instance (/etc/redis/<cluster>-<node>-<port>.conf: port, bind,
// requirepass/masterauth, maxmemory and policy, data in redis_fs_main, persistence,
// replicaof), a data folder owned by redis, start (a systemd unit where systemd runs, else a
// daemonised redis-server with a pid file), a restart when the configuration changed, and the
// proof: PING, INFO replication on each replica, a key written on the primary read back on it.
// Passwords reach the hosts only in 0640 files and on stdin (redis-cli AUTH), never in argv.
class RedisRecipe
{
public:
    static Result<Plan> plan(const PlanRequest &request);
};

} // namespace stackyard
