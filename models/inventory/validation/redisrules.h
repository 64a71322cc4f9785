// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace stackyard {

// Redis clusters (groups whose vars or hosts carry redis_cluster), as roles/redis asserts them:
// "redis.cluster"        redis_cluster is a non-empty name (unsafe names are "name.unsafe");
// "redis.node"           every host has an integer redis_node, unique within the cluster;
// "redis.instances"      every host has a redis_instances mapping of port -> {} or {replica_of};
// "redis.port"           each instance key is an integer port 1-65535;
// "redis.port-duplicate" no port twice on one host;
// "redis.replica-of"     replica_of is "IP PORT" and names an instance defined in the inventory;
// "redis.mode"           redis_mode is standalone, cluster or sentinel;
// "redis.fs-main"        redis_fs_main is not /data;
// "redis.sentinel-monitor" each sentinel monitor entry has a name and a host.
class RedisRules
{
public:
    static void check(ValidationContext &ctx);

private:
    struct State;
    static void checkInstances(ValidationContext &ctx, State &state, ValidationContext::Index hostKey,
        ValidationContext::Index host, ValidationContext::Index instances);
    static void checkVars(ValidationContext &ctx);
};

} // namespace stackyard
