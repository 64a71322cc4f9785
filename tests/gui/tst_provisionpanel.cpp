// SPDX-License-Identifier: GPL-3.0-or-later
// The Provision panel, offscreen, on this machine (ansible_connection: local): "Provision…" from
// the inventory tree makes a plan without changing anything; Apply provisions a real Redis
// instance step by step (states per host, output, run recorded in Past runs); a second apply
// finds everything already so; Cancel while planning leaves the panel usable. Applying needs
// root (it writes /etc/redis), which CI has.
#include "inventory/inventorypanel.h"
#include "inventory/inventorytreemodel.h"
#include "provision/plantreemodel.h"
#include "provision/provisionpanel.h"
#include "shell/mainwindow.h"
#include "testservers.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString run(const QStringList &argv)
{
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Answers the next modal question box with button.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start(20);
}

} // namespace

class TestProvisionPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    int mPort = 0;
    QString mPath;
    std::unique_ptr<MainWindow> mWindow;

    ProvisionPanel *panel() const
    {
        return static_cast<ProvisionPanel *>(mWindow->panel(MainWindow::ProvisionPanelIndex));
    }
    template<typename T> T *child(const char *name) const
    {
        T *w = panel()->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s in the provision panel", name);
        return w;
    }
    PlanTreeModel *steps() const { return qobject_cast<PlanTreeModel *>(child<QTreeView>("provisionSteps")->model()); }
    QString status() const { return child<QLabel>("provisionStatus")->text(); }

    // Waits until the panel is idle again (Plan enabled) after a plan or an apply.
    bool waitIdle(int ms)
    {
        auto *plan = child<QPushButton>("provisionPlan");
        QTest::qWait(50);
        return QTest::qWaitFor([plan] { return plan->isEnabled(); }, ms);
    }

    // The tree item of the inventory with this name under the group, found by walking the model.
    QModelIndex treeItem(const QString &text) const
    {
        auto *inventory = static_cast<InventoryPanel *>(mWindow->panel(MainWindow::InventoryPanelIndex));
        QAbstractItemModel *model = inventory->tree()->model();
        std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (i.data().toString() == text)
                    return i;
                if (const QModelIndex below = find(i); below.isValid())
                    return below;
            }
            return {};
        };
        return find({});
    }

    // Opens the tree's context menu on item and picks "Provision…".
    bool provisionFromTree(const QModelIndex &item)
    {
        auto *inventory = static_cast<InventoryPanel *>(mWindow->panel(MainWindow::InventoryPanelIndex));
        mWindow->showPanel(MainWindow::InventoryPanelIndex);
        QTreeView *tree = inventory->tree();
        tree->scrollTo(item);
        bool picked = false;
        QTimer::singleShot(100, qApp, [&picked] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                if (a->objectName() == u"provisionAction"_s) {
                    picked = true;
                    menu->close();
                    a->trigger();
                    return;
                }
            menu->close();
        });
        emit tree->customContextMenuRequested(tree->visualRect(item).center());
        return picked;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY(QFile::setPermissions(mDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                       | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        qputenv("HOME", mDir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.path() + u"/config"_s));
        qputenv("XDG_DATA_HOME", QFile::encodeName(mDir.path() + u"/data"_s));
        mPort = freePort();
        mPath = mDir.filePath(u"inventory.yml"_s);
        QFile file(mPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(uR"~(all:
  children:
    redis-gui:   # a cache for the tests
      hosts:
        127.0.0.4: { redis_node: 1, ansible_connection: local, redis_instances: { %1: {} } }
      vars: { redis_cluster: redis-gui, redis_max_memory: 16MB, redis_bind_address: '', redis_fs_main: '%2/redis' }
    pg-gui:
      hosts:
        127.0.0.5: { pg_seq: 1, pg_role: primary, ansible_connection: local, pg_port: %3, pg_data: '%2/pg' }
      vars:
        pg_cluster: pg-gui
        pg_version: 15
        pg_users: [ { name: gui_user ,password: 'Plain.Text.In.Inventory' ,roles: [ dbrole_readwrite ] } ]
        pg_databases: [ { name: guidb ,owner: gui_user } ]
)~"_s.arg(mPort)
                       .arg(mDir.path())
                       .arg(freePort())
                       .toUtf8());
        file.close();
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1280, 800);
        mWindow->show();
        QSignalSpy changed(mWindow.get(), &MainWindow::inventoryChanged);
        mWindow->openInventory(mPath);
        QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
    }

    void cleanupTestCase()
    {
        const QString name = u"redis-gui-1-%1"_s.arg(mPort);
        QFile pidFile(u"/var/run/redis/%1.pid"_s.arg(name));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const QString pid = QString::fromUtf8(pidFile.readAll()).trimmed();
            if (!pid.isEmpty())
                run({u"kill"_s, u"-KILL"_s, pid});
        }
        QFile::remove(u"/etc/redis/%1.conf"_s.arg(name));
        mWindow.reset();
    }

    void targetsListEveryCluster()
    {
        auto *target = child<QComboBox>("provisionTarget");
        QStringList texts;
        for (int i = 0; i < target->count(); ++i)
            texts << target->itemText(i);
        QVERIFY2(texts.contains(u"Redis redis-gui"_s), qPrintable(texts.join(u", "_s)));
        QVERIFY2(texts.contains(u"PostgreSQL pg-gui"_s), qPrintable(texts.join(u", "_s)));
    }

    // "Provision user gui_user…" on the tree: the panel opens on a plan of that user only, shows
    // every step and the whole plan text with the password masked; nothing ran.
    void provisionUserFromTreePlansOnly()
    {
        const QModelIndex user = treeItem(u"gui_user"_s);
        QVERIFY(user.isValid());
        QVERIFY(provisionFromTree(user));
        QCOMPARE(mWindow->currentPanel(), int(MainWindow::ProvisionPanelIndex));
        QCOMPARE(child<QComboBox>("provisionTarget")->currentText(), u"PostgreSQL pg-gui"_s);
        QCOMPARE(child<QComboBox>("provisionScope")->currentText(), u"User gui_user"_s);
        QVERIFY(waitIdle(60000));
        QVERIFY2(steps()->stepCount() > 0, qPrintable(status()));
        QVERIFY2(status().contains(u"Nothing has been changed yet"_s), qPrintable(status()));
        const QString planText = panel()->findChild<QTabWidget *>()->widget(1)->property("plainText").toString();
        QVERIFY2(planText.contains(u"gui_user"_s), qPrintable(planText.left(2000)));
        QVERIFY2(!planText.contains(u"Plain.Text.In.Inventory"_s), "the plan text shows a password");
        for (int i = 0; i < steps()->stepCount(); ++i)
            QCOMPARE(steps()->result(i).state, StepResult::State::Pending);
        QVERIFY(child<QPushButton>("provisionApply")->isEnabled());
        QVERIFY(!child<QPushButton>("provisionCancel")->isEnabled());
    }

    // The button beside the tree's filter: off for a category, "Provision redis-gui…" on the
    // cluster, and it opens the panel on that cluster.
    void buttonProvisionsTheSelection()
    {
        auto *inventory = static_cast<InventoryPanel *>(mWindow->panel(MainWindow::InventoryPanelIndex));
        mWindow->showPanel(MainWindow::InventoryPanelIndex);
        auto *button = inventory->findChild<QToolButton *>(u"provisionSelectedButton"_s);
        QVERIFY(button);
        inventory->tree()->setCurrentIndex(treeItem(u"Redis"_s));
        QVERIFY(!button->isEnabled());
        inventory->tree()->setCurrentIndex(treeItem(u"redis-gui"_s));
        QVERIFY(button->isEnabled());
        QCOMPARE(button->toolTip(), u"Provision redis-gui…"_s);
        button->click();
        QCOMPARE(mWindow->currentPanel(), int(MainWindow::ProvisionPanelIndex));
        QCOMPARE(child<QComboBox>("provisionTarget")->currentText(), u"Redis redis-gui"_s);
        QVERIFY(waitIdle(60000));
        QVERIFY2(steps()->stepCount() > 0, qPrintable(status()));
    }

    // Cancel while the facts are read: the plan is dropped and the panel can plan again.
    void cancelWhilePlanning()
    {
        child<QPushButton>("provisionPlan")->click();
        QVERIFY(child<QPushButton>("provisionCancel")->isEnabled());
        child<QPushButton>("provisionCancel")->click();
        QVERIFY(waitIdle(5000));
        QCOMPARE(steps()->stepCount(), 0);
        QVERIFY(!child<QPushButton>("provisionApply")->isEnabled());
        QTest::qWait(1500); // the dropped preparation's result must not appear
        QCOMPARE(steps()->stepCount(), 0);
    }

    // Apply provisions the Redis instance: every step ends done or already so, Redis answers,
    // the run is in Past runs; a second apply changes nothing.
    void applyRedisTwice()
    {
        if (::geteuid() != 0) {
            if (test::TestServers::inContinuousIntegration())
                QFAIL("applying writes /etc/redis and starts redis-server as redis: it needs root, which CI has");
            QSKIP("needs root");
        }
        for (int round = 0; round < 2; ++round) {
            panel()->planFor(u"redis-gui"_s);
            QVERIFY(waitIdle(60000));
            QVERIFY2(steps()->stepCount() > 0, qPrintable(status()));
            answerNextQuestion(QMessageBox::Yes);
            child<QPushButton>("provisionApply")->click();
            QVERIFY(QTest::qWaitFor([this] { return child<QPushButton>("provisionCancel")->isEnabled(); }, 5000));
            QVERIFY(QTest::qWaitFor([this] { return !child<QPushButton>("provisionCancel")->isEnabled(); }, 240000));
            QVERIFY2(status().startsWith(u"Done in"_s), qPrintable(status()));
            int changed = 0;
            for (int i = 0; i < steps()->stepCount(); ++i) {
                const auto state = steps()->result(i).state;
                QVERIFY2(state == StepResult::State::Changed || state == StepResult::State::AlreadySo
                             || state == StepResult::State::NotNeeded || state == StepResult::State::Verified,
                         qPrintable(steps()->step(i).title));
                changed += state == StepResult::State::Changed;
            }
            if (round == 0) {
                QVERIFY(changed > 0);
                // scripts/screenshots-provision keeps this view for the README.
                if (const QString dir = qEnvironmentVariable("STACKYARD_SCREENSHOT_DIR"); !dir.isEmpty())
                    QVERIFY(mWindow->grab().save(dir + u"/provision-applied.png"_s));
            }
            else
                QVERIFY2(changed == 0, qPrintable(status()));
            // Selecting a step shows what it did.
            child<QTreeView>("provisionSteps")->setCurrentIndex(steps()->stepIndex(0));
            QVERIFY(!child<QPlainTextEdit>("provisionOutput")->toPlainText().isEmpty());
        }
        const QString pong = run({u"redis-cli"_s, u"-h"_s, u"127.0.0.4"_s, u"-p"_s, QString::number(mPort), u"PING"_s});
        QCOMPARE(pong.trimmed(), u"PONG"_s);
        auto *tabs = panel()->findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        auto *runs = child<QTableView>("provisionRunsTable");
        QVERIFY(QTest::qWaitFor([runs] { return runs->model()->rowCount() == 2; }, 10000));
        QVERIFY(runs->model()->index(0, 0).data().isValid());
        tabs->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestProvisionPanel)
#include "tst_provisionpanel.moc"
