// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresProbe against real PostgreSQL 15: the fixture's server (metrics, facts, a kept
// connection, pgbench load, a wrong password, a closed port), and a primary + streaming
// replica the test starts itself (replica lag with replay paused, a stopped primary turning
// the probe Down within two intervals and Up again after a restart).
#include "health/metricnames.h"
#include "health/postgresprobe.h"
#include "localdbservers.h"
#include "probetesting.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace stackyard;
using namespace stackyard::test;
using stackyard::test::LocalPostgres;
using stackyard::test::TestServers;

namespace {

HealthTarget pgTarget(const QString &instance, int port)
{
    return localTarget(TargetKind::Postgres, u"pg-test"_s, instance, port);
}

} // namespace

class TestIntegrationHealthPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void harnessServerMetrics();
    void connectionIsKeptBetweenPolls();
    void pgbenchShowsTpsAndConnections();
    void wrongPasswordIsDownWithAuthenticationError();
    void closedPortIsDown();
    void hostNameIsResolved();
    void silentServerTimesOut();
    void replicaShowsLag();
    void monitoringRoleIsEnough();
    void stoppedPrimaryIsDownWithinTwoIntervals();
    void pollsOnAWorkerThread();
    void cleanupTestCase();

private:
    PgConnectionSettings harnessSettings() const;

    TestServers mServers;
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<LocalPostgres> mPrimary;
    std::unique_ptr<LocalPostgres> mReplica;
};

void TestIntegrationHealthPg::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
}

PgConnectionSettings TestIntegrationHealthPg::harnessSettings() const
{
    PgConnectionSettings settings;
    settings.host = mServers.value(u"PG_HOST"_s);
    settings.port = mServers.intValue(u"PG_PORT"_s);
    settings.user = mServers.value(u"PG_USER"_s);
    settings.password = mServers.value(u"PG_PASSWORD"_s);
    settings.dbname = mServers.value(u"PG_DATABASE"_s);
    settings.sslmode = u"disable"_s;
    return settings;
}

void TestIntegrationHealthPg::harnessServerMetrics()
{
    PostgresProbe probe(pgTarget(u"pg-test-1"_s, mServers.intValue(u"PG_PORT"_s)), harnessSettings());
    const auto first = pollOnce(probe);
    QVERIFY(first);
    QCOMPARE(first->status, HealthStatus::Up);
    QVERIFY2(first->reason.isEmpty(), qPrintable(first->reason));
    QCOMPARE(first->target.id, u"postgres/pg-test/pg-test-1"_s);
    QVERIFY2(first->facts.value(u"version"_s).startsWith(u"15"_s), qPrintable(first->facts.value(u"version"_s)));
    QCOMPARE(first->facts.value(u"role"_s), u"primary"_s);
    QCOMPARE(first->facts.value(u"server_address"_s), u"127.0.0.1:%1"_s.arg(mServers.value(u"PG_PORT"_s)));
    QCOMPARE(metricOf(*first, metric::kPgMaxConnections), 100.0);
    QVERIFY(metricOf(*first, metric::kPgConnections) >= 1);
    QVERIFY(metricOf(*first, metric::kPgConnectionsPercent) > 0);
    QVERIFY(metricOf(*first, metric::kPgUptimeSeconds) > 0);
    QVERIFY(metricOf(*first, metric::kPgDatabaseBytes) > 1e6);
    QVERIFY(metricOf(*first, metric::kPgCacheHitPercent) > 0);
    QCOMPARE(metricOf(*first, metric::kPgWaitingLocks), 0.0);
    QCOMPARE(metricOf(*first, metric::kPgArchiveFailures), 0.0);
    QCOMPARE(metricOf(*first, metric::kPgReplicas), 0.0);
    QVERIFY(metricOf(*first, metric::kPgLongestTransactionSeconds) >= 0);
    // Rates need a previous poll.
    QVERIFY(!first->metrics.contains(QString::fromLatin1(metric::kPgTps)));
    bool sawPostgres = false;
    for (const HealthDetailRow &row : first->details.value(u"databases"_s))
        if (row.name == u"postgres"_s)
            sawPostgres = row.values.value(u"size_bytes"_s) > 0;
    QVERIFY(sawPostgres);
    QVERIFY(first->durationMs >= 0);

    QTest::qWait(300);
    const auto second = pollOnce(probe);
    QVERIFY(second);
    QCOMPARE(second->status, HealthStatus::Up);
    QVERIFY(second->metrics.contains(QString::fromLatin1(metric::kPgTps)));
    QVERIFY(metricOf(*second, metric::kPgCommitsPerSecond) >= 0);
    QCOMPARE(metricOf(*second, metric::kPgRollbacksPerSecond) + metricOf(*second, metric::kPgCommitsPerSecond),
        metricOf(*second, metric::kPgTps));
}

// One connection serves every poll: the server sees one stackyard-health session.
void TestIntegrationHealthPg::connectionIsKeptBetweenPolls()
{
    PostgresProbe probe(pgTarget(u"pg-test-1"_s, mServers.intValue(u"PG_PORT"_s)), harnessSettings());
    for (int i = 0; i < 5; ++i) {
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Up);
        QVERIFY(probe.connected());
    }
    LocalPostgres harness(QString(), mServers.intValue(u"PG_PORT"_s), mServers.value(u"PG_PASSWORD"_s));
    const QString backends = harness.query(
        u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'stackyard-health' AND pid <> pg_backend_pid()"_s);
    QCOMPARE(backends, u"1"_s);
}

void TestIntegrationHealthPg::pgbenchShowsTpsAndConnections()
{
    LocalPostgres harness(QString(), mServers.intValue(u"PG_PORT"_s), mServers.value(u"PG_PASSWORD"_s));
    const QString db = u"stackyard_health_pgbench"_s;
    harness.query(u"DROP DATABASE IF EXISTS "_s + db);
    QCOMPARE(harness.query(u"CREATE DATABASE "_s + db), QString());

    QTemporaryDir scratch;
    const QString passfile = scratch.filePath(u"pgpass"_s);
    {
        QFile f(passfile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:*:" + mServers.value(u"PG_PASSWORD"_s).toUtf8() + '\n');
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString pgbench = LocalPostgres::binDir() + u"/pgbench"_s;
    const QStringList connection { u"-h"_s, mServers.value(u"PG_HOST"_s), u"-p"_s, mServers.value(u"PG_PORT"_s),
        u"-U"_s, mServers.value(u"PG_USER"_s) };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSFILE"_s, passfile);
    QProcess init;
    init.setProcessEnvironment(env);
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(pgbench, QStringList { u"-i"_s, u"-q"_s } + connection + QStringList { db });
    QVERIFY(init.waitForFinished(120000));
    QVERIFY2(init.exitCode() == 0, init.readAll().constData());

    PostgresProbe probe(pgTarget(u"pg-test-1"_s, mServers.intValue(u"PG_PORT"_s)), harnessSettings());
    QVERIFY(pollOnce(probe));

    QProcess bench;
    bench.setProcessEnvironment(env);
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(pgbench, QStringList { u"-c"_s, u"4"_s, u"-T"_s, u"5"_s } + connection + QStringList { db });
    QVERIFY(bench.waitForStarted());
    double maxTps = 0;
    double maxConnections = 0;
    while (bench.state() != QProcess::NotRunning) {
        QTest::qWait(500);
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Up);
        maxTps = std::max(maxTps, metricOf(*s, metric::kPgTps, 0));
        maxConnections = std::max(maxConnections, metricOf(*s, metric::kPgConnections, 0));
    }
    QVERIFY2(bench.exitCode() == 0, bench.readAll().constData());
    qInfo("pgbench -c 4 -T 5: the probe saw up to %.0f TPS and %.0f connections", maxTps, maxConnections);
    // pgbench commits hundreds of transactions a second even here; the probe alone makes ~2.
    QVERIFY2(maxTps > 20, qPrintable(QString::number(maxTps)));
    QVERIFY2(maxConnections >= 4, qPrintable(QString::number(maxConnections)));
    harness.query(u"DROP DATABASE "_s + db);
}

void TestIntegrationHealthPg::wrongPasswordIsDownWithAuthenticationError()
{
    PgConnectionSettings settings = harnessSettings();
    settings.password = u"not-the-password-4711"_s;
    PostgresProbe probe(pgTarget(u"pg-test-1"_s, settings.port), settings);
    for (int i = 0; i < 2; ++i) {
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Down);
        QVERIFY2(s->reason.contains(u"password authentication failed"_s), qPrintable(s->reason));
        QVERIFY(!s->reason.contains(settings.password));
        QVERIFY(s->metrics.isEmpty());
        QVERIFY(!probe.connected());
    }
}

void TestIntegrationHealthPg::closedPortIsDown()
{
    PgConnectionSettings settings = harnessSettings();
    settings.port = test::freeTcpPort();
    PostgresProbe probe(pgTarget(u"pg-test-9"_s, settings.port), settings);
    const auto s = pollOnce(probe);
    QVERIFY(s);
    QCOMPARE(s->status, HealthStatus::Down);
    QVERIFY2(s->reason.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(s->reason));
}

// A server that accepts the connection and never says a word: the poll ends Down at the
// probe's timeout, the connection is dropped, and the next poll tries afresh.
void TestIntegrationHealthPg::hostNameIsResolved()
{
    PgConnectionSettings settings = harnessSettings();
    settings.host = u"localhost"_s;
    PostgresProbe probe(pgTarget(u"pg-test-1"_s, settings.port), settings);
    const auto s = pollOnce(probe);
    QVERIFY(s);
    QVERIFY2(s->status == HealthStatus::Up, qPrintable(describe(*s)));
}

void TestIntegrationHealthPg::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PgConnectionSettings settings = harnessSettings();
    settings.port = silent.serverPort();
    PostgresProbe probe(pgTarget(u"pg-test-9"_s, settings.port), settings);
    probe.setTimeoutMs(700);
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Down);
        QVERIFY2(s->reason.contains(u"0.7 s"_s), qPrintable(s->reason));
        QVERIFY(timer.elapsed() >= 650);
        QVERIFY(!probe.connected());
    }
}

void TestIntegrationHealthPg::replicaShowsLag()
{
    mDir = std::make_unique<QTemporaryDir>(u"/tmp/stackyard-healthpg-XXXXXX"_s);
    QVERIFY(mDir->isValid());
    // The postgres OS user traverses it to reach its clusters.
    QFile::setPermissions(mDir->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ExeGroup
            | QFileDevice::ExeOther);
    const QString password = u"health-test-pw"_s;
    mPrimary = std::make_unique<LocalPostgres>(mDir->filePath(u"primary"_s), test::freeTcpPort(), password);
    QVERIFY2(mPrimary->init(), qPrintable(mPrimary->errorString()));
    QVERIFY2(mPrimary->start(), qPrintable(mPrimary->errorString()));
    mReplica = std::make_unique<LocalPostgres>(mDir->filePath(u"replica"_s), test::freeTcpPort(), password);
    QVERIFY2(mReplica->initReplicaOf(*mPrimary), qPrintable(mReplica->errorString()));
    QVERIFY2(mReplica->start(), qPrintable(mReplica->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        mPrimary->query(u"SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"_s), u"1"_s, 30000);

    PgConnectionSettings settings;
    settings.port = mPrimary->port();
    settings.password = password;
    PostgresProbe primaryProbe(pgTarget(u"pg-test-1"_s, mPrimary->port()), settings);
    settings.port = mReplica->port();
    PostgresProbe replicaProbe(pgTarget(u"pg-test-2"_s, mReplica->port()), settings);

    auto p = pollOnce(primaryProbe);
    QVERIFY(p);
    QVERIFY2(p->status == HealthStatus::Up, qPrintable(describe(*p)));
    QCOMPARE(metricOf(*p, metric::kPgReplicas), 1.0);
    const QList<HealthDetailRow> replicas = p->details.value(u"replicas"_s);
    QCOMPARE(replicas.size(), 1);
    QCOMPARE(replicas.first().text.value(u"state"_s), u"streaming"_s);
    QCOMPARE(replicas.first().text.value(u"client_addr"_s), u"127.0.0.1"_s);
    auto r = pollOnce(replicaProbe);
    QVERIFY(r);
    QVERIFY2(r->status == HealthStatus::Up, qPrintable(describe(*r)));
    QCOMPARE(r->facts.value(u"role"_s), u"replica"_s);
    QCOMPARE(r->facts.value(u"wal_receiver"_s), u"streaming"_s);
    QCOMPARE(r->facts.value(u"upstream"_s), u"127.0.0.1:%1"_s.arg(mPrimary->port()));

    // A transaction the replica replays (it dates the replay), then replay stops while the
    // primary keeps writing: the replica receives WAL it does not apply.
    QCOMPARE(mPrimary->query(u"CREATE TABLE lag_test AS SELECT g AS id FROM generate_series(1, 1000) g"_s), QString());
    QTRY_COMPARE_WITH_TIMEOUT(mReplica->query(u"SELECT count(*) FROM lag_test"_s), u"1000"_s, 30000);
    QCOMPARE(mReplica->query(u"SELECT pg_wal_replay_pause()"_s), QString());
    QTRY_COMPARE_WITH_TIMEOUT(mReplica->query(u"SELECT pg_get_wal_replay_pause_state()"_s), u"paused"_s, 30000);
    QTest::qWait(200);
    QCOMPARE(mPrimary->query(u"INSERT INTO lag_test SELECT g FROM generate_series(1, 50000) g"_s), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        mReplica->query(u"SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) > 0"_s), u"t"_s,
        30000);

    r = pollOnce(replicaProbe);
    QVERIFY(r);
    qInfo("replica while paused: %s", qPrintable(describe(*r)));
    QVERIFY(metricOf(*r, metric::kPgReplicationLagBytes) > 0);
    QVERIFY(metricOf(*r, metric::kPgReplicationLagSeconds) > 0);
    QCOMPARE(r->status, HealthStatus::Degraded);
    QVERIFY2(r->reason.contains(u"paused"_s), qPrintable(r->reason));
    p = pollOnce(primaryProbe);
    QVERIFY(p);
    qInfo("primary while the replica is paused: %s", qPrintable(describe(*p)));
    QVERIFY(metricOf(*p, metric::kPgReplicationLagBytes) > 0);
    QVERIFY(p->details.value(u"replicas"_s).value(0).values.value(u"lag_bytes"_s) > 0);

    QCOMPARE(mReplica->query(u"SELECT pg_wal_replay_resume()"_s), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(replicaProbe);
            return s && s->status == HealthStatus::Up && metricOf(*s, metric::kPgReplicationLagBytes) == 0
                && metricOf(*s, metric::kPgReplicationLagSeconds) == 0;
        }(),
        30000);
}

// Pigsty's dbuser_monitor is no superuser but a member of pg_monitor: that sees every row the
// probe needs, on the primary and on the replica.
void TestIntegrationHealthPg::monitoringRoleIsEnough()
{
    QVERIFY2(mPrimary && mReplica, "needs the clusters of replicaShowsLag");
    QCOMPARE(
        mPrimary->query(u"CREATE ROLE health_monitor LOGIN PASSWORD 'monitor-pw' IN ROLE pg_monitor"_s), QString());
    PgConnectionSettings settings;
    settings.user = u"health_monitor"_s;
    settings.password = u"monitor-pw"_s;
    for (const LocalPostgres *server : { mPrimary.get(), mReplica.get() }) {
        settings.port = server->port();
        PostgresProbe probe(pgTarget(u"pg-test-x"_s, server->port()), settings);
        std::optional<HealthSnapshot> s;
        // The role reaches the replica by replication.
        QTRY_VERIFY_WITH_TIMEOUT((s = pollOnce(probe)) && s->status == HealthStatus::Up, 30000);
        QVERIFY(metricOf(*s, metric::kPgConnections) >= 1);
        QVERIFY(metricOf(*s, metric::kPgDatabaseBytes) > 0);
        QVERIFY(s->details.value(u"databases"_s).size() >= 1);
        if (server == mPrimary.get()) {
            const QList<HealthDetailRow> replicas = s->details.value(u"replicas"_s);
            QCOMPARE(replicas.size(), 1);
            QCOMPARE(replicas.first().text.value(u"state"_s), u"streaming"_s);
            QVERIFY(replicas.first().values.contains(u"lag_bytes"_s));
        } else {
            QCOMPARE(s->facts.value(u"wal_receiver"_s), u"streaming"_s);
        }
    }
}

// Polled every 500 ms: Down within two intervals of the primary stopping (with the reason),
// the replica Degraded (its WAL receiver lost the primary), Up again after the restart.
void TestIntegrationHealthPg::stoppedPrimaryIsDownWithinTwoIntervals()
{
    QVERIFY2(mPrimary && mReplica, "needs the clusters of replicaShowsLag");
    PgConnectionSettings settings;
    settings.port = mPrimary->port();
    settings.password = mPrimary->password();
    PostgresProbe probe(pgTarget(u"pg-test-1"_s, mPrimary->port()), settings);
    settings.port = mReplica->port();
    PostgresProbe replicaProbe(pgTarget(u"pg-test-2"_s, mReplica->port()), settings);
    constexpr int kInterval = 500;
    QList<QPair<qint64, HealthSnapshot>> seen;
    QElapsedTimer clock;
    clock.start();
    connect(&probe, &HealthProbe::finished, this, [&](const HealthSnapshot &s) {
        seen.append({ clock.elapsed(), s });
    });
    QTimer interval;
    connect(&interval, &QTimer::timeout, &probe, [&] { probe.poll(); });
    interval.start(kInterval);
    probe.poll();
    QTRY_VERIFY(!seen.isEmpty() && seen.last().second.status == HealthStatus::Up);

    auto stop = mPrimary->stopAsync();
    QVERIFY(stop->waitForStarted());
    qint64 stoppedAt = -1;
    connect(stop.get(), &QProcess::finished, this, [&] { stoppedAt = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(stoppedAt >= 0, 60000);
    QCOMPARE(stop->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(seen.last().second.status == HealthStatus::Down, 5000);
    qint64 downAt = -1;
    QString reason;
    for (const auto &[at, s] : seen)
        if (s.status == HealthStatus::Down && downAt < 0) {
            downAt = at;
            reason = s.reason;
        }
    qInfo("Down %lld ms after pg_ctl stop returned: %s", downAt - stoppedAt, qPrintable(reason));
    QVERIFY2(downAt - stoppedAt <= 2 * kInterval, qPrintable(QString::number(downAt - stoppedAt)));
    QVERIFY(!reason.isEmpty());
    QVERIFY(!reason.contains(mPrimary->password()));

    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(replicaProbe);
            return s && s->status == HealthStatus::Degraded && s->reason.contains(u"WAL receiver"_s);
        }(),
        30000);

    auto start = mPrimary->startAsync();
    QVERIFY(start->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(start->state() == QProcess::NotRunning, 60000);
    QCOMPARE(start->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(seen.last().second.status == HealthStatus::Up, 2 * kInterval + 1000);
    interval.stop();
    QTRY_VERIFY(!probe.busy());
}

// A probe created on a worker thread polls there (its sockets on that thread's event loop) and
// its snapshot reaches the main thread by a queued signal.
void TestIntegrationHealthPg::pollsOnAWorkerThread()
{
    pollsUpOnAWorkerThread(this, [this]() -> HealthProbe * { return new PostgresProbe(pgTarget(u"pg-test-1"_s, mServers.intValue(u"PG_PORT"_s)), harnessSettings()); });
}

void TestIntegrationHealthPg::cleanupTestCase()
{
    mReplica.reset();
    mPrimary.reset();
    mDir.reset();
}

QTEST_GUILESS_MAIN(TestIntegrationHealthPg)
#include "tst_integration_healthpg.moc"
