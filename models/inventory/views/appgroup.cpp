// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/appgroup.h"

#include "inventory/resolvedvariables.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "inventory/views/viewreading.h"
#include "yaml/yamlpointer.h"

#include <QJsonArray>
#include <QUrl>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// The first conf value among keys.
QString first(const AppDefinition &app, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys)
        if (const QString v = app.confValue(QString::fromUtf16(k)); !v.isEmpty())
            return v;
    return {};
}

void readPostgres(AppDefinition &app, const Inventory &inventory, const QList<PgCluster> &clusters)
{
    AppDefinition::Endpoint &pg = app.postgres;
    pg.host = first(app, {u"DB_HOST", u"DATABASE_HOST", u"PG_HOST", u"POSTGRES_HOST"});
    pg.port = first(app, {u"DB_PORT", u"DATABASE_PORT", u"PG_PORT", u"POSTGRES_PORT"}).toInt();
    pg.database = first(app, {u"DB_DATABASE", u"DATABASE_NAME", u"PG_DATABASE", u"POSTGRES_DB"});
    pg.user = first(app, {u"DB_USERNAME", u"DATABASE_USER", u"PG_USERNAME", u"POSTGRES_USER"});
    pg.password = first(app, {u"DB_PASSWORD", u"DATABASE_PASSWORD", u"PG_PASSWORD", u"POSTGRES_PASSWORD"});
    const QString urlText = app.confValue(u"DATABASE_URL"_s);
    if (pg.host.isEmpty() && urlText.startsWith(u"postgres"_s)) {
        const QUrl url(urlText);
        pg.host = url.host();
        pg.port = url.port(5432);
        pg.database = url.path().mid(1);
        pg.user = url.userName();
        pg.password = url.password();
    }
    if (pg.host.isEmpty())
        return;
    if (pg.port == 0)
        pg.port = 5432;
    for (const PgCluster &c : clusters)
        for (const PgInstance &i : c.instances)
            if ((i.address == pg.host || i.hostKey == pg.host) && i.port == pg.port)
                pg.cluster = c.name;
    (void)inventory;
}

void readRedis(AppDefinition &app, const QList<RedisCluster> &clusters)
{
    AppDefinition::Endpoint &r = app.redis;
    r.host = app.confValue(u"REDIS_HOST"_s);
    r.port = app.confValue(u"REDIS_PORT"_s).toInt();
    r.password = app.confValue(u"REDIS_PASSWORD"_s);
    if (r.host.isEmpty() || r.host == u"redis"_s) { // the compose stack's own Redis service
        r = {};
        return;
    }
    if (r.port == 0)
        r.port = 6379;
    for (const RedisCluster &c : clusters)
        if (c.instance(r.host, r.port))
            r.cluster = c.name;
}

// The port the app publishes and its URL: a portal entry whose endpoint is that port wins.
void readUrl(AppDefinition &app, const ResolvedVariables &vars, const QString &address)
{
    app.port = first(app, {u"DIFY_PORT", u"OPEN_WEBUI_PORT", u"PORT", u"APP_PORT", u"HTTP_PORT"}).toInt();
    if (app.port == 0)
        return;
    app.url = u"http://%1:%2"_s.arg(address).arg(app.port);
    const YAML::Node portal = vars.value(u"infra_portal"_s).node;
    if (!portal.IsMap())
        return;
    for (auto it = portal.begin(); it != portal.end(); ++it) {
        const QString endpoint = views::text(it->second, "endpoint");
        const QString domain = views::text(it->second, "domain");
        if (domain.isEmpty() || !endpoint.endsWith(u':' + QString::number(app.port)))
            continue;
        const bool https = views::text(it->second, "certbot").size() > 0 || views::text(it->second, "cert").size() > 0;
        app.url = (https ? u"https://"_s : u"http://"_s) + domain;
        return;
    }
}

// What pairs() cannot tell: a null value is empty, and which values are plain YAML booleans
// rather than text (Pigsty writes those lower-cased into .env; a quoted 'True' stays as it is).
// The quoting is in the inventory's own tree, under appsPointer.
void readConfScalars(AppDefinition &app, const YAML::Node &conf, const Inventory &inventory,
                     const QString &appsPointer)
{
    if (!conf.IsMap())
        return;
    qsizetype i = 0;
    for (auto it = conf.begin(); it != conf.end(); ++it, ++i)
        if (it->second.IsNull())
            app.conf[i].second.clear();
    const auto apps = yaml::Pointer::parse(appsPointer.toStdString());
    if (appsPointer.isEmpty() || !apps)
        return;
    const yaml::Tree &tree = inventory.tree();
    const yaml::Tree::Index map = apps->child(app.name.toStdString()).child("conf").resolve(tree);
    if (map == yaml::Tree::npos || tree.node(map).kind != yaml::Tree::Kind::Map)
        return;
    for (std::size_t e = 0; e < tree.entryCount(map); ++e) {
        const yaml::Tree::Node &value = tree.node(tree.valueAt(map, e));
        if (value.kind != yaml::Tree::Kind::Scalar || value.style != yaml::Tree::Style::Plain || value.value.size() < 2)
            continue; // YAML 1.1 as Ansible reads it has no one-letter booleans
        if (ResolvedVariables::toBool(YAML::Node(value.value)))
            app.booleanConf.append(QString::fromStdString(tree.scalar(tree.keyAt(map, e))));
    }
}

AppDefinition readApp(const QString &name, const YAML::Node &n, const ResolvedVariables &vars, const QString &address,
                      const Inventory &inventory, const QList<PgCluster> &pg, const QList<RedisCluster> &redis,
                      const QString &appsPointer = {})
{
    AppDefinition app;
    app.name = name;
    app.directory = views::text(n, "dest", u"/opt/"_s + name);
    app.source = views::text(n, "src");
    const YAML::Node conf = views::child(n, "conf");
    app.conf = views::pairs(conf);
    readConfScalars(app, conf, inventory, appsPointer);
    if (n.IsMap()) {
        for (const YAML::Node &f : views::child(n, "file")) {
            AppDefinition::File file{views::text(f, "path"), views::text(f, "state", u"file"_s), views::text(f, "mode"),
                                     views::text(f, "owner")};
            if (file.state == u"directory"_s && !file.path.isEmpty())
                app.dataDirs.append(file.path);
            app.files.append(file);
        }
    }
    for (const auto &[key, value] : std::as_const(app.conf))
        if (key.endsWith(u"_DATA"_s) && value.startsWith(u'/') && !app.dataDirs.contains(value))
            app.dataDirs.append(value);
    readPostgres(app, inventory, pg);
    readRedis(app, redis);
    readUrl(app, vars, address);
    return app;
}

} // namespace

QString AppDefinition::confValue(const QString &key) const
{
    for (const auto &[k, v] : conf)
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QList<AppGroup> AppGroup::all(const Inventory &inventory)
{
    QList<AppGroup> out;
    const QList<PgCluster> pg = PgCluster::all(inventory);
    const QList<RedisCluster> redis = RedisCluster::all(inventory);
    for (const Inventory::Group &g : inventory.groups()) {
        if (g.kind != ClusterKind::App || g.hostKeys.isEmpty())
            continue;
        AppGroup a;
        a.group = g.name;
        a.hosts = g.hostKeys;
        const auto hostVars = ResolvedVariables::forHost(inventory, g.hostKeys.constFirst());
        if (!hostVars)
            continue;
        a.address = hostVars->string(u"ansible_host"_s, g.hostKeys.constFirst());
        const ResolvedVariables vars = ResolvedVariables::forGroup(inventory, g);
        a.defaultApp = vars.string(u"app"_s);
        const ResolvedVariables::Value appsValue = vars.value(u"apps"_s);
        const YAML::Node apps = appsValue.node;
        if (apps.IsMap())
            for (auto it = apps.begin(); it != apps.end(); ++it)
                a.apps.append(readApp(QString::fromStdString(it->first.Scalar()), it->second, vars, a.address,
                                      inventory, pg, redis, appsValue.pointer));
        else if (!a.defaultApp.isEmpty())
            a.apps.append(readApp(a.defaultApp, YAML::Node(), vars, a.address, inventory, pg, redis));
        out.append(a);
    }
    return out;
}

QJsonObject AppGroup::toJson() const
{
    QJsonObject o{{u"group"_s, group}, {u"kind"_s, u"app"_s}, {u"hosts"_s, QJsonArray::fromStringList(hosts)}};
    views::put(o, "default_app", defaultApp);
    QJsonArray list;
    const auto endpoint = [](const AppDefinition::Endpoint &e) {
        QJsonObject j{{u"host"_s, e.host}, {u"port"_s, e.port}};
        views::put(j, "database", e.database);
        views::put(j, "user", e.user);
        views::put(j, "cluster", e.cluster);
        return j;
    };
    for (const AppDefinition &app : apps) {
        QJsonObject j{{u"name"_s, app.name}, {u"directory"_s, app.directory},
                      {u"data_dirs"_s, QJsonArray::fromStringList(app.dataDirs)}};
        if (app.port)
            j.insert(u"port"_s, app.port);
        views::put(j, "url", app.url);
        if (app.postgres.isSet())
            j.insert(u"postgres"_s, endpoint(app.postgres));
        if (app.redis.isSet())
            j.insert(u"redis"_s, endpoint(app.redis));
        list.append(j);
    }
    o.insert(u"apps"_s, list);
    return o;
}

} // namespace stackyard
