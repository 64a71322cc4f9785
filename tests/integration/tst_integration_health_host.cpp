// SPDX-License-Identifier: GPL-3.0-or-later
// HostProbe over real transports: this machine (LocalTransport), the fixture's sshd
// (SshTransport), an unreachable sshd with and without node_exporter (served by
// health/healthserver.py), an sshd that never answers (timeout), and probes deleted mid-poll.
#include "health/healthtestserver.h"
#include "health/hostprobe.h"
#include "health/metricnames.h"
#include "testservers.h"
#include "transportchecks.h"
#include "transport/hostsettings.h"
#include "transport/localtransport.h"
#include "transport/sshpool.h"
#include "transport/transport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::HealthTestServer;
using stackyard::test::TestServers;

class TestIntegrationHealthHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localHost();
    void hostOverSsh();
    void sshUnreachableNoExporter();
    void sshUnreachableExporterAnswers();
    void exporterDownCommandWorks();
    void silentSshdTimesOut();
    void deletedWhilePolling();

private:
    HostSettings sshSettings() const;
    std::shared_ptr<Transport> ssh(const HostSettings &settings);
    static HealthTarget hostTarget(const QString &host);
    static HealthSnapshot pollOnce(HostProbe &probe, int waitMs = 20000);
    static quint16 closedPort();

    TestServers mServers;
    HealthTestServer mHttp;
    QTemporaryDir mHome;
    std::unique_ptr<SshPool> mPool;
};

void TestIntegrationHealthHost::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY(mHome.isValid());
    qputenv("HOME", mHome.path().toUtf8()); // none of the user's keys, config or agent
    qunsetenv("SSH_AUTH_SOCK");
    mPool = std::make_unique<SshPool>();
    QVERIFY2(mHttp.start(), qPrintable(mHttp.errorString()));
    QFile fixture(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/node_exporter.txt"_s);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QVERIFY(mHttp.writeFile(u"node.txt"_s, fixture.readAll()));
}

void TestIntegrationHealthHost::cleanupTestCase()
{
    HostProbe::workerPool()->waitForDone(30000);
    mPool.reset();
}

HostSettings TestIntegrationHealthHost::sshSettings() const
{
    HostSettings s = stackyard::test::fixtureSshSettings(mServers);
    s.connectTimeoutMs = 4000;
    return s;
}

std::shared_ptr<Transport> TestIntegrationHealthHost::ssh(const HostSettings &settings)
{
    return Transport::create(settings, TransportOptions { {}, {}, mPool.get() });
}

HealthTarget TestIntegrationHealthHost::hostTarget(const QString &host)
{
    HealthTarget t;
    t.kind = TargetKind::Host;
    t.id = u"host/"_s + host;
    t.instance = host;
    t.host = host;
    t.address = host;
    return t;
}

HealthSnapshot TestIntegrationHealthHost::pollOnce(HostProbe &probe, int waitMs)
{
    QSignalSpy spy(&probe, &HealthProbe::finished);
    if (!probe.poll())
        qFatal("probe busy");
    if (!spy.wait(waitMs))
        qFatal("no finished() within %d ms", waitMs);
    QTest::qWait(50); // nothing else may follow
    if (spy.size() != 1)
        qFatal("finished() came %d times", int(spy.size()));
    return spy.first().first().value<HealthSnapshot>();
}

quint16 TestIntegrationHealthHost::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

static void verifyHostFigures(const HealthSnapshot &s)
{
    const auto m = [&](const char *name) { return s.metric(QString::fromLatin1(name)); };
    QVERIFY(m(metric::kHostMemoryPercent) > 0 && m(metric::kHostMemoryPercent) < 100);
    QVERIFY(m(metric::kHostMemoryTotalBytes) > 64 * 1024 * 1024);
    QVERIFY(m(metric::kHostLoad1) >= 0);
    QVERIFY(m(metric::kHostLoad15) >= 0);
    QVERIFY(m(metric::kHostSwapPercent) >= 0);
    QVERIFY(m(metric::kHostUptimeSeconds) > 0);
    QVERIFY(m(metric::kHostDiskPercent) >= 0 && m(metric::kHostDiskPercent) <= 100);
    const auto mounts = s.details.value(u"mounts"_s);
    QVERIFY(!mounts.isEmpty());
    for (const HealthDetailRow &row : mounts) {
        QVERIFY(row.name.startsWith(u'/'));
        QVERIFY(row.values.value(u"size_bytes"_s) > 0);
        QVERIFY(row.values.contains(u"percent"_s));
    }
    QVERIFY(s.facts.value(u"cpus"_s).toInt() >= 1);
}

void TestIntegrationHealthHost::localHost()
{
    HostProbe probe(hostTarget(u"localhost"_s), std::make_shared<LocalTransport>());
    HealthSnapshot s = pollOnce(probe);
    QVERIFY2(s.status == HealthStatus::Up, qPrintable(s.reason));
    verifyHostFigures(s);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kHostCpuPercent))); // no earlier reading
    QCOMPARE(s.facts.value(u"source"_s), u"proc"_s);
    QTest::qWait(300);
    s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Up);
    const double cpu = s.metric(QString::fromLatin1(metric::kHostCpuPercent));
    QVERIFY2(cpu >= 0 && cpu <= 100, qPrintable(QString::number(cpu)));
}

void TestIntegrationHealthHost::hostOverSsh()
{
    HostProbe probe(hostTarget(mServers.value(u"SSH_HOST"_s)), ssh(sshSettings()));
    HealthSnapshot s = pollOnce(probe);
    QVERIFY2(s.status == HealthStatus::Up, qPrintable(s.reason));
    verifyHostFigures(s);
    QTest::qWait(300);
    s = pollOnce(probe);
    QVERIFY2(s.status == HealthStatus::Up, qPrintable(s.reason));
    QVERIFY(s.metrics.contains(QString::fromLatin1(metric::kHostCpuPercent)));
}

void TestIntegrationHealthHost::sshUnreachableNoExporter()
{
    HostSettings settings = sshSettings();
    settings.port = closedPort();
    HostProbe probe(hostTarget(u"127.0.0.1"_s), ssh(settings));
    const HealthSnapshot s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Down);
    QVERIFY2(s.reason.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(s.reason));
    QVERIFY(s.metrics.isEmpty());
}

void TestIntegrationHealthHost::sshUnreachableExporterAnswers()
{
    HostSettings settings = sshSettings();
    settings.port = closedPort();
    HostProbeSettings probeSettings;
    probeSettings.exporterUrl = mHttp.url(u"/files/node.txt"_s);
    HostProbe probe(hostTarget(u"127.0.0.1"_s), ssh(settings), probeSettings);
    const HealthSnapshot s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"figures from node_exporter"_s), qPrintable(s.reason));
    QCOMPARE(s.facts.value(u"source"_s), u"node_exporter"_s);
    QCOMPARE(s.metric(QString::fromLatin1(metric::kHostMemoryPercent)), 25.0);
    QCOMPARE(s.metric(QString::fromLatin1(metric::kHostDiskPercent)), 90.0);
    QCOMPARE(s.details.value(u"mounts"_s).size(), 2);
}

void TestIntegrationHealthHost::exporterDownCommandWorks()
{
    HostProbeSettings probeSettings;
    probeSettings.exporterUrl = QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(closedPort()));
    HostProbe probe(hostTarget(u"localhost"_s), std::make_shared<LocalTransport>(), probeSettings);
    const HealthSnapshot s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Degraded);
    QCOMPARE(s.reason, u"node_exporter: connection refused"_s);
    QCOMPARE(s.facts.value(u"source"_s), u"proc"_s);
    verifyHostFigures(s);
}

void TestIntegrationHealthHost::silentSshdTimesOut()
{
    // Accepts TCP connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    HostSettings settings = sshSettings();
    settings.port = silent.serverPort();
    HostProbeSettings probeSettings;
    probeSettings.timeoutMs = 1500;
    HostProbe probe(hostTarget(u"127.0.0.1"_s), ssh(settings), probeSettings);
    QElapsedTimer clock;
    clock.start();
    const HealthSnapshot s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"no answer within 1.5 s"_s);
    QVERIFY(clock.elapsed() < 3000);
    // The abandoned worker's late answer never becomes a second finished().
    QSignalSpy spy(&probe, &HealthProbe::finished);
    QTest::qWait(5000);
    QCOMPARE(spy.size(), 0);
    QVERIFY(!probe.busy());
}

void TestIntegrationHealthHost::deletedWhilePolling()
{
    // The worker is still running the command when its probe goes; it must not touch it.
    for (int i = 0; i < 20; ++i) {
        auto probe = std::make_unique<HostProbe>(hostTarget(u"localhost"_s), std::make_shared<LocalTransport>());
        QVERIFY(probe->poll());
        if (i % 2)
            QTest::qWait(i);
        probe.reset();
    }
    auto remote = std::make_unique<HostProbe>(hostTarget(u"127.0.0.1"_s), ssh(sshSettings()));
    QVERIFY(remote->poll());
    remote.reset();
    QVERIFY(HostProbe::workerPool()->waitForDone(30000));
    QTest::qWait(100); // queued results for deleted probes are dropped, not delivered
}

QTEST_GUILESS_MAIN(TestIntegrationHealthHost)
#include "tst_integration_health_host.moc"
