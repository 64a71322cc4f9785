// SPDX-License-Identifier: GPL-3.0-or-later
// What the PostgreSQL and Redis probes make of their servers' answers: the poll query's JSON
// (pghealth::readPollResult), libpq's error messages (shortError) and Redis INFO text
// (redishealth). The answers are shaped like real PostgreSQL 15 / Redis 7 output.
#include "health/metricnames.h"
#include "health/pgqueries.h"
#include "health/redisinfo.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

// A metric by its metricnames.h name (-1, or fallback, when absent).
double metricOf(const HealthSnapshot &s, const char *name, double fallback = -1)
{
    return s.metrics.value(QString::fromLatin1(name), fallback);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A primary with two walsenders, one of them still catching up.
constexpr char kPrimary[] = R"J({"version":"15.18 (Debian 15.18-0+deb12u1)","in_recovery":false,
 "server_addr":"10.10.10.11","server_port":5432,"uptime":3600.5,"max_connections":200,"connections":50,
 "longest_xact":12.5,"waiting_locks":3,
 "xact":{"commit":10000,"rollback":100,"hit":9000,"read":1000},
 "databases":[{"name":"meta","bytes":1000000},{"name":"postgres","bytes":7000000}],
 "archive_mode":"on","archiver":{"failed":2,"last_wal":"00000001000000000000000A","last_age":30.0,"last_failed_wal":null},
 "replicas":[{"name":"pg-meta-2","addr":"10.10.10.12","state":"streaming","sync":"async","lag_bytes":4096,"lag_seconds":0.5},
             {"name":"","addr":"10.10.10.13","state":"catchup","sync":"async","lag_bytes":900000,"lag_seconds":7.25}],
 "receiver":null,"own_lag_bytes":null,"own_lag_seconds":null,"replay_paused":null})J";

constexpr char kReplica[] = R"J({"version":"15.18","in_recovery":true,"server_addr":null,"server_port":null,
 "uptime":60,"max_connections":100,"connections":2,"longest_xact":0,"waiting_locks":0,
 "xact":{"commit":5,"rollback":0,"hit":0,"read":0},"databases":[],"archive_mode":"off",
 "archiver":{"failed":0,"last_wal":null,"last_age":null,"last_failed_wal":null},"replicas":[],
 "receiver":{"status":"streaming","sender":"10.10.10.11:5432"},"own_lag_bytes":8192,"own_lag_seconds":3.5,
 "replay_paused":false})J";

constexpr char kInfoPrimary[] = "# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\nuptime_in_seconds:120\r\n"
                                "\r\n# Clients\r\nconnected_clients:12\r\n\r\n# Memory\r\nused_memory:1048576\r\n"
                                "maxmemory:4194304\r\nmaxmemory_policy:allkeys-lru\r\n\r\n# Persistence\r\n"
                                "rdb_last_save_time:1000\r\nrdb_last_bgsave_status:ok\r\n\r\n# Stats\r\n"
                                "total_commands_processed:5000\r\ninstantaneous_ops_per_sec:42\r\nkeyspace_hits:90\r\n"
                                "keyspace_misses:10\r\nevicted_keys:7\r\n\r\n# Replication\r\nrole:master\r\n"
                                "connected_slaves:2\r\n"
                                "slave0:ip=10.0.0.2,port=6380,state=online,offset=9000,lag=0\r\n"
                                "slave1:ip=10.0.0.3,port=6381,state=wait_bgsave,offset=0,lag=5\r\n"
                                "master_repl_offset:10000\r\n\r\n# Keyspace\r\n"
                                "db0:keys=10,expires=1,avg_ttl=0\r\ndb10:keys=5,expires=0,avg_ttl=0\r\n"
                                "db2:keys=1,expires=0,avg_ttl=0\r\n";

constexpr char kInfoReplica[] = "# Server\r\nredis_version:7.0.15\r\n# Replication\r\nrole:slave\r\n"
                                "master_host:10.0.0.1\r\nmaster_port:6379\r\nmaster_link_status:down\r\n"
                                "master_last_io_seconds_ago:-1\r\nrdb_last_bgsave_status:err\r\n"
                                "total_commands_processed:10\r\n";

} // namespace

class TestHealthDbParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollQueryIsOneJsonSelect();
    void primaryFirstPoll();
    void primaryRatesAndArchiveFailures();
    void countersResetGiveNoRates();
    void replicaOwnLag();
    void shortError_data();
    void shortError();
    void parseInfo();
    void redisPrimary();
    void redisRates();
    void redisReplica();
};

void TestHealthDbParse::pollQueryIsOneJsonSelect()
{
    const QByteArray sql = pghealth::pollQuery();
    QVERIFY(sql.startsWith("SELECT json_build_object("));
    QVERIFY(!sql.contains(';'));
    // Functions that fail during recovery stay behind a CASE.
    QVERIFY(sql.contains("CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn()"));
}

void TestHealthDbParse::primaryFirstPoll()
{
    HealthSnapshot s;
    const pghealth::PgCounters counters = pghealth::readPollResult(json(kPrimary), {}, 0, s);
    QVERIFY(counters.valid);
    QCOMPARE(counters.commits, 10000.0);
    QCOMPARE(s.facts.value(u"role"_s), u"primary"_s);
    QCOMPARE(s.facts.value(u"server_address"_s), u"10.10.10.11:5432"_s);
    QCOMPARE(s.facts.value(u"last_archived_wal"_s), u"00000001000000000000000A"_s);
    QCOMPARE(metricOf(s, metric::kPgConnections), 50.0);
    QCOMPARE(metricOf(s, metric::kPgConnectionsPercent), 25.0);
    QCOMPARE(metricOf(s, metric::kPgUptimeSeconds), 3600.5);
    QCOMPARE(metricOf(s, metric::kPgCacheHitPercent), 90.0);
    QCOMPARE(metricOf(s, metric::kPgDatabaseBytes), 8000000.0);
    QCOMPARE(metricOf(s, metric::kPgReplicas), 2.0);
    QCOMPARE(metricOf(s, metric::kPgReplicationLagBytes), 900000.0);
    QCOMPARE(metricOf(s, metric::kPgReplicationLagSeconds), 7.25);
    QCOMPARE(metricOf(s, metric::kPgLongestTransactionSeconds), 12.5);
    QCOMPARE(metricOf(s, metric::kPgWaitingLocks), 3.0);
    QCOMPARE(metricOf(s, metric::kPgArchiveFailures), 2.0);
    QCOMPARE(metricOf(s, metric::kPgLastArchiveAgeSeconds), 30.0);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kPgTps)));
    const QList<HealthDetailRow> replicas = s.details.value(u"replicas"_s);
    QCOMPARE(replicas.size(), 2);
    QCOMPARE(replicas.at(1).name, u"10.10.10.13"_s); // no application_name: the address
    QCOMPARE(replicas.at(0).values.value(u"lag_bytes"_s), 4096.0);
    QCOMPARE(s.details.value(u"databases"_s).at(1).values.value(u"size_bytes"_s), 7000000.0);
    // The replica still catching up degrades the primary; old archive failures do not.
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"10.10.10.13 is catchup"_s), qPrintable(s.reason));
    QVERIFY(!s.reason.contains(u"archiving"_s));
}

void TestHealthDbParse::primaryRatesAndArchiveFailures()
{
    pghealth::PgCounters previous;
    previous.valid = true;
    previous.commits = 9000;
    previous.rollbacks = 90;
    previous.blocksHit = 8500;
    previous.blocksRead = 500;
    previous.archiveFailures = 1;
    HealthSnapshot s;
    pghealth::readPollResult(json(kPrimary), previous, 2.0, s);
    QCOMPARE(metricOf(s, metric::kPgCommitsPerSecond), 500.0);
    QCOMPARE(metricOf(s, metric::kPgRollbacksPerSecond), 5.0);
    QCOMPARE(metricOf(s, metric::kPgTps), 505.0);
    QCOMPARE(metricOf(s, metric::kPgCacheHitPercent), 50.0); // 500 hits, 500 reads since the last poll
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"archiving failed 1 time"_s), qPrintable(s.reason));
}

void TestHealthDbParse::countersResetGiveNoRates()
{
    pghealth::PgCounters previous;
    previous.valid = true;
    previous.commits = 20000; // more than now: pg_stat_reset() in between
    HealthSnapshot s;
    pghealth::readPollResult(json(kPrimary), previous, 1.0, s);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kPgTps)));
}

void TestHealthDbParse::replicaOwnLag()
{
    HealthSnapshot s;
    pghealth::readPollResult(json(kReplica), {}, 0, s);
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(s.facts.value(u"role"_s), u"replica"_s);
    QCOMPARE(s.facts.value(u"upstream"_s), u"10.10.10.11:5432"_s);
    QVERIFY(!s.facts.contains(u"server_address"_s)); // a Unix socket has no address
    QCOMPARE(metricOf(s, metric::kPgReplicationLagBytes), 8192.0);
    QCOMPARE(metricOf(s, metric::kPgReplicationLagSeconds), 3.5);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kPgCacheHitPercent))); // no block touched yet
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kPgLastArchiveAgeSeconds)));

    QJsonObject broken = json(kReplica);
    broken.insert(u"receiver"_s, QJsonValue::Null);
    broken.insert(u"replay_paused"_s, true);
    HealthSnapshot d;
    pghealth::readPollResult(broken, {}, 0, d);
    QCOMPARE(d.status, HealthStatus::Degraded);
    QVERIFY2(d.reason.contains(u"no WAL receiver"_s) && d.reason.contains(u"paused"_s), qPrintable(d.reason));
}

void TestHealthDbParse::shortError_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << QByteArray("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password "
                                            "authentication failed for user \"postgres\"\n")
                              << u"password authentication failed for user \"postgres\""_s;
    QTest::newRow("refused") << QByteArray("connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
                                           "\tIs the server running on that host and accepting TCP/IP connections?\n")
                             << u"Connection refused"_s;
    QTest::newRow("socket") << QByteArray("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file "
                                          "or directory\n\tIs the server running locally?\n")
                            << u"No such file or directory"_s;
    QTest::newRow("query") << QByteArray("FATAL:  terminating connection due to administrator command\n")
                           << u"terminating connection due to administrator command"_s;
    QTest::newRow("empty") << QByteArray("\n") << u"the connection failed without a message"_s;
}

void TestHealthDbParse::shortError()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    QCOMPARE(pghealth::shortError(message), expected);
}

void TestHealthDbParse::parseInfo()
{
    const auto info = redishealth::parseInfo(kInfoPrimary);
    QCOMPARE(info.value("redis_version").toByteArray(), QByteArray("7.0.15"));
    QCOMPARE(info.value("role").toByteArray(), QByteArray("master"));
    QVERIFY(!info.contains("# Server"));
    QCOMPARE(info.size(), 22);
    const auto fields = redishealth::parseFields(info.value("slave0"));
    QCOMPARE(fields.value("ip").toByteArray(), QByteArray("10.0.0.2"));
    QCOMPARE(fields.value("offset").toByteArray(), QByteArray("9000"));
    QCOMPARE(fields.value("lag").toByteArray(), QByteArray("0"));
}

void TestHealthDbParse::redisPrimary()
{
    HealthSnapshot s;
    const auto counters = redishealth::readInfo(redishealth::parseInfo(kInfoPrimary), {}, 0, 1060, s);
    QVERIFY(counters.valid);
    QCOMPARE(s.facts.value(u"role"_s), u"primary"_s);
    QCOMPARE(s.facts.value(u"version"_s), u"7.0.15"_s);
    QCOMPARE(metricOf(s, metric::kRedisConnectedClients), 12.0);
    QCOMPARE(metricOf(s, metric::kRedisMemoryPercent), 25.0);
    QCOMPARE(metricOf(s, metric::kRedisOpsPerSecond), 42.0); // the server's estimate on the first poll
    QCOMPARE(metricOf(s, metric::kRedisHitPercent), 90.0);
    QCOMPARE(metricOf(s, metric::kRedisEvictedKeys), 7.0);
    QCOMPARE(metricOf(s, metric::kRedisKeys), 16.0);
    QCOMPARE(metricOf(s, metric::kRedisLastSaveAgeSeconds), 60.0);
    QCOMPARE(metricOf(s, metric::kRedisLastSaveOk), 1.0);
    QCOMPARE(metricOf(s, metric::kRedisConnectedReplicas), 2.0);
    QCOMPARE(metricOf(s, metric::kRedisReplicationLagBytes), 10000.0);
    const QList<HealthDetailRow> keyspaces = s.details.value(u"keyspaces"_s);
    QCOMPARE(keyspaces.size(), 3);
    QCOMPARE(keyspaces.at(1).name, u"db2"_s);
    const QList<HealthDetailRow> replicas = s.details.value(u"replicas"_s);
    QCOMPARE(replicas.size(), 2);
    QCOMPARE(replicas.at(0).name, u"10.0.0.2:6380"_s);
    QCOMPARE(replicas.at(0).values.value(u"lag_bytes"_s), 1000.0);
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"wait_bgsave"_s), qPrintable(s.reason));
}

void TestHealthDbParse::redisRates()
{
    redishealth::RedisCounters previous;
    previous.valid = true;
    previous.commands = 3000;
    previous.hits = 50;
    previous.misses = 10;
    HealthSnapshot s;
    redishealth::readInfo(redishealth::parseInfo(kInfoPrimary), previous, 4.0, 1060, s);
    QCOMPARE(metricOf(s, metric::kRedisOpsPerSecond), 500.0);
    QCOMPARE(metricOf(s, metric::kRedisHitPercent), 100.0); // 40 hits, no miss since the last poll
}

void TestHealthDbParse::redisReplica()
{
    HealthSnapshot s;
    redishealth::readInfo(redishealth::parseInfo(kInfoReplica), {}, 0, 1060, s);
    QCOMPARE(s.facts.value(u"role"_s), u"replica"_s);
    QCOMPARE(s.facts.value(u"upstream"_s), u"10.0.0.1:6379"_s);
    QCOMPARE(metricOf(s, metric::kRedisLastSaveOk), 0.0);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kRedisMemoryPercent)));
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"background save"_s) && s.reason.contains(u"link to the primary is down"_s),
        qPrintable(s.reason));
}

QTEST_GUILESS_MAIN(TestHealthDbParse)
#include "tst_healthdbparse.moc"
