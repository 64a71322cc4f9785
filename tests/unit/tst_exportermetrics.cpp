// SPDX-License-Identifier: GPL-3.0-or-later
// Exporter scrapes (pg_exporter, postgres_exporter, redis_exporter, node_exporter) turned into
// the metric names of metricnames.h, with rates from two scrapes.
#include "health/exportermetrics.h"
#include "health/exporterurls.h"
#include "health/metricnames.h"
#include "health/prometheustext.h"
#include "inventory/inventory.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestExporterMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pgExporter();
    void postgresExporterNames();
    void redisExporter();
    void nodeExporter();
    void downAndWrongExporter();
    void exporterUrlsFromInventory();
};

static QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

static PrometheusDocument parsed(const QByteArray &text)
{
    auto doc = PrometheusText::parse(text);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return *doc;
}

static double m(const HealthSnapshot &s, const char *name)
{
    return s.metric(QString::fromLatin1(name));
}

static bool has(const HealthSnapshot &s, const char *name)
{
    return s.metrics.contains(QString::fromLatin1(name));
}

static constexpr qint64 kNow = 1765069260000; // a minute after the fixtures' last save

void TestExporterMetrics::pgExporter()
{
    const QByteArray first = fixture(u"pg_exporter.txt"_s);
    HealthSnapshot a;
    const ExporterCounters counters = ExporterMetrics::fill(TargetKind::Postgres, parsed(first), {}, 0, kNow, a);
    QCOMPARE(a.status, HealthStatus::Up);
    QCOMPARE(m(a, metric::kPgConnections), 20.0);
    QCOMPARE(m(a, metric::kPgMaxConnections), 100.0);
    QCOMPARE(m(a, metric::kPgConnectionsPercent), 20.0);
    QCOMPARE(m(a, metric::kPgReplicationLagSeconds), 0.0);
    QCOMPARE(m(a, metric::kPgUptimeSeconds), 86400.5);
    QCOMPARE(m(a, metric::kPgDatabaseBytes), 1.285e8);
    QVERIFY(!has(a, metric::kPgTps)); // a rate needs two scrapes
    QCOMPARE(a.facts.value(u"source"_s), u"exporter"_s);

    QByteArray second = first;
    second.replace("pg_db_xact_commit{datname=\"dify\"} 50000", "pg_db_xact_commit{datname=\"dify\"} 51000");
    second.replace("pg_db_xact_rollback{datname=\"dify\"} 90", "pg_db_xact_rollback{datname=\"dify\"} 100");
    second.replace("pg_db_blks_hit{datname=\"dify\"} 8100000", "pg_db_blks_hit{datname=\"dify\"} 8190000");
    second.replace("pg_db_blks_read{datname=\"dify\"} 9000", "pg_db_blks_read{datname=\"dify\"} 19000");
    HealthSnapshot b;
    ExporterMetrics::fill(TargetKind::Postgres, parsed(second), counters, 10, kNow + 10000, b);
    QCOMPARE(m(b, metric::kPgCommitsPerSecond), 100.0);
    QCOMPARE(m(b, metric::kPgRollbacksPerSecond), 1.0);
    QCOMPARE(m(b, metric::kPgTps), 101.0);
    QCOMPARE(m(b, metric::kPgCacheHitPercent), 90.0);

    // A counter that went down (a restart, pg_stat_reset) gives no rate rather than a negative one.
    HealthSnapshot c;
    ExporterMetrics::fill(TargetKind::Postgres, parsed(first),
        ExporterMetrics::fill(TargetKind::Postgres, parsed(second), {}, 0, kNow, b), 10, kNow, c);
    QVERIFY(!has(c, metric::kPgTps));
}

void TestExporterMetrics::postgresExporterNames()
{
    const QByteArray text = "pg_up 1\n"
                            "pg_stat_database_numbackends{datname=\"app\"} 45\n"
                            "pg_settings_max_connections{server=\"x\"} 50\n"
                            "pg_postmaster_start_time_seconds 1765069200\n"
                            "pg_stat_database_xact_commit{datname=\"app\"} 10\n";
    HealthSnapshot s;
    ExporterMetrics::fill(TargetKind::Postgres, parsed(text), {}, 0, kNow, s);
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(m(s, metric::kPgConnectionsPercent), 90.0);
    QCOMPARE(m(s, metric::kPgUptimeSeconds), 60.0);
    QVERIFY(!has(s, metric::kPgReplicationLagSeconds));
}

void TestExporterMetrics::redisExporter()
{
    const QByteArray first = fixture(u"redis_exporter.txt"_s);
    HealthSnapshot a;
    const ExporterCounters counters = ExporterMetrics::fill(TargetKind::Redis, parsed(first), {}, 0, kNow, a);
    QCOMPARE(a.status, HealthStatus::Up);
    QCOMPARE(m(a, metric::kRedisConnectedClients), 12.0);
    QCOMPARE(m(a, metric::kRedisMemoryPercent), 50.0);
    QCOMPARE(m(a, metric::kRedisMaxMemoryBytes), 1073741824.0);
    QCOMPARE(m(a, metric::kRedisKeys), 1520.0);
    QCOMPARE(m(a, metric::kRedisConnectedReplicas), 1.0);
    QCOMPARE(m(a, metric::kRedisEvictedKeys), 3.0);
    QCOMPARE(m(a, metric::kRedisLastSaveAgeSeconds), 60.0);
    QCOMPARE(m(a, metric::kRedisLastSaveOk), 1.0);
    QCOMPARE(a.facts.value(u"version"_s), u"7.0.15"_s);
    QCOMPARE(a.facts.value(u"role"_s), u"master"_s);
    QVERIFY(!has(a, metric::kRedisOpsPerSecond));

    QByteArray second = first;
    second.replace("redis_commands_processed_total 100000", "redis_commands_processed_total 101000");
    second.replace("redis_keyspace_hits_total 9000", "redis_keyspace_hits_total 9900");
    second.replace("redis_keyspace_misses_total 1000", "redis_keyspace_misses_total 1100");
    HealthSnapshot b;
    ExporterMetrics::fill(TargetKind::Redis, parsed(second), counters, 10, kNow + 10000, b);
    QCOMPARE(m(b, metric::kRedisOpsPerSecond), 100.0);
    QCOMPARE(m(b, metric::kRedisHitPercent), 90.0);
}

void TestExporterMetrics::nodeExporter()
{
    HealthSnapshot s;
    const ExporterCounters counters
        = ExporterMetrics::fill(TargetKind::Host, parsed(fixture(u"node_exporter.txt"_s)), {}, 0, kNow, s);
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(m(s, metric::kHostMemoryPercent), 25.0);
    QCOMPARE(m(s, metric::kHostLoad1), 0.21);
    QVERIFY(!has(s, metric::kHostCpuPercent));
    QVERIFY(counters.value(u"cpu.total"_s) > 0);
    // An earlier scrape 10 s of busy time and 20 s of CPU time before this one: 50 %.
    const double busy = counters.value(u"cpu.busy"_s), total = counters.value(u"cpu.total"_s);
    const ExporterCounters before { { u"cpu.busy"_s, busy - 10 }, { u"cpu.total"_s, total - 20 } };
    HealthSnapshot t;
    ExporterMetrics::fill(TargetKind::Host, parsed(fixture(u"node_exporter.txt"_s)), before, 10, kNow, t);
    QCOMPARE(m(t, metric::kHostCpuPercent), 50.0);
}

void TestExporterMetrics::downAndWrongExporter()
{
    HealthSnapshot down;
    const auto counters
        = ExporterMetrics::fill(TargetKind::Postgres, parsed("pg_up 0\npg_exporter_build_info 1\n"), {}, 0, kNow, down);
    QCOMPARE(down.status, HealthStatus::Down);
    QCOMPARE(down.reason, u"the exporter cannot reach PostgreSQL"_s);
    QVERIFY(down.metrics.isEmpty());
    QVERIFY(counters.isEmpty());
    HealthSnapshot wrong;
    ExporterMetrics::fill(TargetKind::Redis, parsed(fixture(u"node_exporter.txt"_s)), {}, 0, kNow, wrong);
    QCOMPARE(wrong.status, HealthStatus::Unknown);
    QCOMPARE(wrong.reason, u"the exporter serves no redis_up: not a Redis exporter"_s);
    HealthSnapshot host;
    ExporterMetrics::fill(TargetKind::Host, parsed("redis_up 1\n"), {}, 0, kNow, host);
    QCOMPARE(host.status, HealthStatus::Unknown);
}

static Inventory inventoryWith(const std::string &globalVars)
{
    const std::string text = "all:\n  vars: {" + globalVars
        + "}\n  children:\n"
          "    pg-meta:\n      hosts:\n"
          "        10.10.10.10: { pg_seq: 1, pg_role: primary, ansible_host: 127.0.0.5 }\n"
          "        10.10.10.11: { pg_seq: 2, pg_role: replica, node_exporter_enabled: false }\n"
          "      vars: { pg_cluster: pg-meta, node_exporter_port: 19100 }\n"
          "    redis-ms:\n      hosts: { 10.10.10.12: { redis_node: 1, redis_instances: { 6379: {} } } }\n"
          "      vars: { redis_cluster: redis-ms }\n";
    auto inventory = Inventory::parse(text, u"pigsty.yml"_s);
    if (!inventory)
        qFatal("%s", qPrintable(inventory.error().toString()));
    return *inventory;
}

void TestExporterMetrics::exporterUrlsFromInventory()
{
    const auto url = [](const std::optional<QUrl> &u) { return u ? u->toString() : u"none"_s; };
    const Inventory plain = inventoryWith({});
    QCOMPARE(
        url(ExporterUrls::forHost(plain, u"10.10.10.10"_s, ExporterKind::Node)), u"http://127.0.0.5:19100/metrics"_s);
    QCOMPARE(url(ExporterUrls::forHost(plain, u"10.10.10.10"_s, ExporterKind::Postgres)), u"none"_s); // not said to run
    QCOMPARE(url(ExporterUrls::forHost(plain, u"10.10.10.11"_s, ExporterKind::Node)), u"none"_s); // disabled
    QCOMPARE(url(ExporterUrls::forHost(plain, u"10.10.10.12"_s, ExporterKind::Redis)), u"none"_s);
    QCOMPARE(url(ExporterUrls::forHost(plain, u"10.9.9.9"_s, ExporterKind::Node)), u"none"_s); // not a host

    const Inventory pigsty = inventoryWith("stackyard_scrape_exporters: true");
    QCOMPARE(url(ExporterUrls::forHost(pigsty, u"10.10.10.12"_s, ExporterKind::Redis)),
        u"http://10.10.10.12:9121/metrics"_s);
    QCOMPARE(
        url(ExporterUrls::forHost(pigsty, u"10.10.10.12"_s, ExporterKind::Node)), u"http://10.10.10.12:9100/metrics"_s);
    QCOMPARE(url(ExporterUrls::forHost(pigsty, u"10.10.10.10"_s, ExporterKind::Postgres)),
        u"http://127.0.0.5:9630/metrics"_s);
    QCOMPARE(url(ExporterUrls::forHost(pigsty, u"10.10.10.11"_s, ExporterKind::Node)), u"none"_s); // false still wins
}

QTEST_GUILESS_MAIN(TestExporterMetrics)
#include "tst_exportermetrics.moc"
