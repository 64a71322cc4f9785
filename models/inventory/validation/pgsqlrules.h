// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// PostgreSQL cluster identity, as roles/pg_id asserts it. Instances are the hosts that see a
// pg_cluster (group vars or host vars, so one group may hold several clusters as in citus-style
// files), grouped by that effective pg_cluster:
// "pg.cluster-name"   pg_cluster matches ^[A-Za-z0-9-]+$ and is not 'root';
// "pg.cluster-group"  (warning) pg_cluster set in a group's vars differs from the group name;
// "pg.seq"            every instance has an integer pg_seq >= 0;
// "pg.seq-duplicate"  pg_seq is unique within the cluster;
// "pg.role"           pg_role is primary, replica, offline, standby or delayed;
// "pg.primary-count"  exactly one primary per cluster (at the cluster's group key when there is
//                     none, at the second primary's pg_role otherwise);
// "pg.upstream"       pg_upstream, and "pg.vip-address" pg_vip_address, are IPv4 (/nn for the VIP).
class PgsqlRules
{
public:
    static void check(ValidationContext &ctx);

private:
    static bool checkClusterName(ValidationContext &ctx, ValidationContext::Index node);
    static void checkAddresses(ValidationContext &ctx);
};

} // namespace stackyard
