// SPDX-License-Identifier: GPL-3.0-or-later
// The log model: merging sources by time, the bound, filters matched on a worker while new
// batches wait, pause, find, export, and the memory each line takes.
#include "inventory/inventoryloader.h" // Error as a metatype
#include "logs/logmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stackyard;
using namespace Qt::StringLiterals;

namespace {

LogBatch batch(int source, std::initializer_list<std::tuple<qint64, LogLevel, const char *>> lines)
{
    LogBatch b;
    b.source = source;
    for (const auto &[t, level, text] : lines)
        b.add(t, level, QByteArrayView(text));
    return b;
}

QStringList texts(const LogModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, LogModel::MessageColumn).data().toString();
    return out;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesSourcesByTime();
    void dropsTheOldestBeyondTheBound();
    void filterRunsOnAWorkerAndAppliesToNewBatches();
    void filterWithBoundAndMerge();
    void pauseHoldsBatches();
    void findWrapsAround();
    void exportWritesTheFilteredLines();
    void memoryPerLine();
};

void TestLogModel::mergesSourcesByTime()
{
    LogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int pg = m.addSource(u"postgres"_s);
    const int redis = m.addSource(u"redis"_s);
    m.append(batch(pg, {{10, LogLevel::Info, "pg 10"}, {30, LogLevel::Error, "pg 30"}, {50, LogLevel::Info, "pg 50"}}));
    m.append(batch(redis, {{20, LogLevel::Notice, "redis 20"}, {40, LogLevel::Warning, "redis 40"}, {60, LogLevel::Info, "redis 60"}}));
    QCOMPARE(texts(m), (QStringList{u"pg 10"_s, u"redis 20"_s, u"pg 30"_s, u"redis 40"_s, u"pg 50"_s, u"redis 60"_s}));
    QCOMPARE(m.index(1, LogModel::SourceColumn).data().toString(), u"redis"_s);
    QCOMPARE(m.index(2, LogModel::LevelColumn).data(LogModel::LevelRole).toInt(), int(LogLevel::Error));
    QCOMPARE(m.index(2, LogModel::LevelColumn).data().toString(), u"Error"_s);
    // Equal times keep arrival order.
    m.append(batch(pg, {{60, LogLevel::Info, "pg 60"}}));
    QCOMPARE(texts(m).last(), u"pg 60"_s);
}

void TestLogModel::dropsTheOldestBeyondTheBound()
{
    LogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setCapacity(5);
    const int s = m.addSource(u"a"_s);
    for (int i = 0; i < 4; ++i) {
        LogBatch b;
        b.source = s;
        for (int j = 0; j < 3; ++j)
            b.add(i * 3 + j, LogLevel::Info, QByteArray::number(i * 3 + j));
        m.append(b);
    }
    QCOMPARE(m.totalLines(), 5);
    QCOMPARE(texts(m), (QStringList{u"7"_s, u"8"_s, u"9"_s, u"10"_s, u"11"_s}));
    // A batch larger than the bound keeps its newest lines.
    LogBatch big;
    big.source = s;
    for (int j = 0; j < 12; ++j)
        big.add(100 + j, LogLevel::Info, QByteArray::number(100 + j));
    m.append(big);
    QCOMPARE(texts(m), (QStringList{u"107"_s, u"108"_s, u"109"_s, u"110"_s, u"111"_s}));
}

void TestLogModel::filterRunsOnAWorkerAndAppliesToNewBatches()
{
    LogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int s = m.addSource(u"a"_s);
    m.append(batch(s, {{1, LogLevel::Info, "checkpoint starting"}, {2, LogLevel::Error, "relation does not exist"},
                       {3, LogLevel::Warning, "Checkpoint complete"}, {4, LogLevel::Debug, "debug noise"}}));
    QSignalSpy filtering(&m, &LogModel::filteringChanged);
    m.setFilter({u"check"_s, false, false, LogLevel::Unknown});
    QVERIFY(m.isFiltering());
    // While the filter is matched, new lines wait; the old rows stay.
    m.append(batch(s, {{5, LogLevel::Error, "checkpoint failed"}}));
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.pendingLines(), 1);
    QTRY_VERIFY(!m.isFiltering());
    QCOMPARE(texts(m), (QStringList{u"checkpoint starting"_s, u"Checkpoint complete"_s, u"checkpoint failed"_s}));
    QCOMPARE(filtering.count(), 2);

    // Regex and level together; then new batches are matched as they come.
    m.setFilter({u"^(checkpoint|relation)\\b"_s, true, true, LogLevel::Warning});
    QTRY_VERIFY(!m.isFiltering());
    QCOMPARE(texts(m), (QStringList{u"relation does not exist"_s, u"checkpoint failed"_s}));
    m.append(batch(s, {{6, LogLevel::Fatal, "relation gone"}, {7, LogLevel::Info, "relation ok"}}));
    QCOMPARE(texts(m), (QStringList{u"relation does not exist"_s, u"checkpoint failed"_s, u"relation gone"_s}));
    QCOMPARE(m.totalLines(), 7);

    // An invalid regex is reported, and matches nothing.
    QVERIFY(!(LogFilter{u"(("_s, true, false, LogLevel::Unknown}.validate().ok()));

    // No filter: every line at once.
    m.setFilter({});
    QVERIFY(!m.isFiltering());
    QCOMPARE(m.rowCount(), 7);
}

void TestLogModel::filterWithBoundAndMerge()
{
    LogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setCapacity(6);
    const int a = m.addSource(u"a"_s);
    const int b = m.addSource(u"b"_s);
    m.setFilter({u"x"_s, false, false, LogLevel::Unknown});
    QTRY_VERIFY(!m.isFiltering());
    m.append(batch(a, {{10, LogLevel::Info, "x10"}, {20, LogLevel::Info, "y20"}, {30, LogLevel::Info, "x30"}}));
    m.append(batch(b, {{15, LogLevel::Info, "x15"}, {25, LogLevel::Info, "x25"}, {35, LogLevel::Info, "y35"}}));
    QCOMPARE(texts(m), (QStringList{u"x10"_s, u"x15"_s, u"x25"_s, u"x30"_s}));
    m.append(batch(a, {{40, LogLevel::Info, "x40"}, {50, LogLevel::Info, "x50"}}));
    // 8 lines held 6: x10 and x15 went.
    QCOMPARE(m.totalLines(), 6);
    QCOMPARE(texts(m), (QStringList{u"x25"_s, u"x30"_s, u"x40"_s, u"x50"_s}));
    m.append(batch(b, {{45, LogLevel::Info, "x45"}}));
    QCOMPARE(texts(m), (QStringList{u"x25"_s, u"x30"_s, u"x40"_s, u"x45"_s, u"x50"_s}));
    m.setFilter({});
    QCOMPARE(texts(m), (QStringList{u"x25"_s, u"x30"_s, u"y35"_s, u"x40"_s, u"x45"_s, u"x50"_s}));
    QCOMPARE(m.totalLines(), 6);
}

void TestLogModel::pauseHoldsBatches()
{
    LogModel m;
    const int s = m.addSource(u"a"_s);
    m.setPaused(true);
    m.append(batch(s, {{1, LogLevel::Info, "one"}}));
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(m.pendingLines(), 1);
    m.setPaused(false);
    QCOMPARE(texts(m), QStringList{u"one"_s});
    QCOMPARE(m.pendingLines(), 0);

    // A bound lowered while paused applies when the lines come.
    m.setPaused(true);
    m.append(batch(s, {{2, LogLevel::Info, "two"}, {3, LogLevel::Info, "three"}}));
    m.setCapacity(2);
    QCOMPARE(m.totalLines(), 1);
    m.setPaused(false);
    QCOMPARE(texts(m), (QStringList{u"two"_s, u"three"_s}));
}

void TestLogModel::findWrapsAround()
{
    LogModel m;
    const int s = m.addSource(u"a"_s);
    m.append(batch(s, {{1, LogLevel::Info, "alpha"}, {2, LogLevel::Info, "beta"}, {3, LogLevel::Error, "ALPHA two"}}));
    const LogFilter alpha{u"alpha"_s, false, false, LogLevel::Unknown};
    QCOMPARE(m.find(alpha, -1, true), 0);
    QCOMPARE(m.find(alpha, 0, true), 2);
    QCOMPARE(m.find(alpha, 2, true), 0);
    QCOMPARE(m.find(alpha, 0, false), 2);
    QCOMPARE(m.find({u"alpha"_s, false, true, LogLevel::Unknown}, 0, true), 0);
    QCOMPARE(m.find({u"b.t"_s, true, false, LogLevel::Unknown}, -1, true), 1);
    QCOMPARE(m.find({u"gamma"_s, false, false, LogLevel::Unknown}, 0, true), -1);
    QCOMPARE(m.rowsText({0, 2}), "alpha\nALPHA two\n"_ba);
}

void TestLogModel::exportWritesTheFilteredLines()
{
    QTemporaryDir dir;
    LogModel m;
    const int s = m.addSource(u"a"_s);
    m.append(batch(s, {{1, LogLevel::Info, "keep 1"}, {2, LogLevel::Info, "drop"}, {3, LogLevel::Error, "keep 2 ünïcode"}}));
    m.setFilter({u"keep"_s, false, false, LogLevel::Unknown});
    QTRY_VERIFY(!m.isFiltering());
    QSignalSpy done(&m, &LogModel::exportFinished);
    const QString path = dir.filePath(u"out.log"_s);
    m.exportFiltered(path);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(1).toLongLong(), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), "keep 1\nkeep 2 ünïcode\n"_ba);

    m.exportFiltered(dir.filePath(u"missing/dir/out.log"_s));
    QTRY_COMPARE(done.count(), 2);
    QVERIFY(!done.at(1).at(2).value<Error>().what.isEmpty());
}

void TestLogModel::memoryPerLine()
{
    LogModel m;
    m.setCapacity(100'000);
    const int s = m.addSource(u"a"_s);
    const QByteArray line(100, 'x');
    for (int i = 0; i < 30; ++i) {
        LogBatch b;
        b.source = s;
        for (int j = 0; j < 10'000; ++j)
            b.add(i * 10'000 + j, LogLevel::Info, line);
        m.append(b);
    }
    QCOMPARE(m.totalLines(), 100'000);
    const double perLine = double(m.memoryBytes()) / double(m.totalLines());
    // 24 bytes of record + 100 of text, and at most a couple of arena chunks of slack.
    QVERIFY2(perLine >= 124 && perLine < 124 + 30, qPrintable(QString::number(perLine)));
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
