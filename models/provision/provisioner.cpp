// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/provisioner.h"

#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/recipes/compose/composerecipe.h"
#include "provision/recipes/postgres/postgresrecipe.h"
#include "provision/recipes/redis/redisrecipe.h"
#include "transport/hostsettings.h"
#include "transport/sshconfig.h"
#include "transport/transport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

enum class Kind { Postgres, Redis, App, None };

Kind kindOf(const Inventory &inventory, const QString &name)
{
    for (const PgCluster &c : PgCluster::all(inventory))
        if (c.name == name || c.group == name)
            return Kind::Postgres;
    for (const RedisCluster &c : RedisCluster::all(inventory))
        if (c.name == name || c.group == name)
            return Kind::Redis;
    for (const AppGroup &g : AppGroup::all(inventory))
        if (g.group == name)
            return Kind::App;
    return Kind::None;
}

} // namespace

Provisioner::Provisioner(const Inventory &inventory, TransportOptions options)
    : mInventory(inventory)
    , mOptions(std::move(options))
{
}

Provisioner::Provisioner(const Inventory &inventory, TransportFactory factory)
    : mInventory(inventory)
    , mFactory(std::move(factory))
{
}

Result<QStringList> Provisioner::hostsOf(const Target &target) const
{
    QStringList hosts;
    switch (kindOf(mInventory, target.cluster)) {
    case Kind::Postgres: {
        const auto c = PgCluster::find(mInventory, target.cluster);
        for (const PgInstance &i : c->instances)
            if (!hosts.contains(i.hostKey))
                hosts << i.hostKey;
        break;
    }
    case Kind::Redis: {
        const auto c = RedisCluster::find(mInventory, target.cluster);
        for (const RedisInstance &i : c->instances)
            if (!hosts.contains(i.hostKey))
                hosts << i.hostKey;
        break;
    }
    case Kind::App:
        for (const AppGroup &g : AppGroup::all(mInventory))
            if (g.group == target.cluster && !g.hosts.isEmpty())
                hosts << g.hosts.constFirst();
        break;
    case Kind::None:
        return Error{QCoreApplication::translate("Provisioner", "There is no PostgreSQL or Redis cluster or app group '%1' in the inventory").arg(target.cluster),
                     mInventory.fileName(), QCoreApplication::translate("Provisioner", "List the clusters with: stackyardctl inventory list %1").arg(mInventory.fileName()),
                     {}};
    }
    if (!target.limitHost.isEmpty()) {
        if (!hosts.contains(target.limitHost))
            return Error{QCoreApplication::translate("Provisioner", "Host %1 is not part of %2").arg(target.limitHost, target.cluster), mInventory.fileName(),
                         QCoreApplication::translate("Provisioner", "Its hosts: %1").arg(hosts.join(u", "_s)), {}};
    }
    return hosts;
}

Result<std::shared_ptr<Transport>> Provisioner::transportFor(const QString &hostKey)
{
    if (const auto it = mTransports.constFind(hostKey); it != mTransports.constEnd())
        return *it;
    if (mFactory) {
        Result<std::shared_ptr<Transport>> made = mFactory(hostKey);
        if (made)
            mTransports.insert(hostKey, *made);
        return made;
    }
    const SshConfig config = SshConfig::load(SshConfig::defaultPath());
    const Result<HostSettings> settings = HostSettings::fromInventory(mInventory, hostKey, config);
    if (!settings)
        return settings.error();
    std::shared_ptr<Transport> t = Transport::create(*settings, mOptions);
    mTransports.insert(hostKey, t);
    return t;
}

ProvisionRunner::TransportFor Provisioner::transportFunction()
{
    // Created before the run: the runner's thread only looks them up.
    QHash<QString, std::shared_ptr<Transport>> ready = mTransports;
    return [ready](const QString &host) -> Result<std::shared_ptr<Transport>> {
        if (const auto it = ready.constFind(host); it != ready.constEnd())
            return *it;
        return Error{QCoreApplication::translate("Provisioner", "No connection was prepared for %1").arg(host), host, {}, {}};
    };
}

Result<Provisioner::Prepared> Provisioner::prepare(const Target &target, const CancelToken &cancel)
{
    const Result<QStringList> hosts = hostsOf(target);
    if (!hosts)
        return hosts.error();
    Prepared prepared;
    for (const QString &host : *hosts) {
        const Result<std::shared_ptr<Transport>> t = transportFor(host);
        if (!t)
            return t.error();
        Result<HostFacts> facts = HostFacts::gather(**t, host, cancel);
        if (!facts)
            return facts.error();
        prepared.sudoHosts.insert(host, !facts->root);
        prepared.facts.insert(host, *facts);
    }
    PlanRequest request;
    request.inventory = &mInventory;
    request.cluster = target.cluster;
    request.limitHost = target.limitHost;
    request.user = target.user;
    request.database = target.database;
    request.facts = prepared.facts;
    request.reveal = mReveal;
    const Kind kind = kindOf(mInventory, target.cluster);
    if (kind != Kind::Postgres && (!target.user.isEmpty() || !target.database.isEmpty()))
        return Error{QCoreApplication::translate("Provisioner", "--user and --database apply to PostgreSQL clusters; %1 is not one").arg(target.cluster),
                     mInventory.fileName(), {}, {}};
    Result<Plan> plan = kind == Kind::Postgres ? PostgresRecipe::plan(request)
                        : kind == Kind::Redis  ? RedisRecipe::plan(request)
                                               : ComposeRecipe::plan(request);
    if (!plan)
        return plan.error();
    prepared.plan = std::move(plan).value();
    return prepared;
}

} // namespace stackyard
