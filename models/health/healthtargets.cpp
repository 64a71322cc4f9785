// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthtargets.h"

#include "health/exporterurls.h"
#include "inventory/inventory.h"
#include "inventory/resolvedvariables.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString hostAddress(const Inventory &inventory, const QString &hostKey)
{
    const Result<ResolvedVariables> vars = ResolvedVariables::forHost(inventory, hostKey);
    return vars ? vars->string(u"ansible_host"_s, hostKey) : hostKey;
}

void addPostgres(const Inventory &inventory, const PgCluster &cluster, HealthLayout &layout, QSet<QString> &hosts)
{
    HealthGroup group{u"postgres/"_s + cluster.name, TargetKind::Postgres, cluster.name, {}};
    for (const PgInstance &instance : cluster.instances) {
        HealthTargetSpec spec;
        const QString name = instance.name(cluster.name);
        spec.target = {TargetKind::Postgres, group.id + u'/' + name, cluster.name, name, instance.hostKey,
                       u"%1:%2"_s.arg(instance.address).arg(instance.port)};
        spec.connectHost = instance.address;
        spec.port = instance.port;
        spec.role = instance.role;
        spec.database = u"postgres"_s;
        if (const Result<ResolvedVariables> vars = ResolvedVariables::forHost(inventory, instance.hostKey)) {
            spec.user = vars->string(u"pg_monitor_username"_s, u"dbuser_monitor"_s);
            spec.password = vars->string(u"pg_monitor_password"_s);
        }
        spec.passwordWhere = u"%1: pg_monitor_password"_s.arg(cluster.name);
        spec.exporterUrl = ExporterUrls::forHost(inventory, instance.hostKey, ExporterKind::Postgres).value_or(QUrl());
        group.targetIds << spec.target.id;
        layout.targets << spec;
        hosts.insert(instance.hostKey);
    }
    layout.groups << group;
}

void addRedis(const Inventory &inventory, const RedisCluster &cluster, HealthLayout &layout, QSet<QString> &hosts)
{
    HealthGroup group{u"redis/"_s + cluster.name, TargetKind::Redis, cluster.name, {}};
    for (const RedisInstance &instance : cluster.instances) {
        HealthTargetSpec spec;
        const QString name = instance.name(cluster.name);
        spec.target = {TargetKind::Redis, group.id + u'/' + name, cluster.name, name, instance.hostKey,
                       u"%1:%2"_s.arg(instance.address).arg(instance.port)};
        spec.connectHost = instance.address;
        spec.port = instance.port;
        spec.role = instance.replicaOf.isEmpty() ? u"primary"_s : u"replica"_s;
        spec.password = cluster.password;
        spec.passwordWhere = u"%1: redis_password"_s.arg(cluster.name);
        spec.exporterUrl = ExporterUrls::forHost(inventory, instance.hostKey, ExporterKind::Redis).value_or(QUrl());
        group.targetIds << spec.target.id;
        layout.targets << spec;
        hosts.insert(instance.hostKey);
    }
    layout.groups << group;
}

QString healthUrl(const AppDefinition &app)
{
    const QString own = app.confValue(u"health_url"_s);
    if (!own.isEmpty())
        return own;
    QString url = app.url;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url.isEmpty() ? QString() : url + u"/health"_s;
}

void addApps(const AppGroup &appGroup, HealthLayout &layout, QSet<QString> &hosts)
{
    for (const AppDefinition &app : appGroup.apps) {
        const QString url = healthUrl(app);
        if (url.isEmpty())
            continue;
        HealthGroup group{u"http/"_s + app.name, TargetKind::Http, app.name, {}};
        HealthTargetSpec spec;
        spec.target = {TargetKind::Http, group.id + u'/' + app.name, appGroup.group, app.name,
                       appGroup.hosts.value(0), url};
        spec.url = url;
        group.targetIds << spec.target.id;
        layout.targets << spec;
        layout.groups << group;
        for (const QString &host : appGroup.hosts)
            hosts.insert(host);
    }
}

bool matches(const QString &only, const QString &name, const QString &group)
{
    return only.isEmpty() || only == name || only == group;
}

} // namespace

const HealthTargetSpec *HealthLayout::target(const QString &id) const
{
    for (const HealthTargetSpec &spec : targets)
        if (spec.target.id == id)
            return &spec;
    return nullptr;
}

const HealthGroup *HealthLayout::group(const QString &id) const
{
    for (const HealthGroup &g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const HealthGroup *HealthLayout::groupOf(const QString &targetId) const
{
    for (const HealthGroup &g : groups)
        if (g.targetIds.contains(targetId))
            return &g;
    return nullptr;
}

HealthLayout healthLayout(const Inventory &inventory, const QString &only)
{
    HealthLayout layout;
    QSet<QString> hosts;
    for (const PgCluster &cluster : PgCluster::all(inventory))
        if (matches(only, cluster.name, cluster.group))
            addPostgres(inventory, cluster, layout, hosts);
    for (const RedisCluster &cluster : RedisCluster::all(inventory))
        if (matches(only, cluster.name, cluster.group))
            addRedis(inventory, cluster, layout, hosts);
    for (const AppGroup &appGroup : AppGroup::all(inventory)) {
        if (matches(only, appGroup.group, appGroup.group)) {
            addApps(appGroup, layout, hosts);
            continue;
        }
        AppGroup one = appGroup;
        one.apps.clear();
        for (const AppDefinition &app : appGroup.apps)
            if (app.name == only)
                one.apps << app;
        addApps(one, layout, hosts);
    }
    const bool onlyHost = !only.isEmpty() && inventory.hostKeys().contains(only);
    for (const QString &hostKey : inventory.hostKeys()) {
        if (!only.isEmpty() && !hosts.contains(hostKey) && !(onlyHost && hostKey == only))
            continue;
        const QString address = hostAddress(inventory, hostKey);
        HealthGroup group{u"host/"_s + hostKey, TargetKind::Host, hostKey, {}};
        HealthTargetSpec spec;
        spec.target = {TargetKind::Host, group.id, {}, hostKey, hostKey, address};
        spec.connectHost = address;
        spec.exporterUrl = ExporterUrls::forHost(inventory, hostKey, ExporterKind::Node).value_or(QUrl());
        group.targetIds << spec.target.id;
        layout.targets << spec;
        layout.groups << group;
    }
    return layout;
}

} // namespace stackyard
