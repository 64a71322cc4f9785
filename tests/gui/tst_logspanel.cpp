// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs panel, offscreen, following a real file on this machine (ansible_connection: local):
// its lines appear and keep coming, coloured by level; the level and regex filters narrow the
// rows; find next selects the match; export writes exactly the filtered lines.
#include "inventory/inventory.h"
#include "inventory/inventoryloader.h" // Error as a metatype
#include "logs/loglevelcolors.h"
#include "logs/logmodel.h"
#include "logs/logspanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

void append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

QStringList shownTexts(const LogModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, LogModel::MessageColumn).data().toString();
    return out;
}

// Whether image holds a pixel within a small distance of colour (text is antialiased).
bool hasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24)
                return true;
        }
    return false;
}

} // namespace

class TestLogsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsFiltersFindsAndExports();
};

void TestLogsPanel::followsFiltersFindsAndExports()
{
    // Redis and nginx error logs name no zone: local time, here UTC, so the rows' order is known.
    qputenv("TZ", "UTC");
    tzset();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(u"mixed.log"_s);
    append(log, "2026-12-07 01:00:00.000 UTC [10] LOG:  database system is ready to accept connections\n"
                "12345:M 07 Dec 2026 01:00:01.000 * Ready to accept connections tcp\n"
                "2026-12-07 01:00:02.000 UTC [11] postgres@meta ERROR:  relation \"needle_table\" does not exist\n"
                "2026/12/07 01:00:03 [warn] 1#1: upstream server temporarily disabled\n"
                "2026/12/07 01:00:04 [error] 1#1: *1 upstream timed out while reading needle\n"
                "127.0.0.1 - - [07/Dec/2026:01:00:05 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/8\"\n");

    QAction open(u"Open"_s);
    QAction sample(u"Sample"_s);
    LogsPanel panel(ShellActions{&open, &sample, nullptr});
    panel.resize(1200, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const auto inventory = Inventory::parse("all:\n  children:\n    infra:\n      hosts:\n        127.0.0.1: { ansible_connection: local }\n",
                                            dir.filePath(u"inventory.yml"_s));
    QVERIFY(inventory.ok());
    const InventoryOverview overview = inventory->overview();
    panel.setInventory(&overview);

    // It fits beside the main window's sidebar in a 1000 px window.
    QVERIFY2(panel.minimumSizeHint().width() <= 820, qPrintable(QString::number(panel.minimumSizeHint().width())));

    auto *host = panel.findChild<QComboBox *>(u"logsHost"_s);
    auto *source = panel.findChild<QComboBox *>(u"logsSource"_s);
    QCOMPARE(host->currentText(), u"127.0.0.1"_s);
    QVERIFY(source->findText(u"nginx"_s) >= 0);
    QVERIFY(source->findText(u"Other file…"_s) >= 0);

    // A real file followed through LocalTransport: the lines there, then the ones appended.
    panel.addSource(LogSourceSpec::file(u"127.0.0.1"_s, log));
    LogModel *model = panel.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 15000);
    QCOMPARE(model->index(0, LogModel::SourceColumn).data().toString(), u"127.0.0.1: "_s + log);
    append(log, "2026-12-07 01:00:06.000 UTC [12] FATAL:  terminating connection due to administrator command\n"
                "12345:M 07 Dec 2026 01:00:07.000 # WARNING overcommit_memory is set to 0\n");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, 15000);
    QCOMPARE(model->rowLevel(6), LogLevel::Fatal);
    QCOMPARE(model->index(2, LogModel::LevelColumn).data().toString(), u"Error"_s);

    // Level colours: the rows are painted in their level's colour.
    QTreeView *view = panel.view();
    QCOMPARE(view->model(), model);
    QVERIFY(view->uniformRowHeights());
    auto *delegate = qobject_cast<LogLevelDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    const QPalette palette = view->palette();
    QCOMPARE(delegate->textColor(model->index(2, 0), palette), logLevelColor(LogLevel::Error, palette));
    QCOMPARE(delegate->textColor(model->index(3, 0), palette), logLevelColor(LogLevel::Warning, palette));
    QVERIFY(logLevelColor(LogLevel::Error, palette) != logLevelColor(LogLevel::Info, palette));
    view->clearSelection();
    view->scrollToTop();
    const QImage shot = view->viewport()->grab().toImage();
    QVERIFY(hasColour(shot, logLevelColor(LogLevel::Error, palette)));
    QVERIFY(hasColour(shot, logLevelColor(LogLevel::Warning, palette)));

    // Filter by level: error and above.
    auto *level = panel.findChild<QComboBox *>(u"logsLevel"_s);
    level->setCurrentIndex(level->findData(int(LogLevel::Error)));
    QTRY_VERIFY(!model->isFiltering());
    QTRY_COMPARE(model->rowCount(), 3);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->rowLevel(r) >= LogLevel::Error);

    // And a regex on top.
    panel.findChild<QCheckBox *>(u"logsRegex"_s)->setChecked(true);
    auto *filter = panel.findChild<QLineEdit *>(u"logsFilter"_s);
    QTest::keyClicks(filter, u"upstream|needle_\\w+"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!model->isFiltering());
    QTRY_COMPARE(shownTexts(*model),
                 (QStringList{u"2026-12-07 01:00:02.000 UTC [11] postgres@meta ERROR:  relation \"needle_table\" does not exist"_s,
                              u"2026/12/07 01:00:04 [error] 1#1: *1 upstream timed out while reading needle"_s}));
    // New lines are filtered as they come.
    append(log, "2026/12/07 01:00:08 [error] 1#1: *2 upstream prematurely closed\n"
                "2026/12/07 01:00:09 [error] 1#1: *3 something else\n");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
    QTRY_COMPARE(model->totalLines(), 10);

    // Find next selects the match, and the next one after it.
    filter->clear();
    level->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 10);
    auto *find = panel.findChild<QLineEdit *>(u"logsFind"_s);
    find->setText(u"needle"_s);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"logsFindNext"_s), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY(view->selectionModel()->isRowSelected(2, {}));
    QTest::mouseClick(panel.findChild<QPushButton *>(u"logsFindNext"_s), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 4);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"logsFindPrevious"_s), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 2);

    // Export writes exactly the filtered lines.
    level->setCurrentIndex(level->findData(int(LogLevel::Warning)));
    QTRY_VERIFY(!model->isFiltering());
    QTRY_COMPARE(model->rowCount(), 7);
    QByteArray expected;
    for (int r = 0; r < model->rowCount(); ++r)
        expected += model->rowText(r) + '\n';
    QSignalSpy exported(model, &LogModel::exportFinished);
    const QString out = dir.filePath(u"export.log"_s);
    panel.exportTo(out);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 7);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expected);

    // A second source at once: its lines merge in by time, with their own source name.
    level->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 10);
    const QString other = dir.filePath(u"other.log"_s);
    append(other, "12345:S 07 Dec 2026 01:00:02.500 * replica: MASTER <-> REPLICA sync started\n"
                  "12345:S 07 Dec 2026 01:00:08.500 # Error condition on socket for SYNC: Connection refused\n");
    panel.addSource(LogSourceSpec::file(u"127.0.0.1"_s, other));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 15000);
    QCOMPARE(model->index(3, LogModel::SourceColumn).data().toString(), u"127.0.0.1: "_s + other);
    QVERIFY(model->rowText(3).endsWith("sync started"));
    QCOMPARE(model->index(2, LogModel::SourceColumn).data().toString(), u"127.0.0.1: "_s + log);
    QVERIFY(model->rowText(10).endsWith("Connection refused"));
    QCOMPARE(panel.findChild<QListWidget *>(u"logsActive"_s)->count(), 2);

    panel.stopAll();
}

QTEST_MAIN(TestLogsPanel)
#include "tst_logspanel.moc"
