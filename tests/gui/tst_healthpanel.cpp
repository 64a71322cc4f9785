// SPDX-License-Identifier: GPL-3.0-or-later
// The Health panel, offscreen, on the fixture's real PostgreSQL and Redis and this machine as a
// host (ansible_connection: local): the overview shows a card per cluster and host with the
// right status — a Redis cluster on a closed port is down with the reason — worst first; the
// filter narrows the cards; a click drills down to the instances and charts that fill with
// points as polls arrive; the time window and Pause work.
#include "health/alertsmodel.h"
#include "health/desktopnotifier.h"
#include "health/healthdetail.h"
#include "health/healthmonitor.h"
#include "health/healthoverview.h"
#include "health/healthoverviewmodel.h"
#include "health/healthpanel.h"
#include "health/metricchart.h"
#include "health/metricnames.h"
#include "inventory/inventorysession.h"
#include "settings/preferences.h"
#include "shell/mainwindow.h"
#include "testservers.h"

#include <QDBusConnection>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::TestServers;

namespace {

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes
}

QModelIndex cardOf(HealthOverview *overview, const QString &groupId)
{
    QAbstractItemModel *model = overview->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(HealthOverviewModel::GroupIdRole).toString() == groupId)
            return model->index(row, 0);
    return {};
}

HealthStatus statusOf(HealthOverview *overview, const QString &groupId)
{
    const QModelIndex card = cardOf(overview, groupId);
    return card.isValid() ? HealthStatus(card.data(HealthOverviewModel::StatusRole).toInt()) : HealthStatus::Unknown;
}

// The freedesktop notification service, on the private session bus with-keyring gives the test:
// what the panel's desktop notifications really send over D-Bus.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                             const QStringList &, const QVariantMap &, int)
    {
        summaries << summary + u": "_s + body;
        return uint(summaries.size());
    }
};

} // namespace

class TestHealthPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewShowsHarnessInstances();
    void filterAndDrillDown();
    void alertsListedAndNotified();

private:
    NotificationService mNotifications;
    TestServers mServers;
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    HealthPanel *mPanel = nullptr;
};

void TestHealthPanel::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QSettings().setValue(u"preferences/pollIntervalSeconds"_s, 1);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.registerService(u"org.freedesktop.Notifications"_s)
        || !bus.registerObject(u"/org/freedesktop/Notifications"_s, &mNotifications, QDBusConnection::ExportScriptableSlots))
        QFAIL("no private session bus for the notification service (run under tests/harness/with-keyring)");
    const QString path = mDir.filePath(u"health.yml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"all:\n"
               "  children:\n"
               "    pg-test:\n"
               "      hosts:\n"
               "        127.0.0.1: { pg_seq: 1, pg_role: primary, ansible_connection: local }\n"
               "      vars:\n"
               "        pg_cluster: pg-test\n"
               "        pg_port: %1\n"
               "        pg_monitor_username: %2\n"
               "        pg_monitor_password: '%3'\n"
               "    redis-test:\n"
               "      hosts:\n"
               "        127.0.0.1: { redis_node: 1, redis_instances: { %4: {} }, ansible_connection: local }\n"
               "      vars:\n"
               "        redis_cluster: redis-test\n"
               "        redis_password: '%5'\n"
               "    redis-gone:\n"
               "      hosts:\n"
               "        127.0.0.2: { redis_node: 2, redis_instances: { %6: {} }, ansible_connection: local }\n"
               "      vars:\n"
               "        redis_cluster: redis-gone\n"_s
                   .arg(mServers.value(u"PG_PORT"_s), mServers.value(u"PG_USER"_s), mServers.value(u"PG_PASSWORD"_s),
                        mServers.value(u"REDIS_PORT"_s), mServers.value(u"REDIS_PASSWORD"_s))
                   .arg(closedPort())
                   .toUtf8());
    file.close();
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1200, 800);
    mWindow->show();
    mPanel = mWindow->findChild<HealthPanel *>();
    QVERIFY(mPanel);
    mWindow->showPanel(MainWindow::HealthPanelIndex);
    auto *session = mWindow->findChild<InventorySession *>();
    QVERIFY(session);
    QSignalSpy opened(session, &InventorySession::opened);
    session->open(path);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(int(mPanel->monitor()->layout().targets.size()), 5, 10000);
}

void TestHealthPanel::overviewShowsHarnessInstances()
{
    HealthOverview *overview = mPanel->overview();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(overview, u"postgres/pg-test"_s), HealthStatus::Up, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(overview, u"redis/redis-test"_s), HealthStatus::Up, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(overview, u"redis/redis-gone"_s), HealthStatus::Down, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(overview, u"host/127.0.0.1"_s), HealthStatus::Up, 15000);
    const QModelIndex gone = cardOf(overview, u"redis/redis-gone"_s);
    QVERIFY2(gone.data(HealthOverviewModel::DetailRole).toString().contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(gone.data(HealthOverviewModel::DetailRole).toString()));
    // Worst first: the down card leads.
    QCOMPARE(overview->view()->model()->index(0, 0).data(HealthOverviewModel::GroupIdRole).toString(), u"redis/redis-gone"_s);
    // Rates appear from the second poll on.
    QTRY_VERIFY_WITH_TIMEOUT(!cardOf(overview, u"postgres/pg-test"_s).data(HealthOverviewModel::KeyFigureRole).toString().isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(cardOf(overview, u"redis/redis-test"_s).data(HealthOverviewModel::SparklineRole).value<QList<double>>().size() >= 2,
                             15000);
}

void TestHealthPanel::filterAndDrillDown()
{
    HealthOverview *overview = mPanel->overview();
    overview->setFilterText(u"redis"_s);
    QCOMPARE(overview->view()->model()->rowCount(), 2);
    overview->setShow(HealthOverview::Show::Problems);
    QCOMPARE(overview->view()->model()->rowCount(), 1);
    overview->setShow(HealthOverview::Show::All);
    overview->setFilterText(QString());
    QCOMPARE(overview->view()->model()->rowCount(), 5);

    const QModelIndex pg = cardOf(overview, u"postgres/pg-test"_s);
    QTest::mouseClick(overview->view()->viewport(), Qt::LeftButton, {}, overview->view()->visualRect(pg).center());
    HealthDetail *detail = mPanel->detail();
    QTRY_VERIFY(detail->isVisible());
    QCOMPARE(detail->groupId(), u"postgres/pg-test"_s);
    QCOMPARE(detail->instancesModel()->rowCount(), 1);
    QCOMPARE(detail->instancesModel()->item(0, 1)->text(), u"pg-test-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detail->instancesModel()->item(0, 0)->data(Qt::UserRole + 1).toInt(), int(HealthStatus::Up), 10000);
    MetricChart *connections = nullptr;
    for (MetricChart *chart : detail->charts())
        if (chart->metric() == QLatin1StringView(metric::kPgConnections))
            connections = chart;
    QVERIFY(connections);
    QTRY_VERIFY_WITH_TIMEOUT(connections->linePoints(0).size() >= 2, 15000);
    QVERIFY(connections->linePoints(0).last().y() >= 1); // the probe's own connection at least

    // Pause freezes the chart while polls go on; Resume catches up.
    detail->setPaused(true);
    const qsizetype frozen = connections->linePoints(0).size();
    QTest::qWait(2500);
    QCOMPARE(connections->linePoints(0).size(), frozen);
    detail->setPaused(false);
    QVERIFY(connections->linePoints(0).size() > frozen);

    detail->setWindowMs(3600 * 1000);
    QCOMPARE(connections->windowMs(), qint64(3600 * 1000));
    QVERIFY(!connections->linePoints(0).isEmpty());

    QTest::mouseClick(detail->findChild<QToolButton *>(u"healthBackButton"_s), Qt::LeftButton);
    QTRY_VERIFY(overview->isVisible());

    // Preferences ▸ Poll interval reaches the running monitor without a restart.
    Preferences slower = mWindow->preferences();
    slower.pollIntervalSeconds = 3;
    mWindow->applyPreferences(slower);
    QCOMPARE(mPanel->monitor()->options().intervalMs, 3000);
    QVERIFY2(mWindow->findChild<QLabel *>(u"healthStatusLine"_s)->text().contains(u"3 s"_s),
             qPrintable(mWindow->findChild<QLabel *>(u"healthStatusLine"_s)->text()));
    slower.pollIntervalSeconds = 1;
    mWindow->applyPreferences(slower);
    QCOMPARE(mPanel->monitor()->options().intervalMs, 1000);
}

void TestHealthPanel::alertsListedAndNotified()
{
    // redis-gone is down: "Instance down" fires after two failed polls and is listed and sent.
    AlertsModel *alerts = mPanel->alertsModel();
    QTRY_VERIFY_WITH_TIMEOUT(alerts->activeCount() >= 1, 20000);
    bool listed = false;
    for (int row = 0; row < alerts->activeCount(); ++row)
        if (alerts->alert(row).target.cluster == u"redis-gone"_s && alerts->alert(row).ruleId == u"instance_down"_s)
            listed = true;
    QVERIFY(listed);
    QTRY_VERIFY_WITH_TIMEOUT(!mNotifications.summaries.isEmpty(), 10000);
    QVERIFY2(mNotifications.summaries.join(u'\n').contains(u"redis-gone"_s), qPrintable(mNotifications.summaries.join(u'\n')));
    // Nothing about the instances that are up.
    QVERIFY(!mNotifications.summaries.join(u'\n').contains(u"pg-test"_s));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
