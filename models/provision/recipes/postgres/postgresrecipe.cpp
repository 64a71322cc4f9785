// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/recipes/postgres/postgresrecipe.h"

#include "inventory/resolvedvariables.h"
#include "provision/recipes/postgres/postgressteps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

} // namespace

QString PostgresRecipe::clusterName(const PgCluster &cluster, const PgInstance &instance)
{
    return instance.name(cluster.name);
}

QString PostgresRecipe::configDir(int version, const QString &name)
{
    return u"/etc/postgresql/%1/%2"_s.arg(version).arg(name);
}

QString PostgresRecipe::extensionPackage(const QString &extension, int version)
{
    // Extensions outside PostgreSQL's own contrib come in packages of their own (PGDG names).
    static const QHash<QString, QString> packages{
        {u"vector"_s, u"pgvector"_s},      {u"postgis"_s, u"postgis-3"_s},       {u"postgis_topology"_s, u"postgis-3"_s},
        {u"pgrouting"_s, u"pgrouting"_s},  {u"pg_repack"_s, u"repack"_s},        {u"hypopg"_s, u"hypopg"_s},
        {u"pg_partman"_s, u"partman"_s},   {u"pg_cron"_s, u"cron"_s},            {u"pgaudit"_s, u"pgaudit"_s},
        {u"timescaledb"_s, u"timescaledb"_s}, {u"citus"_s, u"citus"_s},          {u"pg_wait_sampling"_s, u"pg-wait-sampling"_s},
        {u"orafce"_s, u"orafce"_s},        {u"pgtap"_s, u"pgtap"_s},             {u"plpgsql_check"_s, u"plpgsql-check"_s},
    };
    const auto it = packages.find(extension);
    return it == packages.end() ? QString() : u"postgresql-%1-%2"_s.arg(version).arg(*it);
}

Result<Plan> PostgresRecipe::plan(const PlanRequest &request)
{
    const Result<PgCluster> found = PgCluster::find(*request.inventory, request.cluster);
    if (!found)
        return found.error();
    const PgCluster &cluster = *found;
    const PgInstance *primary = cluster.primary();
    if (!primary)
        return Error{QCoreApplication::translate("PostgresRecipe", "The PostgreSQL cluster %1 has no primary").arg(cluster.name), request.inventory->fileName(),
                     QCoreApplication::translate("PostgresRecipe", "Set pg_role: primary on exactly one of its hosts."), {}};
    for (const PgInstance &i : cluster.instances) {
        if (const Result<bool> ok = request.factsOf(i.hostKey).requireSupported(); !ok)
            return ok.error();
        if (i.seq < 0)
            return Error{QCoreApplication::translate("PostgresRecipe", "Host %1 of %2 has no pg_seq").arg(i.hostKey, cluster.name), i.pointer,
                         QCoreApplication::translate("PostgresRecipe", "Give every instance a pg_seq (1, 2, …)."), {}};
    }

    Plan plan;
    plan.target = cluster.name;
    plan.inventoryPath = request.inventory->fileName();
    plan.inventorySha256 = QCryptographicHash::hash(QByteArrayView(request.inventory->text().data(),
                                                                   qsizetype(request.inventory->text().size())),
                                                    QCryptographicHash::Sha256);
    const Result<ResolvedVariables> primaryVars = ResolvedVariables::forHost(*request.inventory, primary->hostKey);
    if (!primaryVars)
        return primaryVars.error();
    PostgresSteps onPrimary(request, cluster, *primary, *primaryVars);

    if (!request.user.isEmpty() || !request.database.isEmpty()) {
        // One user or one database, on the primary only (like bin/pgsql-user / bin/pgsql-db).
        if (!request.user.isEmpty()) {
            const PgUser *user = cluster.user(request.user);
            if (!user)
                return Error{QCoreApplication::translate("PostgresRecipe", "There is no user %1 in pg_users of %2").arg(request.user, cluster.name),
                             request.inventory->fileName(), QCoreApplication::translate("PostgresRecipe", "Add the user to the cluster's pg_users first."), {}};
            plan.title = QCoreApplication::translate("PostgresRecipe", "Provision user %1 of PostgreSQL cluster %2").arg(request.user, cluster.name);
            plan.target = cluster.name + u'/' + request.user;
            if (const auto ok = onPrimary.addRole(plan.steps, *user); !ok)
                return ok.error();
        } else {
            const PgDatabase *db = cluster.database(request.database);
            if (!db)
                return Error{QCoreApplication::translate("PostgresRecipe", "There is no database %1 in pg_databases of %2").arg(request.database, cluster.name),
                             request.inventory->fileName(), QCoreApplication::translate("PostgresRecipe", "Add the database to the cluster's pg_databases first."), {}};
            plan.title = QCoreApplication::translate("PostgresRecipe", "Provision database %1 of PostgreSQL cluster %2").arg(request.database, cluster.name);
            plan.target = cluster.name + u'/' + request.database;
            onPrimary.addDatabase(plan.steps, *db);
        }
        plan.hosts = {primary->hostKey};
        return plan;
    }

    plan.title = QCoreApplication::translate("PostgresRecipe", "Provision PostgreSQL cluster %1").arg(cluster.name);
    // The primary: instance, roles (defaults, then the cluster's users), slots, databases.
    if (const auto ok = onPrimary.addInstance(plan.steps, primary); !ok)
        return ok.error();
    for (const PgUser &u : onPrimary.defaultRoles())
        if (const auto ok = onPrimary.addRole(plan.steps, u); !ok)
            return ok.error();
    for (const PgUser &u : cluster.users)
        if (const auto ok = onPrimary.addRole(plan.steps, u); !ok)
            return ok.error();
    for (const PgInstance &i : cluster.instances)
        if (&i != primary)
            onPrimary.addSlot(plan.steps, PostgresSteps::slotName(clusterName(cluster, i)));
    for (const PgDatabase &d : cluster.databases)
        onPrimary.addDatabase(plan.steps, d);
    plan.hosts.append(primary->hostKey);

    // The replicas, from the primary's data; then the proof that they follow it.
    QList<const PgInstance *> replicas;
    for (const PgInstance &i : cluster.instances) {
        if (&i == primary)
            continue;
        const Result<ResolvedVariables> vars = ResolvedVariables::forHost(*request.inventory, i.hostKey);
        if (!vars)
            return vars.error();
        PostgresSteps steps(request, cluster, i, *vars);
        if (const auto ok = steps.addInstance(plan.steps, primary); !ok)
            return ok.error();
        replicas.append(&i);
        if (!plan.hosts.contains(i.hostKey))
            plan.hosts.append(i.hostKey);
    }
    if (!replicas.isEmpty()) {
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const PgInstance *r : replicas)
            onPrimary.addStreamingCheck(plan.steps, clusterName(cluster, *r));
        onPrimary.addWriteCheck(plan.steps, token);
        for (const PgInstance *r : replicas) {
            const Result<ResolvedVariables> vars = ResolvedVariables::forHost(*request.inventory, r->hostKey);
            PostgresSteps(request, cluster, *r, *vars).addReadCheck(plan.steps, token);
        }
    }

    if (!request.limitHost.isEmpty()) {
        plan.steps.removeIf([&](const PlanStep &s) { return s.host != request.limitHost; });
        plan.hosts = {request.limitHost};
        if (plan.steps.isEmpty())
            return Error{QCoreApplication::translate("PostgresRecipe", "Host %1 is not part of the PostgreSQL cluster %2").arg(request.limitHost, cluster.name),
                         request.inventory->fileName(), {}, {}};
    }
    return plan;
}

} // namespace stackyard
