// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/resolvedvariables.h"
#include "inventory/views/pgcluster.h"
#include "provision/plan.h"
#include "provision/planrequest.h"
#include "provision/recipes/hostcommands.h"

namespace stackyard {

// The steps of one PostgreSQL instance, and of the objects (roles, slots, databases) of its
// primary. Used by PostgresRecipe; each function appends to steps.
class PostgresSteps
{
public:
    PostgresSteps(const PlanRequest &request, const PgCluster &cluster, const PgInstance &instance,
                  const ResolvedVariables &vars);

    // Packages, cluster, settings, pg_hba.conf, (replica: data from the primary), start, and
    // the restart/reload handlers.
    Result<bool> addInstance(QList<PlanStep> &steps, const PgInstance *primary);
    Result<bool> addRole(QList<PlanStep> &steps, const PgUser &user);
    void addSlot(QList<PlanStep> &steps, const QString &slot);
    void addDatabase(QList<PlanStep> &steps, const PgDatabase &database);
    // A replica shows up streaming in the primary's pg_stat_replication.
    void addStreamingCheck(QList<PlanStep> &steps, const QString &replicaName);
    // A token written on this (primary) instance, then read back on each replica.
    void addWriteCheck(QList<PlanStep> &steps, const QString &token);
    void addReadCheck(QList<PlanStep> &steps, const QString &token);

    // The users a cluster has whatever its pg_users say: pg_default_roles, with the
    // replication, admin and monitor users' passwords from their variables.
    QList<PgUser> defaultRoles() const;
    QString replicationUser() const;
    QString stepId(const QString &what) const;
    QString psqlPath(const QString &program) const;
    PlanCommand psql(const QString &database, const QString &sql, bool secret = false, const QString &masked = {}) const;
    static QString slotName(const QString &instanceName);

private:
    QString passfileLine(const QString &host, int port, const QString &password) const;

    const PlanRequest &mRequest;
    const PgCluster &mCluster;
    const PgInstance &mInstance;
    const ResolvedVariables &mVars;
    HostCommands mHost;
    QString mName;      // the Debian cluster name: <pg_cluster>-<pg_seq>
    QString mConfigDir; // /etc/postgresql/<v>/<name>
    QString mDataDir;
};

} // namespace stackyard
