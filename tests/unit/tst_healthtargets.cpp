// SPDX-License-Identifier: GPL-3.0-or-later
// What the health monitor polls, read from an inventory: every PostgreSQL instance (as the
// monitor user), every Redis instance (with its password as written), every app's health URL,
// every host; one card per cluster, app and host; and one cluster with its hosts alone.
#include "health/healthoverviewmodel.h"
#include "health/healthtargets.h"
#include "health/metricnames.h"
#include "inventory/inventory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const char kInventory[] = R"~(all:
  children:
    pg-meta:
      hosts:
        10.10.10.10: { pg_seq: 1, pg_role: primary }
        10.10.10.11: { pg_seq: 2, pg_role: replica, ansible_host: 192.168.0.11 }
      vars:
        pg_cluster: pg-meta
        pg_port: 5433
        pg_monitor_username: watcher
        pg_monitor_password: '${secret:pg-meta/watcher}'
    redis-ms:
      hosts:
        10.10.10.12: { redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.10.10.12 6379' } } }
      vars:
        redis_cluster: redis-ms
        redis_password: 'Redis.Secret'
    app:
      hosts:
        10.10.10.13: {}
      vars:
        app: open-webui
        apps:
          open-webui:
            conf:
              PORT: 8080
  vars:
    admin_ip: 10.10.10.10
)~";

Inventory parse()
{
    Result<Inventory> inventory = Inventory::parse(kInventory, u"fleet.yml"_s);
    if (!inventory)
        qFatal("%s", qPrintable(inventory.error().toString()));
    return *inventory;
}

} // namespace

class TestHealthTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInstanceAppAndHost();
    void oneClusterWithItsHosts();
    void unknownNameIsEmpty();
    void figuresOfACard();
};

void TestHealthTargets::everyInstanceAppAndHost()
{
    const HealthLayout layout = healthLayout(parse());
    const HealthTargetSpec *primary = layout.target(u"postgres/pg-meta/pg-meta-1"_s);
    QVERIFY(primary);
    QCOMPARE(primary->connectHost, u"10.10.10.10"_s);
    QCOMPARE(primary->port, 5433);
    QCOMPARE(primary->user, u"watcher"_s);
    QCOMPARE(primary->password, u"${secret:pg-meta/watcher}"_s);
    QCOMPARE(primary->database, u"postgres"_s);
    QCOMPARE(primary->role, u"primary"_s);
    const HealthTargetSpec *replica = layout.target(u"postgres/pg-meta/pg-meta-2"_s);
    QVERIFY(replica);
    QCOMPARE(replica->connectHost, u"192.168.0.11"_s);
    QCOMPARE(replica->target.address, u"192.168.0.11:5433"_s);
    QCOMPARE(replica->target.host, u"10.10.10.11"_s);

    const HealthTargetSpec *redisReplica = layout.target(u"redis/redis-ms/redis-ms-1-6380"_s);
    QVERIFY(redisReplica);
    QCOMPARE(redisReplica->port, 6380);
    QCOMPARE(redisReplica->password, u"Redis.Secret"_s);
    QCOMPARE(redisReplica->role, u"replica"_s);

    const HealthGroup *app = layout.group(u"http/open-webui"_s);
    QVERIFY(app);
    const HealthTargetSpec *endpoint = layout.target(app->targetIds.value(0));
    QVERIFY(endpoint);
    QVERIFY2(endpoint->url.endsWith(u"/health"_s), qPrintable(endpoint->url));

    for (const QString &host : {u"10.10.10.10"_s, u"10.10.10.11"_s, u"10.10.10.12"_s, u"10.10.10.13"_s})
        QVERIFY2(layout.group(u"host/"_s + host), qPrintable(host));
    QCOMPARE(layout.group(u"postgres/pg-meta"_s)->targetIds.size(), 2);
    QCOMPARE(layout.group(u"redis/redis-ms"_s)->targetIds.size(), 2);
    QCOMPARE(layout.groupOf(u"redis/redis-ms/redis-ms-1-6379"_s)->id, u"redis/redis-ms"_s);
}

void TestHealthTargets::oneClusterWithItsHosts()
{
    const HealthLayout layout = healthLayout(parse(), u"pg-meta"_s);
    QStringList groups;
    for (const HealthGroup &g : layout.groups)
        groups << g.id;
    QCOMPARE(groups, (QStringList{u"postgres/pg-meta"_s, u"host/10.10.10.10"_s, u"host/10.10.10.11"_s}));
    const HealthLayout host = healthLayout(parse(), u"10.10.10.13"_s);
    QCOMPARE(host.groups.size(), 1);
    QCOMPARE(host.groups.first().id, u"host/10.10.10.13"_s);
}

void TestHealthTargets::unknownNameIsEmpty()
{
    QVERIFY(healthLayout(parse(), u"pg-nowhere"_s).targets.isEmpty());
}

void TestHealthTargets::figuresOfACard()
{
    const HealthLayout layout = healthLayout(parse());
    const HealthGroup &group = *layout.group(u"postgres/pg-meta"_s);
    HealthSnapshot a;
    a.target = layout.target(group.targetIds.at(0))->target;
    a.status = HealthStatus::Up;
    a.metrics = {{QString::fromLatin1(metric::kPgTps), 120}, {QString::fromLatin1(metric::kPgConnections), 10},
                 {QString::fromLatin1(metric::kPgMaxConnections), 100}};
    HealthSnapshot b;
    b.target = layout.target(group.targetIds.at(1))->target;
    b.status = HealthStatus::Down;
    b.reason = u"connection refused"_s;
    const HealthOverviewModel::Figures f = HealthOverviewModel::figures(group, {a, b});
    QCOMPARE(f.status, HealthStatus::Down);
    QCOMPARE(f.up, 1);
    QCOMPARE(f.total, 2);
    QCOMPARE(f.key, 120.0);
    QVERIFY2(f.keyText.contains(u"120"_s), qPrintable(f.keyText));
    QCOMPARE(f.detail, u"pg-meta-2: connection refused"_s);
    b.status = HealthStatus::Up;
    b.reason.clear();
    b.metrics = {{QString::fromLatin1(metric::kPgTps), 30}, {QString::fromLatin1(metric::kPgConnections), 5},
                 {QString::fromLatin1(metric::kPgMaxConnections), 100}};
    const HealthOverviewModel::Figures up = HealthOverviewModel::figures(group, {a, b});
    QCOMPARE(up.status, HealthStatus::Up);
    QCOMPARE(up.key, 150.0);
    QVERIFY2(up.detail.contains(u"15/100"_s), qPrintable(up.detail));
}

QTEST_GUILESS_MAIN(TestHealthTargets)
#include "tst_healthtargets.moc"
