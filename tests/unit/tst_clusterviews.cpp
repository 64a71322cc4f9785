// SPDX-License-Identifier: GPL-3.0-or-later
// The typed cluster views: PostgreSQL (instances, users, databases, HBA, pgBackRest), Redis
// (instances, replication), MinIO and compose apps (what they connect to), every value resolved
// with Ansible's precedence. Over small inventories and every Pigsty template beside the checkout.
#include "inventory/resolvedvariables.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/instancesummary.h"
#include "inventory/views/miniocluster.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "shareddata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

Inventory load(const char *text)
{
    auto inventory = Inventory::parse(text, u"test.yml"_s);
    if (!inventory)
        qFatal("fixture does not parse: %s", qPrintable(inventory.error().toString()));
    return *inventory;
}

const char *kCluster = "all:\n"
                       "  children:\n"
                       "    pg-test:\n"
                       "      hosts:\n"
                       "        10.0.0.1: { pg_seq: 1, pg_role: primary }\n"
                       "        10.0.0.2: { pg_seq: 2, pg_role: replica, pg_port: 6432, ansible_host: db2 }\n"
                       "      vars:\n"
                       "        pg_cluster: pg-test\n"
                       "        pg_port: 5433\n"
                       "        pg_users:\n"
                       "          - { name: app ,password: '${secret:pg-test/app}' ,pgbouncer: true ,connlimit: 20 ,roles: [ dbrole_readwrite, { name: pg_monitor, admin: true } ] ,parameters: { work_mem: 64MB } }\n"
                       "          - { name: gone ,state: absent ,login: false }\n"
                       "        pg_databases:\n"
                       "          - { name: app ,owner: app ,schemas: [ s1, { name: s2, owner: app } ] ,extensions: [ vector, { name: postgis, schema: gis, version: '3.4' } ] ,pgbouncer: false }\n"
                       "        pg_hba_rules:\n"
                       "          - { user: app ,db: app ,addr: 10.0.0.0/8 ,auth: ssl ,title: app ,order: 700 ,role: primary }\n"
                       "        pgbackrest_method: local\n"
                       "    redis-test:\n"
                       "      hosts:\n"
                       "        10.0.0.1: { redis_node: 1 ,redis_instances: { 6380: { replica_of: '10.0.0.1  6379' }, 6379: {} } }\n"
                       "        10.0.0.3: { redis_node: 2 ,redis_instances: { 6379: { replica_of: '10.0.0.1 6379' } } ,redis_max_memory: 2GB }\n"
                       "      vars: { redis_cluster: redis-test ,redis_password: 'r.pass' ,redis_max_memory: 64MB ,redis_mode: standalone }\n"
                       "    citus:\n"
                       "      hosts:\n"
                       "        10.0.0.4: { pg_cluster: citus-a, pg_seq: 1, pg_role: primary }\n"
                       "        10.0.0.5: { pg_cluster: citus-b, pg_seq: 1, pg_role: primary }\n"
                       "    webui:\n"
                       "      hosts: { 10.0.0.6: {} }\n"
                       "      vars:\n"
                       "        docker_enabled: true\n"
                       "        app: open-webui\n"
                       "        apps:\n"
                       "          open-webui:\n"
                       "            file: [ { path: /data/open-webui, state: directory, mode: '0755' } ]\n"
                       "            conf:\n"
                       "              OPEN_WEBUI_PORT: 8080\n"
                       "              OPEN_WEBUI_DATA: /data/open-webui\n"
                       "              DATABASE_URL: postgresql://app@10.0.0.1:5433/app\n"
                       "              REDIS_HOST: 10.0.0.1\n"
                       "              REDIS_PORT: 6380\n"
                       "  vars:\n"
                       "    admin_ip: 10.0.0.1\n"
                       "    pg_version: 16\n"
                       "    infra_portal: { webui: { domain: chat.example.com, endpoint: '10.0.0.6:8080', certbot: chat } }\n";

} // namespace

class TestClusterViews : public QObject
{
    Q_OBJECT

private slots:
    void postgresCluster()
    {
        const Inventory inv = load(kCluster);
        const auto c = PgCluster::find(inv, u"pg-test"_s);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->group, u"pg-test"_s);
        QCOMPARE(c->version, 16); // all.vars over the default 18
        QCOMPARE(c->port, 5433);  // group over all.vars/default
        QCOMPARE(c->instances.size(), 2);
        QCOMPARE(c->instances.at(0).name(c->name), u"pg-test-1"_s);
        QCOMPARE(c->instances.at(0).port, 5433);
        QCOMPARE(c->instances.at(1).port, 6432); // the host's own value wins
        QCOMPARE(c->instances.at(1).address, u"db2"_s);
        QCOMPARE(c->instances.at(1).pointer, u"/all/children/pg-test/hosts/10.0.0.2"_s);
        QVERIFY(c->primary() && c->primary()->hostKey == u"10.0.0.1"_s);

        QCOMPARE(c->users.size(), 2);
        const PgUser *app = c->user(u"app"_s);
        QVERIFY(app);
        QCOMPARE(app->password, u"${secret:pg-test/app}"_s);
        QVERIFY(app->pgbouncer);
        QCOMPARE(app->connlimit, std::optional<int>(20));
        QVERIFY(!app->login.has_value()); // unset: PostgreSQL's default applies
        QCOMPARE(app->roles.size(), 2);
        QCOMPARE(app->roles.at(1).name, u"pg_monitor"_s);
        QCOMPARE(app->roles.at(1).admin, std::optional<bool>(true));
        QCOMPARE(app->parameters.value(0), qMakePair(u"work_mem"_s, u"64MB"_s));
        QCOMPARE(app->pointer, u"/all/children/pg-test/vars/pg_users/0"_s);
        QCOMPARE(c->user(u"gone"_s)->state, u"absent"_s);
        QCOMPARE(c->user(u"gone"_s)->login, std::optional<bool>(false));

        const PgDatabase *db = c->database(u"app"_s);
        QVERIFY(db);
        QCOMPARE(db->owner, u"app"_s);
        QVERIFY(!db->pgbouncer);
        QCOMPARE(db->schemas.size(), 2);
        QCOMPARE(db->schemas.at(1).owner, u"app"_s);
        QCOMPARE(db->extensions.size(), 2);
        QCOMPARE(db->extensions.at(0).name, u"vector"_s);
        QCOMPARE(db->extensions.at(1).schema, u"gis"_s);
        QCOMPARE(db->extensions.at(1).version, u"3.4"_s);

        // The default rules first (from the built-in table), then the cluster's own.
        QVERIFY(c->hbaRules.size() > 5);
        QVERIFY(c->hbaRules.constFirst().fromDefaults);
        QVERIFY(c->hbaRules.constFirst().pointer.isEmpty());
        const PgHbaRule &own = c->hbaRules.constLast();
        QVERIFY(!own.fromDefaults);
        QCOMPARE(own.addr, u"10.0.0.0/8"_s);
        QCOMPARE(own.auth, u"ssl"_s);
        QCOMPARE(own.role, u"primary"_s);
        QCOMPARE(own.order, std::optional<int>(700));

        QCOMPARE(c->backrestMethod, u"local"_s);
        QVERIFY(c->activeRepo());
        QCOMPARE(c->activeRepo()->path, u"/pg/backup"_s);
        QCOMPARE(c->activeRepo()->type, u"posix"_s);
    }

    void hostLevelClusterNames()
    {
        const Inventory inv = load(kCluster);
        const QList<PgCluster> all = PgCluster::all(inv);
        QStringList names;
        for (const PgCluster &c : all)
            names << c.name;
        QCOMPARE(names, QStringList({u"pg-test"_s, u"citus-a"_s, u"citus-b"_s}));
        QCOMPARE(all.at(1).group, u"citus"_s);
        QCOMPARE(all.at(2).instances.size(), 1);
        const auto missing = PgCluster::find(inv, u"nope"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().hint.contains(u"citus-a"_s));
    }

    void redisCluster()
    {
        const Inventory inv = load(kCluster);
        const auto c = RedisCluster::find(inv, u"redis-test"_s);
        QVERIFY(c.ok());
        QCOMPARE(c->password, u"r.pass"_s);
        QCOMPARE(c->instances.size(), 3);
        QCOMPARE(c->instances.at(0).port, 6379); // sorted by port within a host
        QCOMPARE(c->instances.at(1).name(c->name), u"redis-test-1-6380"_s);
        QCOMPARE(c->instances.at(1).replicaOfHost, u"10.0.0.1"_s);
        QCOMPARE(c->instances.at(1).replicaOfPort, 6379);
        QCOMPARE(c->upstreamOf(c->instances.at(1)), &c->instances.at(0));
        QCOMPARE(c->instances.at(0).maxMemory, u"64MB"_s);
        QCOMPARE(c->instances.at(2).maxMemory, u"2GB"_s); // host var over group var
        QCOMPARE(c->instances.at(1).pointer, u"/all/children/redis-test/hosts/10.0.0.1/redis_instances/6380"_s);
        QCOMPARE(c->primaries().size(), 1);
    }

    void appWiring()
    {
        const Inventory inv = load(kCluster);
        const QList<AppGroup> apps = AppGroup::all(inv);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).defaultApp, u"open-webui"_s);
        const AppDefinition &a = apps.at(0).apps.at(0);
        QCOMPARE(a.directory, u"/opt/open-webui"_s);
        QCOMPARE(a.port, 8080);
        QCOMPARE(a.url, u"https://chat.example.com"_s); // through the portal entry for its port
        QCOMPARE(a.postgres.host, u"10.0.0.1"_s);
        QCOMPARE(a.postgres.port, 5433);
        QCOMPARE(a.postgres.database, u"app"_s);
        QCOMPARE(a.postgres.user, u"app"_s);
        QCOMPARE(a.postgres.cluster, u"pg-test"_s);
        QCOMPARE(a.redis.cluster, u"redis-test"_s);
        QCOMPARE(a.dataDirs, QStringList{u"/data/open-webui"_s});
    }

    void instanceSummaries()
    {
        const Inventory inv = load(kCluster);
        const auto byGroup = instancesByGroup(inv);
        QCOMPARE(byGroup.value(u"pg-test"_s).size(), 2);
        QCOMPARE(byGroup.value(u"pg-test"_s).at(1).role, u"replica"_s);
        QCOMPARE(byGroup.value(u"redis-test"_s).size(), 3);
        QCOMPARE(byGroup.value(u"citus"_s).size(), 2);
        QCOMPARE(byGroup.value(u"webui"_s).at(0).name, u"open-webui"_s);
    }

    void resolvedVariablesPrecedence()
    {
        const Inventory inv = load(kCluster);
        const auto host = ResolvedVariables::forHost(inv, u"10.0.0.2"_s);
        QVERIFY(host.ok());
        QCOMPARE(host->integer(u"pg_port"_s, 0), 6432);
        QCOMPARE(host->value(u"pg_port"_s).source, EffectiveVariable::Source::Host);
        QCOMPARE(host->value(u"pg_cluster"_s).source, EffectiveVariable::Source::Group);
        QCOMPARE(host->value(u"pg_version"_s).source, EffectiveVariable::Source::Global);
        QCOMPARE(host->value(u"pg_dbsu"_s).source, EffectiveVariable::Source::Default);
        QCOMPARE(host->string(u"pg_dbsu"_s), u"postgres"_s);
        QVERIFY(!ResolvedVariables::forHost(inv, u"10.9.9.9"_s).ok());
    }

    // Every Pigsty template: each PostgreSQL group gives clusters with instances and exactly one
    // primary, Redis clusters have instances, and the dify template's app reaches pg-meta.
    void pigstyTemplates_data()
    {
        QTest::addColumn<QString>("path");
        STACKYARD_REQUIRE_SHARED_DATA();
        for (const QString &f : test::SharedData::pigstyConfFiles())
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
    }

    void pigstyTemplates()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto inv = Inventory::parse(file.readAll().toStdString(), path);
        QVERIFY(inv.ok());
        int pgGroups = 0;
        for (const Inventory::Group &g : inv->groups())
            pgGroups += g.kind == ClusterKind::PostgreSQL;
        const QList<PgCluster> pg = PgCluster::all(*inv);
        QVERIFY(pg.size() >= pgGroups);
        for (const PgCluster &c : pg) {
            QVERIFY2(!c.instances.isEmpty(), qPrintable(c.name));
            const auto primaries = std::count_if(c.instances.cbegin(), c.instances.cend(),
                                                 [](const PgInstance &i) { return i.role == u"primary"_s; });
            QVERIFY2(primaries == 1 || c.instances.constFirst().upstream.size() > 0, qPrintable(c.name));
            for (const PgUser &u : c.users)
                QVERIFY2(!u.name.isEmpty() && !u.pointer.isEmpty(), qPrintable(c.name));
            for (const PgDatabase &d : c.databases)
                QVERIFY2(!d.name.isEmpty(), qPrintable(c.name));
            QVERIFY(!c.toJson().isEmpty());
        }
        for (const RedisCluster &c : RedisCluster::all(*inv)) {
            QVERIFY2(!c.instances.isEmpty(), qPrintable(c.name));
            for (const RedisInstance &i : c.instances)
                QVERIFY2(!i.isReplica() || c.upstreamOf(i), qPrintable(i.name(c.name)));
        }
        for (const MinioCluster &c : MinioCluster::all(*inv))
            QVERIFY(!c.nodes.isEmpty());
        if (path.endsWith(u"app/dify.yml"_s)) {
            const QList<AppGroup> apps = AppGroup::all(*inv);
            QCOMPARE(apps.size(), 1);
            QCOMPARE(apps.at(0).apps.at(0).postgres.cluster, u"pg-meta"_s);
            QCOMPARE(apps.at(0).apps.at(0).postgres.database, u"dify"_s);
            QCOMPARE(apps.at(0).apps.at(0).port, 5001);
        }
    }
};

QTEST_GUILESS_MAIN(TestClusterViews)
#include "tst_clusterviews.moc"
