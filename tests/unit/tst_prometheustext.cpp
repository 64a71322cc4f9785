// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus text exposition format 0.0.4: a real node_exporter scrape, the escapes and
// special values of the format, families of histograms and summaries, and the lines Prometheus
// itself rejects.
#include "health/prometheustext.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeExporterScrape();
    void histogramAndSummaryFamilies();
    void escapesInLabelValuesAndHelp();
    void specialValuesAndTimestamps();
    void looseButValidSpacing();
    void untypedAndCommentLines();
    void rejectsBadLines_data();
    void rejectsBadLines();
};

static QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

void TestPrometheusText::nodeExporterScrape()
{
    const Result<PrometheusDocument> doc = PrometheusText::parse(fixture(u"node_exporter.txt"_s));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE(doc->value(u"node_load1"_s).value(), 0.21);
    QCOMPARE(doc->value(u"node_memory_MemTotal_bytes"_s).value(), 8589934592.0);
    QCOMPARE(doc->value(u"node_filesystem_avail_bytes"_s, { { u"mountpoint"_s, u"/data"_s } }).value(), 1.0e10);
    QCOMPARE(doc->find(u"node_cpu_seconds_total"_s).size(), 16);
    QCOMPARE(doc->sum(u"node_cpu_seconds_total"_s, { { u"mode"_s, u"idle"_s } }).value(), 181001.0);
    QCOMPARE(doc->find(u"node_cpu_seconds_total"_s, { { u"cpu"_s, u"1"_s } }).size(), 8);
    QVERIFY(!doc->value(u"node_load1"_s, { { u"cpu"_s, u"0"_s } }));
    QVERIFY(!doc->value(u"node_no_such_metric"_s));

    const PrometheusFamily *cpu = doc->family(u"node_cpu_seconds_total"_s);
    QVERIFY(cpu);
    QCOMPARE(cpu->type, PrometheusType::Counter);
    QCOMPARE(cpu->help, u"Seconds the CPUs spent in each mode."_s);
    QCOMPARE(cpu->samples.size(), 16);

    const auto uname = doc->find(u"node_uname_info"_s);
    QCOMPARE(uname.size(), 1);
    QCOMPARE(uname.first()->label(u"nodename"_s), u"pg-meta-1"_s);
    QCOMPARE(uname.first()->label(u"version"_s), u"#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)"_s);
    QCOMPARE(doc->family(u"node_load1"_s)->type, PrometheusType::Gauge);
}

void TestPrometheusText::histogramAndSummaryFamilies()
{
    const Result<PrometheusDocument> doc = PrometheusText::parse(fixture(u"node_exporter.txt"_s));
    QVERIFY(doc);
    const PrometheusFamily *hist = doc->family(u"prometheus_http_request_duration_seconds"_s);
    QVERIFY(hist);
    QCOMPARE(hist->type, PrometheusType::Histogram);
    QCOMPARE(hist->samples.size(), 5); // three buckets, _sum, _count
    QVERIFY(!doc->family(u"prometheus_http_request_duration_seconds_bucket"_s));
    const auto inf = doc->find(u"prometheus_http_request_duration_seconds_bucket"_s, { { u"le"_s, u"+Inf"_s } });
    QCOMPARE(inf.size(), 1);
    QCOMPARE(inf.first()->value, 15.0);
    QCOMPARE(doc->samples.at(hist->samples.last()).name, u"prometheus_http_request_duration_seconds_count"_s);

    const PrometheusFamily *summary = doc->family(u"go_gc_duration_seconds"_s);
    QVERIFY(summary);
    QCOMPARE(summary->type, PrometheusType::Summary);
    QCOMPARE(summary->samples.size(), 7);
    QCOMPARE(doc->value(u"go_gc_duration_seconds"_s, { { u"quantile"_s, u"0.5"_s } }).value(), 4.1583e-05);
    QCOMPARE(doc->value(u"go_gc_duration_seconds_count"_s).value(), 221.0);

    // A histogram's samples after the family of another metric still find their family.
    const QByteArray text = "# TYPE rq histogram\nrq_bucket{le=\"1\"} 1\nrq_bucket{le=\"+Inf\"} 2\n"
                            "# TYPE other gauge\nother 3\nrq_sum 4\nrq_count 2\n";
    const auto mixed = PrometheusText::parse(text);
    QVERIFY2(mixed, qPrintable(mixed ? QString() : mixed.error().toString()));
    QCOMPARE(mixed->family(u"rq"_s)->samples.size(), 4);
    QCOMPARE(mixed->families.size(), 2);
}

void TestPrometheusText::escapesInLabelValuesAndHelp()
{
    const QByteArray text
        = "# HELP weird A help with a \\\\ backslash\\nand a second line, and a \\t kept.\n"
          "# TYPE weird gauge\n"
          "weird{path=\"C:\\\\dir\\\\file\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",utf=\"数据库\"} 1\n";
    const auto doc = PrometheusText::parse(text);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    const PrometheusSample &s = doc->samples.first();
    QCOMPARE(s.label(u"path"_s), u"C:\\dir\\file"_s);
    QCOMPARE(s.label(u"quote"_s), u"say \"hi\""_s);
    QCOMPARE(s.label(u"nl"_s), u"a\nb"_s);
    QCOMPARE(s.label(u"utf"_s), u"数据库"_s);
    QCOMPARE(s.labels.size(), 4);
    QCOMPARE(s.labels.at(1).first, u"quote"_s);
    QCOMPARE(doc->family(u"weird"_s)->help, u"A help with a \\ backslash\nand a second line, and a \\t kept."_s);
    // A brace or comma inside a quoted value is data, not syntax.
    const auto braces = PrometheusText::parse("m{a=\"}{,=\",b=\"x\"} 2\n");
    QVERIFY(braces);
    QCOMPARE(braces->samples.first().label(u"a"_s), u"}{,="_s);
    QCOMPARE(braces->samples.first().label(u"b"_s), u"x"_s);
}

void TestPrometheusText::specialValuesAndTimestamps()
{
    const QByteArray text = "a NaN\nb +Inf\nc -Inf\nd Inf\ne 1.5e-3 1700000000123\nf -7 -5\n"
                            "h 12345678901234567890\ni nan\n";
    const auto doc = PrometheusText::parse(text);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QVERIFY(std::isnan(doc->value(u"a"_s).value()));
    QCOMPARE(doc->value(u"b"_s).value(), std::numeric_limits<double>::infinity());
    QCOMPARE(doc->value(u"c"_s).value(), -std::numeric_limits<double>::infinity());
    QCOMPARE(doc->value(u"d"_s).value(), std::numeric_limits<double>::infinity());
    const PrometheusSample *e = doc->find(u"e"_s).first();
    QCOMPARE(e->value, 0.0015);
    QCOMPARE(e->timestampMs.value(), 1700000000123LL);
    QVERIFY(!doc->find(u"a"_s).first()->timestampMs);
    QCOMPARE(doc->value(u"f"_s).value(), -7.0);
    QCOMPARE(doc->find(u"f"_s).first()->timestampMs.value(), -5LL);
    QCOMPARE(doc->value(u"h"_s).value(), 12345678901234567890.0);
    QVERIFY(std::isnan(doc->value(u"i"_s).value()));
    // The sum of samples skips NaN.
    const auto sums = PrometheusText::parse("s{x=\"1\"} 2\ns{x=\"2\"} NaN\ns{x=\"3\"} 3\n");
    QVERIFY(sums);
    QCOMPARE(sums->sum(u"s"_s).value(), 5.0);
}

void TestPrometheusText::looseButValidSpacing()
{
    const QByteArray text = "  # TYPE spaced counter\r\n"
                            "spaced { a = \"1\" , b=\"2\", } \t 42  \r\n"
                            "\n"
                            "\tspaced{a=\"2\"}    43 1000\n"
                            "nolabels{} 1";
    const auto doc = PrometheusText::parse(text);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE(doc->family(u"spaced"_s)->type, PrometheusType::Counter);
    QCOMPARE(doc->value(u"spaced"_s, { { u"b"_s, u"2"_s } }).value(), 42.0);
    QCOMPARE(doc->find(u"spaced"_s, { { u"a"_s, u"2"_s } }).first()->timestampMs.value(), 1000LL);
    QCOMPARE(doc->value(u"nolabels"_s).value(), 1.0);
    QVERIFY(doc->find(u"nolabels"_s).first()->labels.isEmpty());
}

void TestPrometheusText::untypedAndCommentLines()
{
    const QByteArray text = "# just a comment\n#\n# HELP only_help Described but not typed.\nonly_help 1\n"
                            "plain 2\nplain{x=\"y\"} 3\nns:recorded:rate5m 4\n";
    const auto doc = PrometheusText::parse(text);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE(doc->families.size(), 3);
    QCOMPARE(doc->family(u"only_help"_s)->type, PrometheusType::Untyped);
    QCOMPARE(doc->family(u"only_help"_s)->help, u"Described but not typed."_s);
    QCOMPARE(doc->family(u"plain"_s)->samples.size(), 2);
    QCOMPARE(doc->value(u"ns:recorded:rate5m"_s).value(), 4.0);
    QCOMPARE(PrometheusText::typeName(PrometheusType::Histogram), u"histogram"_s);
    const auto empty = PrometheusText::parse({});
    QVERIFY(empty);
    QVERIFY(empty->samples.isEmpty());
}

void TestPrometheusText::rejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no value") << QByteArray("ok 1\nm\n") << u"line 2: invalid value"_s;
    QTest::newRow("bad value") << QByteArray("m abc\n") << u"invalid value \"abc\""_s;
    QTest::newRow("double sign") << QByteArray("m --1\n") << u"invalid value"_s;
    QTest::newRow("unclosed labels") << QByteArray("m{a=\"1\" 1\n") << u"expected ',' or '}'"_s;
    QTest::newRow("unclosed value") << QByteArray("m{a=\"1} 1\n") << u"value is not closed"_s;
    QTest::newRow("unquoted value") << QByteArray("m{a=1} 1\n") << u"no quoted value"_s;
    QTest::newRow("bad label name") << QByteArray("m{1a=\"x\"} 1\n") << u"invalid label name"_s;
    QTest::newRow("colon in label name") << QByteArray("m{a:b=\"x\"} 1\n") << u"expected '='"_s;
    QTest::newRow("bad escape") << QByteArray("m{a=\"\\t\"} 1\n") << u"invalid escape \\t"_s;
    QTest::newRow("duplicate label") << QByteArray("m{a=\"1\",a=\"2\"} 1\n") << u"label a appears twice"_s;
    QTest::newRow("bad timestamp") << QByteArray("m 1 1.5\n") << u"invalid timestamp"_s;
    QTest::newRow("trailing text") << QByteArray("m 1 2 3\n") << u"after the timestamp"_s;
    QTest::newRow("name starts with digit") << QByteArray("9m 1\n") << u"begin with a metric name"_s;
    QTest::newRow("unknown type") << QByteArray("# TYPE m meter\nm 1\n") << u"unknown metric type \"meter\""_s;
    QTest::newRow("second type") << QByteArray("# TYPE m gauge\n# TYPE m counter\n") << u"second TYPE line"_s;
    QTest::newRow("type after samples") << QByteArray("m 1\n# TYPE m gauge\n") << u"after its samples"_s;
    QTest::newRow("second help") << QByteArray("# HELP m a\n# HELP m b\n") << u"second HELP line"_s;
    QTest::newRow("help without name") << QByteArray("# HELP\n") << u"without a valid metric name"_s;
    QTest::newRow("bucket without le") << QByteArray("# TYPE h histogram\nh_bucket 1\n") << u"without an \"le\""_s;
    QTest::newRow("summary without quantile") << QByteArray("# TYPE s summary\ns 1\n") << u"without a \"quantile\""_s;
}

void TestPrometheusText::rejectsBadLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto doc = PrometheusText::parse(text);
    QVERIFY(!doc);
    QVERIFY2(doc.error().what.contains(message), qPrintable(doc.error().what));
    QVERIFY2(doc.error().what.startsWith(u"line "_s), qPrintable(doc.error().what));
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
