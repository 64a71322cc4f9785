// SPDX-License-Identifier: GPL-3.0-or-later
// Host statistics from fixed /proc and df text, CPU % between two readings, the same figures
// from a node_exporter scrape, and the snapshot they fill.
#include "health/hoststats.h"
#include "health/metricnames.h"
#include "health/prometheustext.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestHostStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommandOutput();
    void cpuPercentBetweenReadings();
    void dfRows_data();
    void dfRows();
    void olderKernelWithoutMemAvailable();
    void rejectsCutShortAndNonLinux();
    void fillsSnapshot();
    void fromNodeExporter();
    void commandRunsHere();
};

static QByteArray output(const QByteArray &stat)
{
    return "@@stat\n" + stat
        + "intr 1234 0 0\nctxt 99999\nbtime 1700000000\nprocesses 4242\n"
          "@@loadavg\n0.52 0.58 0.59 2/398 12345\n"
          "@@meminfo\nMemTotal:        8000000 kB\nMemFree:         1000000 kB\nMemAvailable:    2000000 kB\n"
          "Buffers:          100000 kB\nCached:          3000000 kB\nSwapTotal:       1000000 kB\nSwapFree:         "
          "750000 kB\n"
          "HugePages_Total:       0\n"
          "@@uptime\n350735.47 234388.90\n"
          "@@df\nFilesystem     1-blocks        Used   Available Capacity Mounted on\n"
          "/dev/sda1    105089261568 52544630784 47159988224      53% /\n"
          "/dev/sdb1    1073741824000 966367641600 107374182400      90% /var/lib/pgsql data\n"
          "@@end\n";
}

static const QByteArray kStat1
    = "cpu  100 10 50 800 40 0 0 0 0 0\ncpu0 50 5 25 400 20 0 0 0 0 0\ncpu1 50 5 25 400 20 0 0 0 0 0\n";
static const QByteArray kStat2
    = "cpu  160 10 70 880 80 0 0 0 0 0\ncpu0 80 5 35 440 40 0 0 0 0 0\ncpu1 80 5 35 440 40 0 0 0 0 0\n";

void TestHostStats::parsesCommandOutput()
{
    const Result<HostStats> s = HostStats::parse(output(kStat1));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->cpu.total, 1000.0);
    QCOMPARE(s->cpu.busy, 160.0); // user + nice + system (idle and iowait are not busy)
    QCOMPARE(s->cpuCount, 2);
    QCOMPARE(s->load1, 0.52);
    QCOMPARE(s->load5, 0.58);
    QCOMPARE(s->load15, 0.59);
    QCOMPARE(s->memTotalBytes, 8000000LL * 1024);
    QCOMPARE(s->memAvailableBytes, 2000000LL * 1024);
    QCOMPARE(s->memoryPercent(), 75.0);
    QCOMPARE(s->swapPercent(), 25.0);
    QCOMPARE(s->uptimeSeconds, 350735.47);
    QCOMPARE(s->mounts.size(), 2);
    QCOMPARE(s->mounts.at(1).mountPoint, u"/var/lib/pgsql data"_s);
    QCOMPARE(s->mounts.at(1).filesystem, u"/dev/sdb1"_s);
    QCOMPARE(s->mounts.at(1).percent, 90.0);
    QCOMPARE(s->diskPercent(), 90.0);
}

void TestHostStats::cpuPercentBetweenReadings()
{
    const auto a = HostStats::parse(output(kStat1));
    const auto b = HostStats::parse(output(kStat2));
    QVERIFY(a && b);
    // 200 jiffies passed, 80 of them busy.
    QCOMPARE(CpuTimes::percentBetween(a->cpu, b->cpu), 40.0);
    QCOMPARE(CpuTimes::percentBetween({}, b->cpu), -1.0);
    QCOMPARE(CpuTimes::percentBetween(b->cpu, a->cpu), -1.0); // went backwards: a reboot
    QCOMPARE(CpuTimes::percentBetween(a->cpu, a->cpu), -1.0);
}

void TestHostStats::dfRows_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mount");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<double>("percent");
    QTest::newRow("root") << QByteArray("/dev/vda 270553174016 18662125568 84083154944 19% /") << u"/"_s
                          << qint64(270553174016) << 100.0 * 18662125568 / (18662125568 + 84083154944);
    QTest::newRow("spaces in device") << QByteArray("//nas/share name 1000 250 750 25% /mnt/nas") << u"/mnt/nas"_s
                                      << qint64(1000) << 25.0;
    QTest::newRow("full") << QByteArray("/dev/sdc 1000 1000 0 100% /full") << u"/full"_s << qint64(1000) << 100.0;
    QTest::newRow("empty fs") << QByteArray("/dev/sdd 1000 0 1000 0% /empty") << u"/empty"_s << qint64(1000) << 0.0;
    QTest::newRow("header") << QByteArray("Filesystem 1-blocks Used Available Capacity Mounted on") << QString()
                            << qint64(0) << 0.0;
    QTest::newRow("zero size") << QByteArray("proc 0 0 0 - /proc") << QString() << qint64(0) << 0.0;
}

void TestHostStats::dfRows()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mount);
    QFETCH(qint64, size);
    QFETCH(double, percent);
    const QList<MountUsage> rows = HostStats::parseDf(line);
    if (mount.isEmpty()) {
        QVERIFY(rows.isEmpty());
        return;
    }
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().mountPoint, mount);
    QCOMPARE(rows.first().sizeBytes, size);
    QCOMPARE(rows.first().percent, percent);
}

void TestHostStats::olderKernelWithoutMemAvailable()
{
    HostStats s;
    QVERIFY(HostStats::parseMemInfo("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n", s));
    QCOMPARE(s.memAvailableBytes, 400LL * 1024);
    QCOMPARE(s.memoryPercent(), 60.0);
    QCOMPARE(s.swapPercent(), 0.0); // no swap at all
}

void TestHostStats::rejectsCutShortAndNonLinux()
{
    QByteArray cut = output(kStat1);
    cut.truncate(cut.indexOf("@@df"));
    const auto a = HostStats::parse(cut);
    QVERIFY(!a);
    QVERIFY2(a.error().what.contains(u"cut short"_s), qPrintable(a.error().what));
    const auto b = HostStats::parse("@@stat\n@@loadavg\n@@meminfo\n@@uptime\n@@df\n@@end\n");
    QVERIFY(!b);
    QVERIFY2(b.error().what.contains(u"/proc/stat"_s), qPrintable(b.error().what));
    QVERIFY(b.error().hint.contains(u"Linux"_s));
}

void TestHostStats::fillsSnapshot()
{
    const auto a = HostStats::parse(output(kStat1));
    const auto b = HostStats::parse(output(kStat2));
    QVERIFY(a && b);
    HealthSnapshot first;
    a->fill(first, CpuTimes {});
    QVERIFY(!first.metrics.contains(QString::fromLatin1(metric::kHostCpuPercent))); // no earlier reading
    HealthSnapshot snap;
    b->fill(snap, a->cpu);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostCpuPercent)), 40.0);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostLoad1)), 0.52);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostMemoryPercent)), 75.0);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostMemoryTotalBytes)), 8192000000.0);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostSwapPercent)), 25.0);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostDiskPercent)), 90.0);
    QCOMPARE(snap.metric(QString::fromLatin1(metric::kHostUptimeSeconds)), 350735.47);
    QCOMPARE(snap.facts.value(u"cpus"_s), u"2"_s);
    const auto mounts = snap.details.value(u"mounts"_s);
    QCOMPARE(mounts.size(), 2);
    QCOMPARE(mounts.at(0).name, u"/"_s);
    QCOMPARE(mounts.at(0).values.value(u"size_bytes"_s), 105089261568.0);
    QCOMPARE(mounts.at(1).text.value(u"filesystem"_s), u"/dev/sdb1"_s);
}

void TestHostStats::fromNodeExporter()
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/health/node_exporter.txt"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto doc = PrometheusText::parse(f.readAll());
    QVERIFY(doc);
    const Result<HostStats> s = HostStats::fromNodeExporter(*doc);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->cpuCount, 2);
    QCOMPARE(s->cpu.total, 90000.5 + 120.25 + 1.5 + 30.75 + 2000 + 7000 + 91000.5 + 100 + 0.5 + 20 + 1800 + 6500);
    QCOMPARE(s->cpu.busy, s->cpu.total - (90000.5 + 120.25 + 91000.5 + 100));
    QCOMPARE(s->load5, 0.3);
    QCOMPARE(s->memoryPercent(), 25.0);
    QCOMPARE(s->swapPercent(), 25.0);
    QCOMPARE(s->uptimeSeconds, 1.7000864235e+09 - 1.700000123e+09);
    QCOMPARE(s->mounts.size(), 2); // tmpfs left out
    QCOMPARE(s->mounts.at(0).mountPoint, u"/"_s);
    // used = size − free = 70e9; available 25e9: 70 / 95.
    QCOMPARE(s->mounts.at(0).usedBytes, qint64(7.0e10));
    QCOMPARE(s->mounts.at(0).percent, 100.0 * 7.0e10 / 9.5e10);
    QCOMPARE(s->mounts.at(1).percent, 90.0);

    const auto other = PrometheusText::parse("redis_up 1\n");
    QVERIFY(other);
    QVERIFY(!HostStats::fromNodeExporter(*other));
}

void TestHostStats::commandRunsHere()
{
    // The script itself, on this (Linux) machine, parses.
    const QStringList argv = HostStats::command();
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const auto s = HostStats::parse(p.readAllStandardOutput());
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QVERIFY(s->cpuCount >= 1);
    QVERIFY(s->memTotalBytes > 0);
    QVERIFY(s->uptimeSeconds > 0);
    QVERIFY(!s->mounts.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostStats)
#include "tst_hoststats.moc"
