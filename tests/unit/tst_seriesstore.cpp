// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded time series: a day of points costs what a minute costs, the window picks the finest
// tier that covers it, averages are right, and the store evicts the stalest series at its cap.
#include "health/metricnames.h"
#include "health/seriesstore.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestSeriesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawPointsComeBackAsAppended();
    void dayOfPointsKeepsMemoryConstant();
    void windowPicksFinestCoveringTier_data();
    void windowPicksFinestCoveringTier();
    void aggregatedTiersHoldAverages();
    void droppedPoints();
    void storeRecordsEverySnapshotMetric();
    void storeEvictsStalestSeriesAtItsCap();
    void fleetBudget();
};

static constexpr qint64 kT0 = 1'700'100'000'000; // a whole 5 min boundary

void TestSeriesStore::rawPointsComeBackAsAppended()
{
    MetricSeries s;
    QVERIFY(s.isEmpty());
    QVERIFY(!s.latest());
    for (int i = 0; i < 10; ++i)
        QVERIFY(s.append(kT0 + i * 2000, i * 1.5));
    const auto pts = s.points(kT0, kT0 + 60'000);
    QCOMPARE(pts.size(), 10);
    QCOMPARE(pts.first(), (SeriesPoint { kT0, 0.0 }));
    QCOMPARE(pts.at(3), (SeriesPoint { kT0 + 6000, 4.5 }));
    QCOMPARE(s.latest()->msecs, kT0 + 18'000);
    QCOMPARE(s.latest()->value, 13.5);
    // A window inside the series.
    QCOMPARE(s.points(kT0 + 4000, kT0 + 8000).size(), 3);
    QCOMPARE(s.tierFor(kT0 - 3'600'000), 0); // nothing evicted yet: raw covers all of it
}

void TestSeriesStore::dayOfPointsKeepsMemoryConstant()
{
    SeriesStore store;
    const QString target = u"host/10.10.10.10"_s;
    const QStringList names = { QString::fromLatin1(metric::kHostCpuPercent), QString::fromLatin1(metric::kHostLoad1),
        QString::fromLatin1(metric::kHostMemoryPercent) };
    qint64 t = kT0;
    for (const QString &m : names)
        store.append(target, m, t, 1);
    const qsizetype afterFirstMinute = store.memoryBytes();
    QCOMPARE(afterFirstMinute, 3 * SeriesStore::bytesPerSeries());
    for (int i = 1; i < 26 * 3600; ++i) { // a day and then some: every tier full
        t = kT0 + qint64(i) * 1000;
        for (const QString &m : names)
            QVERIFY(store.append(target, m, t, std::sin(i / 100.0) * 50 + 50));
    }
    QCOMPARE(store.memoryBytes(), afterFirstMinute);
    QCOMPARE(store.seriesCount(), 3);
    const MetricSeries *cpu = store.series(target, names.first());
    QVERIFY(cpu);
    for (int tier = 0; tier < MetricSeries::kTierCount; ++tier)
        QCOMPARE(cpu->size(tier), MetricSeries::kTiers[tier].capacity);
    // The rings are part of the object: its size is the bound, whatever was appended.
    QVERIFY(sizeof(MetricSeries) < 11 * 1024 + 512);
    QVERIFY(SeriesStore::bytesPerSeries() >= qsizetype(sizeof(MetricSeries)));
}

void TestSeriesStore::windowPicksFinestCoveringTier_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("minPoints");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<qint64>("spacingMs");
    QTest::newRow("1 min") << qint64(60'000) << 0 << 60 << 61 << qint64(1000);
    QTest::newRow("5 min") << qint64(300'000) << 0 << 300 << 301 << qint64(1000);
    QTest::newRow("10 min") << qint64(600'000) << 1 << 60 << 61 << qint64(10'000);
    QTest::newRow("1 h") << qint64(3'600'000) << 1 << 360 << 361 << qint64(10'000);
    QTest::newRow("6 h") << qint64(6 * 3'600'000) << 2 << 360 << 361 << qint64(60'000);
    QTest::newRow("24 h") << qint64(24 * 3'600'000) << 3 << 288 << 289 << qint64(300'000);
    QTest::newRow("48 h") << qint64(48 * 3'600'000) << 3 << 300 << 301 << qint64(300'000);
}

void TestSeriesStore::windowPicksFinestCoveringTier()
{
    QFETCH(qint64, windowMs);
    QFETCH(int, tier);
    QFETCH(int, minPoints);
    QFETCH(int, maxPoints);
    QFETCH(qint64, spacingMs);
    MetricSeries s;
    // 30 h of one point a second.
    const qint64 end = kT0 + 30LL * 3'600'000;
    for (qint64 t = kT0; t <= end; t += 1000)
        s.append(t, double((t - kT0) / 1000 % 100));
    QCOMPARE(s.tierFor(end - windowMs), tier);
    const auto pts = s.points(end - windowMs, end);
    QVERIFY2(pts.size() >= minPoints && pts.size() <= maxPoints, qPrintable(QString::number(pts.size())));
    for (int i = 1; i < pts.size(); ++i)
        QCOMPARE(pts.at(i).msecs - pts.at(i - 1).msecs, spacingMs);
    QVERIFY(pts.last().msecs <= end);
    QVERIFY(pts.last().msecs > end - spacingMs - 1);
}

void TestSeriesStore::aggregatedTiersHoldAverages()
{
    MetricSeries s;
    // 0..9 in the first 10 s bucket, 10..19 in the second: averages 4.5 and 14.5.
    for (int i = 0; i < 20; ++i)
        s.append(kT0 + i * 1000, i);
    // Push the raw tier past its capacity so a 1 h window reads 10 s averages.
    for (int i = 20; i < 400; ++i)
        s.append(kT0 + i * 1000, 100);
    QCOMPARE(s.tierFor(kT0), 1);
    const auto pts = s.points(kT0, kT0 + 19'999);
    QCOMPARE(pts.size(), 2);
    QCOMPARE(pts.at(0), (SeriesPoint { kT0, 4.5 }));
    QCOMPARE(pts.at(1), (SeriesPoint { kT0 + 10'000, 14.5 }));
    // The bucket being filled is included as its running average.
    const auto all = s.points(kT0, kT0 + 400'000);
    QCOMPARE(all.size(), 40);
    QCOMPARE(all.last(), (SeriesPoint { kT0 + 390'000, 100.0 }));
    // The last minute is still raw.
    const auto tail = s.points(kT0 + 390'000, kT0 + 400'000);
    QCOMPARE(tail.size(), 10);
    QCOMPARE(tail.last(), (SeriesPoint { kT0 + 399'000, 100.0 }));
}

void TestSeriesStore::droppedPoints()
{
    MetricSeries s;
    QVERIFY(s.append(kT0 + 5000, 1));
    QVERIFY(!s.append(kT0 + 4000, 2));
    QVERIFY(!s.append(kT0 + 6000, std::nan("")));
    QVERIFY(!s.append(kT0 + 6000, std::numeric_limits<double>::infinity()));
    QVERIFY(s.append(kT0 + 5000, 3)); // the same time again is fine
    QCOMPARE(s.points(kT0, kT0 + 10'000).size(), 2);
    QVERIFY(s.points(kT0 + 10'000, kT0).isEmpty());
}

void TestSeriesStore::storeRecordsEverySnapshotMetric()
{
    SeriesStore store;
    HealthSnapshot snap;
    snap.target.id = u"postgres/pg-meta/pg-meta-1"_s;
    snap.status = HealthStatus::Up;
    snap.at = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    snap.metrics.insert(QString::fromLatin1(metric::kPgTps), 120);
    snap.metrics.insert(QString::fromLatin1(metric::kPgConnections), 12);
    store.append(snap);
    snap.at = snap.at.addSecs(5);
    snap.metrics[QString::fromLatin1(metric::kPgTps)] = 80;
    store.append(snap);
    QCOMPARE(store.metrics(snap.target.id),
        QStringList({ QString::fromLatin1(metric::kPgConnections), QString::fromLatin1(metric::kPgTps) }));
    QCOMPARE(store.targets(), QStringList { snap.target.id });
    const auto tps = store.points(snap.target.id, QString::fromLatin1(metric::kPgTps), kT0, kT0 + 10'000);
    QCOMPARE(tps.size(), 2);
    QCOMPARE(tps.at(1), (SeriesPoint { kT0 + 5000, 80.0 }));
    QVERIFY(store.points(u"nope"_s, QString::fromLatin1(metric::kPgTps), kT0, kT0 + 1).isEmpty());
    store.removeTarget(snap.target.id);
    QCOMPARE(store.seriesCount(), 0);
    QCOMPARE(store.memoryBytes(), 0);
    QVERIFY(store.targets().isEmpty());
}

void TestSeriesStore::storeEvictsStalestSeriesAtItsCap()
{
    SeriesStore store(3);
    store.append(u"a"_s, u"m"_s, kT0 + 1000, 1);
    store.append(u"b"_s, u"m"_s, kT0 + 3000, 1);
    store.append(u"c"_s, u"m"_s, kT0 + 2000, 1);
    store.append(u"a"_s, u"m"_s, kT0 + 4000, 1); // a is fresh again; c is now the stalest
    store.append(u"d"_s, u"m"_s, kT0 + 5000, 1);
    QCOMPARE(store.seriesCount(), 3);
    QCOMPARE(store.memoryBytes(), 3 * SeriesStore::bytesPerSeries());
    QVERIFY(store.series(u"a"_s, u"m"_s));
    QVERIFY(store.series(u"b"_s, u"m"_s));
    QVERIFY(!store.series(u"c"_s, u"m"_s));
    QVERIFY(store.series(u"d"_s, u"m"_s));
    QCOMPARE(store.targets(), QStringList({ u"a"_s, u"b"_s, u"d"_s }));
    // Ten thousand new series later the store is still at its cap.
    for (int i = 0; i < 10'000; ++i)
        store.append(u"t%1"_s.arg(i), u"m"_s, kT0 + 10'000 + i, i);
    QCOMPARE(store.seriesCount(), 3);
    QVERIFY(store.series(u"t9999"_s, u"m"_s));
    QVERIFY(!store.series(u"a"_s, u"m"_s));
}

void TestSeriesStore::fleetBudget()
{
    // 200 targets × 12 metrics with a day of history each fit in a known amount of memory.
    const qsizetype budget = 200 * 12 * SeriesStore::bytesPerSeries();
    QVERIFY2(budget < 32 * 1024 * 1024, qPrintable(QString::number(budget)));
    QVERIFY(SeriesStore::kDefaultMaxSeries * SeriesStore::bytesPerSeries() < 256LL * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
