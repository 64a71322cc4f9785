// SPDX-License-Identifier: GPL-3.0-or-later
// Exporter scrapes and the Prometheus server source over real HTTP (health/healthserver.py):
// a node_exporter text served as a file, broken and missing ones; the Prometheus HTTP API
// answering recorded vector, matrix and error JSON, with the requests' parameters checked.
#include "health/exporterprobe.h"
#include "health/exporterscrape.h"
#include "health/healthtestserver.h"
#include "health/hoststats.h"
#include "health/metricnames.h"
#include "health/prometheusserver.h"
#include "inventory/inventory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::HealthTestServer;

class TestIntegrationHealthPrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrapesNodeExporterText();
    void scrapeErrors_data();
    void scrapeErrors();
    void exporterProbeReadsPgExporter();
    void serverRoundGivesSnapshotsPerTarget();
    void serverRangeQuery();
    void serverRangeErrors();
    void parsesApiAnswers();
    void settingsFromInventory_data();
    void settingsFromInventory();

private:
    Result<PrometheusDocument> scrape(const QUrl &url, qsizetype maxBytes = ExporterScrape::kDefaultMaxBytes);
    QList<HealthTarget> targets() const;
    HealthTestServer mServer;
};

static QByteArray nodeText()
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/node_exporter.txt"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestIntegrationHealthPrometheus::initTestCase()
{
    QVERIFY2(mServer.start(), qPrintable(mServer.errorString()));
    QVERIFY(!nodeText().isEmpty());
    QVERIFY(mServer.writeFile(u"node.txt"_s, nodeText()));
    QVERIFY(mServer.writeFile(u"broken.txt"_s, "node_load1 0.5\nnode_load5{x=\"1\" 0.2\n"));
    const QJsonArray answers = QJsonDocument::fromJson(R"([
      {"match": "pg_up", "body": {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"ins": "pg-meta-1"}, "value": [1765069200.5, "1"]},
        {"metric": {"ins": "pg-meta-2"}, "value": [1765069200.5, "0"]}]}}},
      {"match": "pg_db_xact_commit[1m]) + rate", "path": "/api/v1/query", "body": {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"ins": "pg-meta-1"}, "value": [1765069200.5, "123.5"]}]}}},
      {"match": "pg_db_xact_commit[1m]) + rate", "path": "/api/v1/query_range", "body": {"status": "success", "data": {"resultType": "matrix", "result": [
        {"metric": {"ins": "pg-meta-1"}, "values": [[1765069200, "10"], [1765069215, "12.5"], [1765069230, "NaN"]]},
        {"metric": {"ins": "pg-other-9"}, "values": [[1765069200, "1"]]}]}}},
      {"match": "pg_lag", "body": {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"ins": "pg-meta-1"}, "value": [1765069200.5, "NaN"]},
        {"metric": {"ins": "pg-meta-2"}, "value": [1765069200.5, "4.25"]}]}}},
      {"match": "up{job=\"node\"}", "body": {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"ip": "10.10.10.10", "ins": "meta"}, "value": [1765069200.5, "1"]}]}}},
      {"match": "node_load1", "body": {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"ip": "10.10.10.10"}, "value": [1765069200.5, "0.75"]}]}}},
      {"match": "redis_up", "status": 422, "body": {"status": "error", "errorType": "bad_data", "error": "parse error at char 3"}},
      {"match": "redis_memory_used_bytes", "path": "/api/v1/query_range", "status": 503, "body": "Service Unavailable"}
    ])")
                                   .array();
    QVERIFY(!answers.isEmpty());
    QVERIFY(mServer.writeFile(u"answers.json"_s, QJsonDocument(answers).toJson()));
}

Result<PrometheusDocument> TestIntegrationHealthPrometheus::scrape(const QUrl &url, qsizetype maxBytes)
{
    ExporterScrape scrape;
    std::optional<Result<PrometheusDocument>> got;
    scrape.start(
        url, [&](const Result<PrometheusDocument> &r) { got = r; }, 5000, maxBytes);
    QElapsedTimer clock;
    clock.start();
    while (!got && clock.elapsed() < 10000)
        QTest::qWait(10);
    if (!got)
        return Error { u"no answer within 10 s"_s, url.toDisplayString(), {}, {} };
    if (scrape.isRunning())
        return Error { u"still running after its callback"_s, url.toDisplayString(), {}, {} };
    return *got;
}

void TestIntegrationHealthPrometheus::scrapesNodeExporterText()
{
    const Result<PrometheusDocument> doc = scrape(mServer.url(u"/files/node.txt"_s));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE(doc->value(u"node_load1"_s).value(), 0.21);
    QCOMPARE(doc->family(u"node_cpu_seconds_total"_s)->samples.size(), 16);
    const Result<HostStats> stats = HostStats::fromNodeExporter(*doc);
    QVERIFY(stats);
    QCOMPARE(stats->memoryPercent(), 25.0);
    QCOMPARE(ExporterScrape::exporterUrl(u"10.10.10.10"_s, 9100).toString(), u"http://10.10.10.10:9100/metrics"_s);
}

void TestIntegrationHealthPrometheus::scrapeErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad line") << u"/files/broken.txt"_s << ExporterScrape::kDefaultMaxBytes
                              << u"line 2: expected ',' or '}'"_s;
    QTest::newRow("missing") << u"/files/none.txt"_s << ExporterScrape::kDefaultMaxBytes << u"HTTP 404 Not Found"_s;
    QTest::newRow("too large") << u"/files/node.txt"_s << qsizetype(1024) << u"larger than"_s;
    QTest::newRow("refused") << QString() << ExporterScrape::kDefaultMaxBytes << u"connection refused"_s;
}

void TestIntegrationHealthPrometheus::scrapeErrors()
{
    QFETCH(QString, path);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, message);
    QUrl url;
    if (path.isEmpty()) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        url = ExporterScrape::exporterUrl(u"127.0.0.1"_s, closed.serverPort());
        closed.close();
    } else {
        url = mServer.url(path);
    }
    const Result<PrometheusDocument> doc = scrape(url, maxBytes);
    QVERIFY(!doc);
    QVERIFY2(doc.error().what.contains(message), qPrintable(doc.error().toString()));
    QCOMPARE(doc.error().where, url.toDisplayString());
}

static HealthSnapshot pollOnce(HealthProbe &probe)
{
    QSignalSpy spy(&probe, &HealthProbe::finished);
    if (!probe.poll() || !spy.wait(10000) || spy.size() != 1)
        qFatal("the probe did not finish exactly once");
    return spy.first().first().value<HealthSnapshot>();
}

void TestIntegrationHealthPrometheus::exporterProbeReadsPgExporter()
{
    QFile fixture(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/pg_exporter.txt"_s);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray text = fixture.readAll();
    QVERIFY(mServer.writeFile(u"pg.txt"_s, text));
    HealthTarget target;
    target.kind = TargetKind::Postgres;
    target.id = u"postgres/pg-meta/pg-meta-1"_s;
    target.instance = u"pg-meta-1"_s;
    ExporterProbe probe(target, mServer.url(u"/files/pg.txt"_s));
    HealthSnapshot s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Up);
    QCOMPARE(s.metric(QString::fromLatin1(metric::kPgConnectionsPercent)), 20.0);
    QVERIFY(!s.metrics.contains(QString::fromLatin1(metric::kPgTps)));
    QCOMPARE(s.facts.value(u"exporter"_s), mServer.url(u"/files/pg.txt"_s).toString());

    // 2,000 more commits by the next scrape: a rate near 2,000 / the seconds between polls.
    text.replace("pg_db_xact_commit{datname=\"dify\"} 50000", "pg_db_xact_commit{datname=\"dify\"} 52000");
    QVERIFY(mServer.writeFile(u"pg.txt"_s, text));
    QTest::qWait(1000);
    s = pollOnce(probe);
    QCOMPARE(s.status, HealthStatus::Up);
    const double tps = s.metric(QString::fromLatin1(metric::kPgTps));
    QVERIFY2(tps > 500 && tps <= 2000, qPrintable(QString::number(tps)));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    ExporterProbe gone(target, ExporterScrape::exporterUrl(u"127.0.0.1"_s, closed.serverPort()));
    closed.close();
    s = pollOnce(gone);
    QCOMPARE(s.status, HealthStatus::Down);
    QCOMPARE(s.reason, u"exporter: connection refused"_s);
}

QList<HealthTarget> TestIntegrationHealthPrometheus::targets() const
{
    const auto t = [](TargetKind kind, const QString &id, const QString &instance, const QString &host) {
        HealthTarget target;
        target.kind = kind;
        target.id = id;
        target.instance = instance;
        target.host = host;
        return target;
    };
    return { t(TargetKind::Postgres, u"postgres/pg-meta/pg-meta-1"_s, u"pg-meta-1"_s, u"10.10.10.10"_s),
        t(TargetKind::Postgres, u"postgres/pg-meta/pg-meta-2"_s, u"pg-meta-2"_s, u"10.10.10.11"_s),
        t(TargetKind::Host, u"host/10.10.10.10"_s, u"10.10.10.10"_s, u"10.10.10.10"_s),
        t(TargetKind::Host, u"host/10.10.10.11"_s, u"10.10.10.11"_s, u"10.10.10.11"_s),
        t(TargetKind::Redis, u"redis/redis-ms/redis-ms-1-6379"_s, u"redis-ms-1-6379"_s, u"10.10.10.10"_s),
        t(TargetKind::Http, u"http/dify/dify"_s, u"dify"_s, u"10.10.10.10"_s) };
}

void TestIntegrationHealthPrometheus::serverRoundGivesSnapshotsPerTarget()
{
    QFile::remove(mServer.filePath(u"requests.jsonl"_s));
    PrometheusSourceSettings settings;
    settings.enabled = true;
    settings.url = mServer.url(u"/"_s);
    PrometheusServerSource source(settings);
    source.setTargets(targets());
    QSignalSpy snapshots(&source, &PrometheusServerSource::snapshotReady);
    QSignalSpy finished(&source, &PrometheusServerSource::roundFinished);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(source.poll());
    QVERIFY(source.busy());
    QVERIFY(!source.poll());
    QVERIFY(finished.wait(15000));
    QVERIFY(!source.busy());
    QCOMPARE(finished.first().at(0).toBool(), false); // redis_up answered an error
    QVERIFY2(finished.first().at(1).toString().contains(u"bad_data: parse error at char 3"_s),
        qPrintable(finished.first().at(1).toString()));

    QHash<QString, HealthSnapshot> byId;
    for (const auto &args : std::as_const(snapshots))
        byId.insert(args.first().value<HealthSnapshot>().target.id, args.first().value<HealthSnapshot>());
    QCOMPARE(byId.size(), 5); // not the HTTP endpoint
    const HealthSnapshot pg1 = byId.value(u"postgres/pg-meta/pg-meta-1"_s);
    QCOMPARE(pg1.status, HealthStatus::Up);
    QCOMPARE(pg1.metric(QString::fromLatin1(metric::kPgTps)), 123.5);
    QVERIFY(!pg1.metrics.contains(QString::fromLatin1(metric::kPgReplicationLagSeconds))); // NaN
    QCOMPARE(pg1.facts.value(u"source"_s), u"prometheus"_s);
    QVERIFY(pg1.at >= before.addMSecs(-1000));
    const HealthSnapshot pg2 = byId.value(u"postgres/pg-meta/pg-meta-2"_s);
    QCOMPARE(pg2.status, HealthStatus::Down);
    QCOMPARE(pg2.reason, u"the exporter cannot reach the instance"_s);
    QCOMPARE(pg2.metric(QString::fromLatin1(metric::kPgReplicationLagSeconds)), 4.25);
    const HealthSnapshot h1 = byId.value(u"host/10.10.10.10"_s);
    QCOMPARE(h1.status, HealthStatus::Up);
    QCOMPARE(h1.metric(QString::fromLatin1(metric::kHostLoad1)), 0.75);
    const HealthSnapshot h2 = byId.value(u"host/10.10.10.11"_s);
    QCOMPARE(h2.status, HealthStatus::Unknown);
    QCOMPARE(h2.reason, u"Prometheus has no data for ip=10.10.10.11"_s);
    const HealthSnapshot redis = byId.value(u"redis/redis-ms/redis-ms-1-6379"_s);
    QCOMPARE(redis.status, HealthStatus::Unknown);
    QVERIFY2(redis.reason.contains(u"bad_data"_s), qPrintable(redis.reason));

    // One form-encoded POST per query of the three kinds, each with the table's expression
    // unchanged ('+' and quotes included) and the round's time.
    const QList<QJsonObject> requests = mServer.requests();
    QCOMPARE(requests.size(), PrometheusServerSource::queries().size());
    QStringList sent;
    for (const QJsonObject &r : requests) {
        QCOMPARE(r.value(u"path"_s).toString(), u"/api/v1/query"_s);
        QCOMPARE(r.value(u"content_type"_s).toString(), u"application/x-www-form-urlencoded"_s);
        const QJsonObject form = r.value(u"form"_s).toObject();
        sent.append(form.value(u"query"_s).toString());
        const double time = form.value(u"time"_s).toString().toDouble();
        QVERIFY(std::abs(time - double(before.toMSecsSinceEpoch()) / 1000.0) < 10);
    }
    for (const PrometheusQuery &q : PrometheusServerSource::queries())
        QVERIFY2(sent.contains(q.expression), qPrintable(q.expression));
    QVERIFY(sent.contains(u"sum by (ins) (rate(pg_db_xact_commit[1m]) + rate(pg_db_xact_rollback[1m]))"_s));
}

void TestIntegrationHealthPrometheus::serverRangeQuery()
{
    QFile::remove(mServer.filePath(u"requests.jsonl"_s));
    PrometheusSourceSettings settings;
    settings.url = mServer.url(u"/"_s);
    PrometheusServerSource source(settings);
    source.setTargets(targets());
    QSignalSpy ready(&source, &PrometheusServerSource::rangeReady);
    const qint64 from = 1765069200000;
    source.queryRange(QString::fromLatin1(metric::kPgTps), from, from + 30'000, 15);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.first().at(0).toString(), QString::fromLatin1(metric::kPgTps));
    const auto points = ready.first().at(1).value<QHash<QString, QList<SeriesPoint>>>();
    QCOMPARE(points.size(), 1); // pg-other-9 is not a target; pg-meta-2 has no series
    const QList<SeriesPoint> pg1 = points.value(u"postgres/pg-meta/pg-meta-1"_s);
    QCOMPARE(pg1.size(), 3);
    QCOMPARE(pg1.at(0), (SeriesPoint { from, 10.0 }));
    QCOMPARE(pg1.at(1), (SeriesPoint { from + 15'000, 12.5 }));
    QVERIFY(std::isnan(pg1.at(2).value));

    const QList<QJsonObject> requests = mServer.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(u"path"_s).toString(), u"/api/v1/query_range"_s);
    const QJsonObject form = requests.first().value(u"form"_s).toObject();
    QCOMPARE(form.value(u"start"_s).toString(), u"1765069200.000"_s);
    QCOMPARE(form.value(u"end"_s).toString(), u"1765069230.000"_s);
    QCOMPARE(form.value(u"step"_s).toString(), u"15"_s);
}

void TestIntegrationHealthPrometheus::serverRangeErrors()
{
    PrometheusSourceSettings settings;
    settings.url = mServer.url(u"/"_s);
    PrometheusServerSource source(settings);
    source.setTargets(targets());
    QSignalSpy failed(&source, &PrometheusServerSource::rangeFailed);
    source.queryRange(QString::fromLatin1(metric::kRedisUsedMemoryBytes), 1765069200000, 1765069260000, 15);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(1).toString().contains(u"HTTP 503 Service Unavailable"_s),
        qPrintable(failed.first().at(1).toString()));
    source.queryRange(u"no.such_metric"_s, 0, 1, 1);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(1).toString(), u"no Prometheus query for no.such_metric"_s);

    // A server that is not there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    settings.url = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    PrometheusServerSource gone(settings);
    gone.setTargets(targets());
    QSignalSpy snapshots(&gone, &PrometheusServerSource::snapshotReady);
    QSignalSpy finished(&gone, &PrometheusServerSource::roundFinished);
    QVERIFY(gone.poll());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(snapshots.size(), 5);
    for (const auto &args : std::as_const(snapshots)) {
        const HealthSnapshot s = args.first().value<HealthSnapshot>();
        QCOMPARE(s.status, HealthStatus::Unknown);
        QVERIFY2(s.reason.contains(u"connection refused"_s), qPrintable(s.reason));
    }
}

void TestIntegrationHealthPrometheus::parsesApiAnswers()
{
    auto r = PrometheusServerSource::parseResponse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","ins":"a"},"value":[1.5,"+Inf"]}]}})");
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().labels.value(u"ins"_s), u"a"_s);
    QCOMPARE(r->first().points.first().msecs, 1500);
    QVERIFY(std::isinf(r->first().points.first().value));
    r = PrometheusServerSource::parseResponse(
        R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})");
    QVERIFY(!r);
    QVERIFY(r.error().what.contains(u"scalar"_s));
    r = PrometheusServerSource::parseResponse(R"({"status":"error","errorType":"timeout","error":"query timed out"})");
    QVERIFY(!r);
    QCOMPARE(r.error().what, u"Prometheus says timeout: query timed out"_s);
    QVERIFY(!PrometheusServerSource::parseResponse("<html>"));
    QVERIFY(!PrometheusServerSource::parseResponse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})"));
}

void TestIntegrationHealthPrometheus::settingsFromInventory_data()
{
    QTest::addColumn<QByteArray>("vars");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("url");
    QTest::newRow("none") << QByteArray("    admin_ip: 10.10.10.10\n") << true << false << QString();
    QTest::newRow("poll") << QByteArray("    stackyard_health_source: poll\n") << true << false << QString();
    QTest::newRow("prometheus") << QByteArray("    stackyard_health_source: prometheus\n"
                                              "    stackyard_prometheus_url: http://10.10.10.10:9090\n")
                                << true << true << u"http://10.10.10.10:9090"_s;
    QTest::newRow("no url") << QByteArray("    stackyard_health_source: prometheus\n") << false << false << QString();
    QTest::newRow("bad url") << QByteArray(
        "    stackyard_health_source: prometheus\n    stackyard_prometheus_url: ftp://x\n")
                             << false << false << QString();
    QTest::newRow("unknown source") << QByteArray("    stackyard_health_source: grafana\n") << false << false
                                    << QString();
}

void TestIntegrationHealthPrometheus::settingsFromInventory()
{
    QFETCH(QByteArray, vars);
    QFETCH(bool, ok);
    QFETCH(bool, enabled);
    QFETCH(QString, url);
    const std::string text = "all:\n  vars:\n" + vars.toStdString()
        + "  children:\n    pg-meta:\n      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }\n"
          "      vars: { pg_cluster: pg-meta }\n";
    const Result<Inventory> inventory = Inventory::parse(text, u"pigsty.yml"_s);
    QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().toString()));
    const Result<PrometheusSourceSettings> s = PrometheusSourceSettings::fromInventory(*inventory);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QVERIFY(s.error().where.contains(u"pigsty.yml"_s));
        return;
    }
    QCOMPARE(s->enabled, enabled);
    QCOMPARE(s->url.toString(), url);
}

QTEST_GUILESS_MAIN(TestIntegrationHealthPrometheus)
#include "tst_integration_health_prometheus.moc"
