// SPDX-License-Identifier: GPL-3.0-or-later
// RedisProbe against real Redis 7: the fixture's server (AUTH, metrics, a kept connection, a
// wrong or missing password), and a primary + replica the test starts itself (ops/sec under
// redis-benchmark, replication offset lag while the replica is stopped, a link going down,
// a stopped server turning the probe Down within two intervals and Up again after a restart).
#include "health/metricnames.h"
#include "health/redisprobe.h"
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
using stackyard::test::LocalRedis;
using stackyard::test::TestServers;

namespace {

HealthTarget redisTarget(const QString &instance, int port)
{
    return localTarget(TargetKind::Redis, u"redis-test"_s, instance, port);
}

} // namespace

class TestIntegrationHealthRedis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void harnessServerMetrics();
    void connectionIsKeptBetweenPolls();
    void wrongPasswordIsDown();
    void missingPasswordIsDown();
    void closedPortIsDown();
    void silentServerTimesOut();
    void hostNameIsResolved();
    void aclUserAndDatabase();
    void redisBenchmarkShowsOps();
    void replication();
    void stoppedServerIsDownWithinTwoIntervals();
    void pollsOnAWorkerThread();
    void cleanupTestCase();

private:
    RedisConnectionSettings harnessSettings() const;

    TestServers mServers;
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<LocalRedis> mPrimary;
    std::unique_ptr<LocalRedis> mReplica;
};

void TestIntegrationHealthRedis::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mPrimary = std::make_unique<LocalRedis>(mDir->filePath(u"primary"_s), test::freeTcpPort());
    QVERIFY2(mPrimary->start(), qPrintable(mPrimary->errorString()));
}

RedisConnectionSettings TestIntegrationHealthRedis::harnessSettings() const
{
    RedisConnectionSettings settings;
    settings.host = mServers.value(u"REDIS_HOST"_s);
    settings.port = mServers.intValue(u"REDIS_PORT"_s);
    settings.password = mServers.value(u"REDIS_PASSWORD"_s);
    return settings;
}

void TestIntegrationHealthRedis::harnessServerMetrics()
{
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mServers.intValue(u"REDIS_PORT"_s)), harnessSettings());
    const auto first = pollOnce(probe);
    QVERIFY(first);
    QVERIFY2(first->status == HealthStatus::Up, qPrintable(describe(*first)));
    QVERIFY(first->reason.isEmpty());
    QVERIFY2(first->facts.value(u"version"_s).startsWith(u"7."_s), qPrintable(first->facts.value(u"version"_s)));
    QCOMPARE(first->facts.value(u"role"_s), u"primary"_s);
    QCOMPARE(first->facts.value(u"server_address"_s), u"127.0.0.1:%1"_s.arg(mServers.value(u"REDIS_PORT"_s)));
    QVERIFY(metricOf(*first, metric::kRedisConnectedClients) >= 1);
    QVERIFY(metricOf(*first, metric::kRedisUsedMemoryBytes) > 100000);
    QCOMPARE(metricOf(*first, metric::kRedisMaxMemoryBytes), 0.0); // the harness sets no limit
    QVERIFY(!first->metrics.contains(QString::fromLatin1(metric::kRedisMemoryPercent)));
    QCOMPARE(metricOf(*first, metric::kRedisConnectedReplicas), 0.0);
    QCOMPARE(metricOf(*first, metric::kRedisLastSaveOk), 1.0);
    QVERIFY(metricOf(*first, metric::kRedisLastSaveAgeSeconds) >= 0);
    QVERIFY(metricOf(*first, metric::kRedisUptimeSeconds) >= 0);
    QVERIFY(metricOf(*first, metric::kRedisKeys) >= 0);
    QVERIFY(metricOf(*first, metric::kRedisEvictedKeys) >= 0);
    QVERIFY(first->metrics.contains(QString::fromLatin1(metric::kRedisOpsPerSecond)));

    QTest::qWait(300);
    const auto second = pollOnce(probe);
    QVERIFY(second);
    QCOMPARE(second->status, HealthStatus::Up);
    // At least this probe's own INFO since the first poll.
    QVERIFY2(metricOf(*second, metric::kRedisOpsPerSecond) > 0, qPrintable(describe(*second)));
}

void TestIntegrationHealthRedis::connectionIsKeptBetweenPolls()
{
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mPrimary->port()),
        RedisConnectionSettings { u"127.0.0.1"_s, mPrimary->port(), {}, {}, 0, 5 });
    for (int i = 0; i < 5; ++i) {
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Up);
        QVERIFY(probe.connected());
    }
    // The probe's connection plus the one asking.
    QCOMPARE(mPrimary->command({ u"CLIENT"_s, u"LIST"_s }).count(u"cmd=info"_s), 1);
}

void TestIntegrationHealthRedis::wrongPasswordIsDown()
{
    RedisConnectionSettings settings = harnessSettings();
    settings.password = u"not-the-password-4711"_s;
    RedisProbe probe(redisTarget(u"redis-test-1"_s, settings.port), settings);
    for (int i = 0; i < 2; ++i) {
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Down);
        QVERIFY2(s->reason.startsWith(u"WRONGPASS"_s), qPrintable(s->reason));
        QVERIFY(!s->reason.contains(settings.password));
        QVERIFY(s->metrics.isEmpty());
    }
}

void TestIntegrationHealthRedis::missingPasswordIsDown()
{
    RedisConnectionSettings settings = harnessSettings();
    settings.password.clear();
    RedisProbe probe(redisTarget(u"redis-test-1"_s, settings.port), settings);
    const auto s = pollOnce(probe);
    QVERIFY(s);
    QCOMPARE(s->status, HealthStatus::Down);
    QVERIFY2(s->reason.startsWith(u"NOAUTH"_s), qPrintable(s->reason));
}

void TestIntegrationHealthRedis::closedPortIsDown()
{
    const int port = test::freeTcpPort();
    RedisProbe probe(
        redisTarget(u"redis-test-9"_s, port), RedisConnectionSettings { u"127.0.0.1"_s, port, {}, {}, 0, 5 });
    const auto s = pollOnce(probe);
    QVERIFY(s);
    QCOMPARE(s->status, HealthStatus::Down);
    QVERIFY2(s->reason.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(s->reason));
}

// A server that accepts the connection and never says a word: the poll ends Down at the
// probe's timeout, the connection is dropped, and the next poll tries afresh.
void TestIntegrationHealthRedis::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    RedisProbe probe(redisTarget(u"redis-test-9"_s, silent.serverPort()),
        RedisConnectionSettings { u"127.0.0.1"_s, silent.serverPort(), u"secret"_s, {}, 0, 5 });
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

void TestIntegrationHealthRedis::hostNameIsResolved()
{
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mPrimary->port()),
        RedisConnectionSettings { u"localhost"_s, mPrimary->port(), {}, {}, 0, 5 });
    const auto s = pollOnce(probe);
    QVERIFY(s);
    QVERIFY2(s->status == HealthStatus::Up, qPrintable(describe(*s)));
}

// A Redis 6+ ACL user: AUTH with username and password; a database index the user may not
// SELECT makes the probe Down with the server's NOPERM reason.
void TestIntegrationHealthRedis::aclUserAndDatabase()
{
    QCOMPARE(mPrimary->command({ u"ACL"_s, u"SETUSER"_s, u"healthmon"_s, u"on"_s, u">monitor-pw"_s, u"-@all"_s,
                 u"+info"_s, u"+ping"_s }),
        u"OK"_s);
    RedisConnectionSettings settings { u"127.0.0.1"_s, mPrimary->port(), u"monitor-pw"_s, u"healthmon"_s, 0, 5 };
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mPrimary->port()), settings);
    auto s = pollOnce(probe);
    QVERIFY(s);
    QVERIFY2(s->status == HealthStatus::Up, qPrintable(describe(*s)));

    settings.password = u"not-the-password"_s;
    RedisProbe wrong(redisTarget(u"redis-test-1"_s, mPrimary->port()), settings);
    s = pollOnce(wrong);
    QVERIFY(s);
    QCOMPARE(s->status, HealthStatus::Down);
    QVERIFY2(s->reason.startsWith(u"WRONGPASS"_s), qPrintable(s->reason));

    settings.password = u"monitor-pw"_s;
    settings.db = 3;
    RedisProbe noSelect(redisTarget(u"redis-test-1"_s, mPrimary->port()), settings);
    s = pollOnce(noSelect);
    QVERIFY(s);
    QCOMPARE(s->status, HealthStatus::Down);
    QVERIFY2(s->reason.startsWith(u"NOPERM"_s), qPrintable(s->reason));

    QCOMPARE(mPrimary->command({ u"ACL"_s, u"SETUSER"_s, u"healthmon"_s, u"+select"_s }), u"OK"_s);
    s = pollOnce(noSelect);
    QVERIFY(s);
    QVERIFY2(s->status == HealthStatus::Up, qPrintable(describe(*s)));
    QCOMPARE(mPrimary->command({ u"ACL"_s, u"DELUSER"_s, u"healthmon"_s }), u"1"_s);
}

void TestIntegrationHealthRedis::redisBenchmarkShowsOps()
{
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mPrimary->port()),
        RedisConnectionSettings { u"127.0.0.1"_s, mPrimary->port(), {}, {}, 0, 5 });
    QVERIFY(pollOnce(probe));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(u"redis-benchmark"_s,
        { u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(mPrimary->port()), u"-q"_s, u"-n"_s, u"200000"_s, u"-t"_s,
            u"set,get"_s, u"-r"_s, u"1000"_s });
    QVERIFY(bench.waitForStarted());
    double maxOps = 0;
    double maxClients = 0;
    while (bench.state() != QProcess::NotRunning) {
        QTest::qWait(500);
        const auto s = pollOnce(probe);
        QVERIFY(s);
        QCOMPARE(s->status, HealthStatus::Up);
        maxOps = std::max(maxOps, metricOf(*s, metric::kRedisOpsPerSecond, 0));
        maxClients = std::max(maxClients, metricOf(*s, metric::kRedisConnectedClients, 0));
    }
    QVERIFY2(bench.exitCode() == 0, bench.readAll().constData());
    qInfo("redis-benchmark -n 200000: the probe saw up to %.0f ops/s and %.0f clients", maxOps, maxClients);
    QVERIFY2(maxOps > 1000, qPrintable(QString::number(maxOps)));
    QVERIFY(maxClients > 1);
    const auto after = pollOnce(probe);
    QVERIFY(after);
    QVERIFY(metricOf(*after, metric::kRedisKeys) >= 1);
    QVERIFY(metricOf(*after, metric::kRedisMemoryPercent) > 0); // maxmemory 64mb
    QVERIFY(metricOf(*after, metric::kRedisHitPercent) > 0);
    QCOMPARE(after->details.value(u"keyspaces"_s).value(0).name, u"db0"_s);
}

void TestIntegrationHealthRedis::replication()
{
    mReplica
        = std::make_unique<LocalRedis>(mDir->filePath(u"replica"_s), test::freeTcpPort(), QString(), mPrimary->port());
    QVERIFY2(mReplica->start(), qPrintable(mReplica->errorString()));
    RedisProbe primaryProbe(redisTarget(u"redis-test-1"_s, mPrimary->port()),
        RedisConnectionSettings { u"127.0.0.1"_s, mPrimary->port(), {}, {}, 0, 5 });
    RedisProbe replicaProbe(redisTarget(u"redis-test-2"_s, mReplica->port()),
        RedisConnectionSettings { u"127.0.0.1"_s, mReplica->port(), {}, {}, 0, 5 });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(replicaProbe);
            return s && s->status == HealthStatus::Up;
        }(),
        30000);
    auto r = pollOnce(replicaProbe);
    QVERIFY(r);
    QCOMPARE(r->facts.value(u"role"_s), u"replica"_s);
    QCOMPARE(r->facts.value(u"master_link_status"_s), u"up"_s);
    QCOMPARE(r->facts.value(u"upstream"_s), u"127.0.0.1:%1"_s.arg(mPrimary->port()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(primaryProbe);
            return s && metricOf(*s, metric::kRedisConnectedReplicas) == 1
                && s->details.value(u"replicas"_s).value(0).text.value(u"state"_s) == u"online"_s;
        }(),
        30000);
    auto p = pollOnce(primaryProbe);
    QVERIFY(p);
    QVERIFY2(p->status == HealthStatus::Up, qPrintable(describe(*p)));
    QCOMPARE(p->details.value(u"replicas"_s).value(0).name, u"127.0.0.1:%1"_s.arg(mReplica->port()));

    // The replica stops acknowledging while the primary writes: its offset falls behind.
    mReplica->pause();
    for (int i = 0; i < 100; ++i)
        QCOMPARE(mPrimary->command({ u"SET"_s, u"lag:%1"_s.arg(i), QString(1000, u'x') }), u"OK"_s);
    p = pollOnce(primaryProbe);
    QVERIFY(p);
    qInfo("primary while the replica is stopped: %s", qPrintable(describe(*p)));
    QVERIFY(metricOf(*p, metric::kRedisReplicationLagBytes) > 100000);
    QVERIFY(p->details.value(u"replicas"_s).value(0).values.value(u"lag_bytes"_s) > 100000);
    mReplica->resume();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(primaryProbe);
            return s && metricOf(*s, metric::kRedisReplicationLagBytes) == 0;
        }(),
        30000);
    QCOMPARE(mReplica->command({ u"GET"_s, u"lag:99"_s }), QString(1000, u'x'));

    // A replica whose primary is gone is Degraded, not Down.
    LocalRedis orphanPrimary(mDir->filePath(u"gone"_s), test::freeTcpPort());
    QVERIFY2(orphanPrimary.start(), qPrintable(orphanPrimary.errorString()));
    QCOMPARE(mReplica->command({ u"REPLICAOF"_s, u"127.0.0.1"_s, QString::number(orphanPrimary.port()) }), u"OK"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(replicaProbe);
            return s && s->facts.value(u"master_link_status"_s) == u"up"_s;
        }(),
        30000);
    orphanPrimary.stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = pollOnce(replicaProbe);
            return s && s->status == HealthStatus::Degraded && s->reason.contains(u"link to the primary"_s);
        }(),
        30000);
    mReplica->stop();
}

// Polled every 500 ms: Down within two intervals of the server stopping, Up again after a
// restart on the same port (the probe reconnects by itself).
void TestIntegrationHealthRedis::stoppedServerIsDownWithinTwoIntervals()
{
    RedisProbe probe(redisTarget(u"redis-test-1"_s, mPrimary->port()),
        RedisConnectionSettings { u"127.0.0.1"_s, mPrimary->port(), {}, {}, 0, 5 });
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

    mPrimary->stop();
    const qint64 stoppedAt = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(seen.last().second.status == HealthStatus::Down, 5000);
    qint64 downAt = -1;
    QString reason;
    for (const auto &[at, s] : seen)
        if (s.status == HealthStatus::Down && downAt < 0) {
            downAt = at;
            reason = s.reason;
        }
    qInfo("Down %lld ms after redis-server stopped: %s", downAt - stoppedAt, qPrintable(reason));
    QVERIFY2(downAt - stoppedAt <= 2 * kInterval, qPrintable(QString::number(downAt - stoppedAt)));
    QVERIFY(!reason.isEmpty());

    QVERIFY2(mPrimary->start(), qPrintable(mPrimary->errorString()));
    const qint64 startedAt = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(seen.last().second.status == HealthStatus::Up, 2 * kInterval + 1000);
    qInfo("Up again %lld ms after redis-server answered PING", clock.elapsed() - startedAt);
    interval.stop();
    QTRY_VERIFY(!probe.busy());
}

// A probe created on a worker thread polls there (its sockets on that thread's event loop) and
// its snapshot reaches the main thread by a queued signal.
void TestIntegrationHealthRedis::pollsOnAWorkerThread()
{
    pollsUpOnAWorkerThread(this, [this]() -> HealthProbe * { return new RedisProbe(redisTarget(u"redis-test-1"_s, mServers.intValue(u"REDIS_PORT"_s)), harnessSettings()); });
}

void TestIntegrationHealthRedis::cleanupTestCase()
{
    mReplica.reset();
    mPrimary.reset();
    mDir.reset();
}

QTEST_GUILESS_MAIN(TestIntegrationHealthRedis)
#include "tst_integration_healthredis.moc"
