// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/views/pgcluster.h"
#include "provision/plan.h"
#include "provision/planrequest.h"

namespace stackyard {

// Turns a PostgreSQL cluster of the inventory into a plan, on Debian/Ubuntu hosts with the
// Debian cluster tools (pg_createcluster / pg_ctlcluster, systemd units where systemd runs):
// packages, one cluster per instance (named <pg_cluster>-<pg_seq>, at pg_port and pg_data),
// postgresql.conf settings sized from the host, pg_hba.conf from the HBA rules, start; on the
// primary the default roles, the users (SCRAM verifiers computed here: no password travels),
// the databases with their schemas and extensions; each replica by pg_basebackup with a
// replication slot and primary_conninfo; and a proof that replication works (the replica in
// pg_stat_replication, a write on the primary read back on each replica).
// With request.user or request.database, the plan holds only that user or database.
class PostgresRecipe
{
public:
    static Result<Plan> plan(const PlanRequest &request);

    // The Debian cluster name of an instance and its configuration folder.
    static QString clusterName(const PgCluster &cluster, const PgInstance &instance);
    static QString configDir(int version, const QString &name);
    // The Debian package that provides a database extension ("" for the ones in core/contrib).
    static QString extensionPackage(const QString &extension, int version);
};

} // namespace stackyard
