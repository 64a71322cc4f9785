// SPDX-License-Identifier: GPL-3.0-or-later
// HttpProbe against a real HTTP server the test starts (health/healthserver.py): 200 then 500
// then 200 again, a degraded /health, a refused port, a timeout, a capped body, headers, a
// dropped connection, and deleting a probe mid-poll.
#include "health/healthtestserver.h"
#include "health/httpprobe.h"
#include "health/metricnames.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::HealthTestServer;

class TestIntegrationHealthHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyThenFailingThenHealthy();
    void failingByFileSwitch();
    void reportedFieldsOnly();
    void degradedAnswer();
    void refusedPort();
    void noAnswerInTime();
    void bodyReadIsCapped();
    void requestHeaders();
    void droppedConnection();
    void unexpectedStatusRange();
    void deletedWhilePolling();
    void notJsonHasNoFacts();

private:
    HealthSnapshot pollOnce(HttpProbe &probe, int waitMs = 10000);
    HttpProbe *probeFor(const QString &path, HttpProbeSettings settings = {});
    HealthTestServer mServer;
    std::vector<std::unique_ptr<HttpProbe>> mProbes;
};

static HealthTarget httpTarget(const QUrl &url)
{
    HealthTarget t;
    t.kind = TargetKind::Http;
    t.id = u"http/apps/test"_s;
    t.cluster = u"apps"_s;
    t.instance = u"test"_s;
    t.address = url.toString();
    return t;
}

void TestIntegrationHealthHttp::initTestCase()
{
    QVERIFY2(mServer.start(), qPrintable(mServer.errorString()));
}

HttpProbe *TestIntegrationHealthHttp::probeFor(const QString &path, HttpProbeSettings settings)
{
    settings.url = path.startsWith(u"http"_s) ? QUrl(path) : mServer.url(path);
    mProbes.push_back(std::make_unique<HttpProbe>(httpTarget(settings.url), settings));
    return mProbes.back().get();
}

HealthSnapshot TestIntegrationHealthHttp::pollOnce(HttpProbe &probe, int waitMs)
{
    QSignalSpy spy(&probe, &HealthProbe::finished);
    if (!probe.poll())
        qFatal("probe busy");
    if (!spy.wait(waitMs))
        qFatal("no finished() within %d ms", waitMs);
    if (spy.size() != 1)
        qFatal("finished() came %d times", int(spy.size()));
    return spy.first().first().value<HealthSnapshot>();
}

static double metricOf(const HealthSnapshot &s, const char *name)
{
    return s.metric(QString::fromLatin1(name));
}

void TestIntegrationHealthHttp::healthyThenFailingThenHealthy()
{
    HttpProbe *health = probeFor(u"/health"_s);
    HealthSnapshot s = pollOnce(*health);
    QCOMPARE(s.status, HealthStatus::Up);
    QVERIFY(s.reason.isEmpty());
    QCOMPARE(metricOf(s, metric::kHttpStatusCode), 200.0);
    QVERIFY(metricOf(s, metric::kHttpLatencyMs) > 0);
    QVERIFY(metricOf(s, metric::kHttpLatencyMs) < 5000);
    QCOMPARE(s.facts.value(u"status"_s), u"healthy"_s);
    QCOMPARE(s.facts.value(u"database"_s), u"connected"_s);
    QCOMPARE(s.facts.value(u"version"_s), u"1.4.2"_s);
    QCOMPARE(s.facts.value(u"uptime"_s), u"1234"_s);
    QCOMPARE(s.facts.value(u"workers"_s), u"{\"busy\":1,\"idle\":3}"_s);
    QCOMPARE(s.target.id, u"http/apps/test"_s);
    QVERIFY(s.at.isValid());
    QCOMPARE(health->last().status, HealthStatus::Up);

    QCOMPARE(pollOnce(*probeFor(u"/fail"_s)).status, HealthStatus::Up); // 204
    s = pollOnce(*health);
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"HTTP 500 Internal Server Error"_s);
    QCOMPARE(metricOf(s, metric::kHttpStatusCode), 500.0);
    QCOMPARE(s.facts.value(u"database"_s), u"disconnected"_s);

    QCOMPARE(pollOnce(*probeFor(u"/recover"_s)).status, HealthStatus::Up);
    s = pollOnce(*health);
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(metricOf(s, metric::kHttpStatusCode), 200.0);
}

void TestIntegrationHealthHttp::failingByFileSwitch()
{
    HttpProbe *health = probeFor(u"/health"_s);
    QCOMPARE(pollOnce(*health).status, HealthStatus::Up);
    QVERIFY(mServer.writeFile(u"fail"_s, "1"));
    QCOMPARE(pollOnce(*health).status, HealthStatus::Down);
    QVERIFY(QFile::remove(mServer.filePath(u"fail"_s)));
    QCOMPARE(pollOnce(*health).status, HealthStatus::Up);
}

void TestIntegrationHealthHttp::reportedFieldsOnly()
{
    HttpProbeSettings settings;
    settings.jsonFields = { u"status"_s, u"database"_s };
    const HealthSnapshot s = pollOnce(*probeFor(u"/health"_s, settings));
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(s.facts.keys(), QStringList({ u"database"_s, u"status"_s }));
}

void TestIntegrationHealthHttp::degradedAnswer()
{
    const HealthSnapshot s = pollOnce(*probeFor(u"/degraded"_s));
    QCOMPARE(s.status, HealthStatus::Degraded);
    QVERIFY2(s.reason.contains(u"database: disconnected"_s), qPrintable(s.reason));
    QVERIFY2(s.reason.contains(u"queue.status: down"_s), qPrintable(s.reason));
    QCOMPARE(metricOf(s, metric::kHttpStatusCode), 200.0);
}

void TestIntegrationHealthHttp::refusedPort()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const HealthSnapshot s = pollOnce(*probeFor(u"http://127.0.0.1:%1/health"_s.arg(port)));
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"connection refused"_s);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kHttpStatusCode)));
}

void TestIntegrationHealthHttp::noAnswerInTime()
{
    HttpProbeSettings settings;
    settings.timeoutMs = 1000;
    HttpProbe *slow = probeFor(u"/slow"_s, settings);
    QElapsedTimer clock;
    clock.start();
    const HealthSnapshot s = pollOnce(*slow);
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"no answer within 1 s"_s);
    QVERIFY(clock.elapsed() < 2900);
    QVERIFY(!slow->busy());
    // The probe is ready for the next poll, which times out the same way.
    QCOMPARE(pollOnce(*slow).reason, u"no answer within 1 s"_s);
}

void TestIntegrationHealthHttp::bodyReadIsCapped()
{
    HttpProbeSettings settings;
    settings.maxBodyBytes = 64 * 1024;
    const HealthSnapshot s = pollOnce(*probeFor(u"/big"_s, settings));
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(metricOf(s, metric::kHttpStatusCode), 200.0);
    QVERIFY(s.facts.isEmpty()); // the first 64 KiB are not a whole JSON object
}

void TestIntegrationHealthHttp::requestHeaders()
{
    HealthSnapshot s = pollOnce(*probeFor(u"/auth"_s));
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"HTTP 401 Unauthorized"_s);
    HttpProbeSettings settings;
    settings.headers = { { "Authorization", "Bearer s3cret" } };
    s = pollOnce(*probeFor(u"/auth"_s, settings));
    QCOMPARE(s.status, HealthStatus::Up);
    for (const QString &fact : std::as_const(s.facts))
        QVERIFY(!fact.contains(u"s3cret"_s));
}

void TestIntegrationHealthHttp::droppedConnection()
{
    const HealthSnapshot s = pollOnce(*probeFor(u"/close"_s));
    QCOMPARE(s.status, HealthStatus::Down);
    QVERIFY(!s.reason.isEmpty());
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kHttpStatusCode)));
}

void TestIntegrationHealthHttp::unexpectedStatusRange()
{
    HttpProbeSettings settings;
    settings.expectedStatusMin = 401;
    settings.expectedStatusMax = 401; // an endpoint that must ask for credentials
    QCOMPARE(pollOnce(*probeFor(u"/auth"_s, settings)).status, HealthStatus::Up);
    const HealthSnapshot s = pollOnce(*probeFor(u"/nowhere"_s));
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"HTTP 404 Not Found"_s);
}

void TestIntegrationHealthHttp::deletedWhilePolling()
{
    HttpProbeSettings settings;
    settings.url = mServer.url(u"/slow"_s);
    auto probe = std::make_unique<HttpProbe>(httpTarget(settings.url), settings);
    QVERIFY(probe->poll());
    QTest::qWait(100);
    probe.reset();
    QTest::qWait(300); // nothing of the dropped request may reach the deleted probe
    // The shared manager still works for others.
    QCOMPARE(pollOnce(*probeFor(u"/health"_s)).status, HealthStatus::Up);
}

void TestIntegrationHealthHttp::notJsonHasNoFacts()
{
    QVERIFY(HttpProbe::judgeBody("<html>ok</html>", {}).facts.isEmpty());
    QVERIFY(HttpProbe::judgeBody("[1,2]", {}).facts.isEmpty());
    const auto spring = HttpProbe::judgeBody(R"({"status":"UP","components":{"db":{"status":"DOWN"}}})", {});
    QVERIFY(spring.degraded);
    QCOMPARE(spring.reason, u"components.db.status: DOWN"_s);
    const auto pass = HttpProbe::judgeBody(R"({"status":"pass","redis":"ok","healthy":true})", {});
    QVERIFY(!pass.degraded);
    QCOMPARE(pass.facts.value(u"healthy"_s), u"true"_s);
    QVERIFY(HttpProbe::judgeBody(R"({"healthy":false})", {}).degraded);
    QVERIFY(!HttpProbe::judgeBody(R"({"status":true})", {}).degraded); // Open WebUI
    QCOMPARE(HttpProbe::judgeBody(R"({"status":false})", {}).reason, u"status: false"_s);
}

QTEST_GUILESS_MAIN(TestIntegrationHealthHttp)
#include "tst_integration_health_http.moc"
