// SPDX-License-Identifier: GPL-3.0-or-later
// The console shell, offscreen: panels by shortcut, Preferences (dark theme, 中文 live),
// opening an inventory, a bad inventory's error, recent files and restored window state.
#include "core/appinfo.h"
#include "core/localization.h"
#include "inventory/inventorypanel.h"
#include "inventory/yamlview.h"
#include "preferences/preferencesdialog.h"
#include "shared/codeeditor.h"
#include "shared/emptystate.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mHome;

    static QString sample()
    {
        return qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s;
    }

    // Every visible label's and button's text under widget, joined: what a person can read.
    static QString visibleText(const QWidget *widget)
    {
        QStringList texts;
        for (const QLabel *l : widget->findChildren<QLabel *>())
            if (l->isVisible())
                texts << l->text();
        for (const QAbstractButton *b : widget->findChildren<QAbstractButton *>())
            if (b->isVisible())
                texts << b->text();
        return texts.join(u'\n');
    }

    static QString sidebarText(const MainWindow &w)
    {
        auto *sidebar = w.findChild<QListWidget *>(u"sidebar"_s);
        QStringList items;
        for (int i = 0; i < sidebar->count(); ++i)
            items << sidebar->item(i)->text();
        return items.join(u'|');
    }

    static bool openAndWait(MainWindow &w, const QString &path)
    {
        QSignalSpy changed(&w, &MainWindow::inventoryChanged);
        QSignalSpy failed(&w, &MainWindow::inventoryFailed);
        w.openInventory(path);
        return QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 10000) && !changed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mHome.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mHome.path() + u"/config"_s));
        qputenv("XDG_DATA_HOME", QFile::encodeName(mHome.path() + u"/data"_s));
        appinfo::initialize(u"Stackyard"_s);
        QVERIFY(QFileInfo::exists(sample()));
    }

    void cleanup()
    {
        Localization::apply(u"en"_s);
        applyTheme(Preferences::Theme::System);
        QSettings().clear();
    }

    void startsWithHonestEmptyStates()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(sidebarText(w), u"Inventory|Provision|Health|Logs|Backups"_s);
        QCOMPARE(w.statusText(), u"No inventory open"_s);
        QCOMPARE(w.connectionText(), u"Not connected"_s);
        const QString inventoryText = visibleText(w.panel(MainWindow::InventoryPanelIndex));
        QVERIFY2(inventoryText.contains(u"Open an inventory"_s), qPrintable(inventoryText));
        QVERIFY(inventoryText.contains(u"Open Inventory…"_s));
        QVERIFY(inventoryText.contains(u"Open Sample Inventory"_s));
        QVERIFY(!w.findChild<QAction *>(u"saveAction"_s)->isEnabled());
    }

    void switchesPanelsWithShortcuts()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *stack = w.findChild<QStackedWidget *>(u"panelStack"_s);
        const QStringList headlines{u"Open an inventory"_s, u"Provision clusters and apps in one click"_s,
                                    u"Every instance, app and host at a glance"_s,
                                    u"Follow the logs of every host live"_s, u"Backups you have seen restore"_s};
        for (int i : {1, 2, 3, 4, 0}) {
            QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            QCOMPARE(w.currentPanel(), i);
            QCOMPARE(stack->currentWidget(), w.panel(i));
            QCOMPARE(w.findChild<QListWidget *>(u"sidebar"_s)->currentRow(), i);
            const QString text = visibleText(w.panel(i));
            QVERIFY2(text.contains(headlines.at(i)), qPrintable(text));
        }
        // Clicking in the sidebar switches too.
        w.findChild<QListWidget *>(u"sidebar"_s)->setCurrentRow(3);
        QCOMPARE(w.currentPanel(), 3);
        QVERIFY(visibleText(w.panel(3)).contains(u"Follow the logs of every host live"_s));
    }

    void opensTheSampleInventory()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, sample()));
        QVERIFY(w.inventory().has_value());
        QCOMPARE(w.statusText(), QDir::toNativeSeparators(sample()));
        QCOMPARE(w.connectionText(), u"Not connected — hosts: 1 local, 0 over SSH"_s);
        QCOMPARE(w.windowTitle(), u"local.yml[*] — Stackyard"_s);
        QVERIFY(!w.isWindowModified());
        auto *panel = qobject_cast<InventoryPanel *>(w.panel(MainWindow::InventoryPanelIndex));
        QVERIFY(panel->tree()->isVisible());
        const QAbstractItemModel *tree = panel->tree()->model();
        QCOMPARE(tree->rowCount(), 4); // PostgreSQL, Redis, Infrastructure, Global variables
        QCOMPARE(tree->index(0, 0).data().toString(), u"PostgreSQL"_s);
        QCOMPARE(tree->index(0, 0, tree->index(0, 0)).data().toString(), u"pg-local"_s);
        QVERIFY(panel->yamlView()->editor()->toPlainText().contains(u"pg_cluster: pg-local"_s));
        QVERIFY(!panel->yamlView()->editor()->isReadOnly());
        // The Provision panel offers the inventory's clusters.
        w.showPanel(MainWindow::ProvisionPanelIndex);
        auto *targets = w.panel(MainWindow::ProvisionPanelIndex)->findChild<QComboBox *>(u"provisionTarget"_s);
        QVERIFY(targets && targets->isVisible());
        QStringList offered;
        for (int i = 0; i < targets->count(); ++i)
            offered << targets->itemText(i);
        QCOMPARE(offered.size(), 2);
        QVERIFY2(offered.first().startsWith(u"PostgreSQL "_s) && offered.last().startsWith(u"Redis "_s), qPrintable(offered.join(u", "_s)));
        // It went to the recent files.
        QCOMPARE(RecentFiles::load(QSettings()).value(0), QDir::cleanPath(sample()));

        w.closeInventory();
        QVERIFY(!w.inventory().has_value());
        QCOMPARE(w.statusText(), u"No inventory open"_s);
    }

    void badInventoryShowsWhereAndKeepsState()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.yml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("all:\n  children:\n    pg: { hosts: [\n");
        f.close();

        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, sample()));
        QVERIFY(!openAndWait(w, bad));
        auto *box = w.findChild<QMessageBox *>(u"loadErrorBox"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), u"The file is not valid YAML"_s);
        QVERIFY2(box->informativeText().startsWith(bad + u":4:"_s), qPrintable(box->informativeText()));
        box->close();
        // The inventory that was open stays open.
        QCOMPARE(w.inventory()->path, QDir::cleanPath(sample()));
    }

    void preferencesSwitchToDarkAndChinese()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!isDarkPalette(QApplication::palette()));

        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Comma));
        PreferencesDialog *dialog = w.preferencesDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Preferences"_s);

        dialog->themeCombo()->setCurrentIndex(dialog->themeCombo()->findData(u"dark"_s));
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"zh_CN"_s));
        dialog->pollIntervalSpin()->setValue(30);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        // Dark: a real dark palette, applied to the window.
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTRY_VERIFY2(w.palette().color(QPalette::Window).lightness() < 80,
                     qPrintable(w.palette().color(QPalette::Window).name()));
        QVERIFY(w.palette().color(QPalette::WindowText).lightness() > 180);

        // 中文, live: sidebar, menus, status bar and panel texts.
        QTRY_COMPARE(sidebarText(w), u"清单|部署|健康|日志|备份"_s);
        QCOMPARE(w.menuBar()->actions().constFirst()->text(), u"文件(&F)"_s);
        QCOMPARE(w.statusText(), u"未打开清单"_s);
        QVERIFY(visibleText(w.panel(MainWindow::InventoryPanelIndex)).contains(u"打开清单"_s));
        // Panel shortcuts need the main window active again once the dialog has closed. A window
        // manager does that; the offscreen platform leaves the hidden dialog active, so do it here.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(w.currentPanel(), int(MainWindow::HealthPanelIndex));
        const QString health = visibleText(w.panel(MainWindow::HealthPanelIndex));
        QVERIFY2(health.contains(u"一目了然"_s), qPrintable(health));

        // Stored, and read back by the next window.
        const Preferences stored = Preferences::load(QSettings());
        QCOMPARE(stored.theme, Preferences::Theme::Dark);
        QCOMPARE(stored.language, u"zh_CN"_s);
        QCOMPARE(stored.pollIntervalSeconds, 30);

        // The dialog itself is translated when opened again; Cancel changes nothing.
        w.showPreferences();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"首选项"_s);
        dialog->themeCombo()->setCurrentIndex(dialog->themeCombo()->findData(u"light"_s));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(isDarkPalette(QApplication::palette()));

        // And back to English.
        Preferences english = w.preferences();
        english.language = u"en"_s;
        english.theme = Preferences::Theme::Light;
        w.applyPreferences(english);
        QTRY_COMPARE(sidebarText(w), u"Inventory|Provision|Health|Logs|Backups"_s); // LanguageChange is posted
        QVERIFY(!isDarkPalette(QApplication::palette()));
    }

    void restoresWindowStateAndPanel()
    {
        {
            MainWindow w;
            w.show();
            w.resize(1000, 640);
            w.showPanel(MainWindow::LogsPanelIndex);
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.currentPanel(), int(MainWindow::LogsPanelIndex));
        QCOMPARE(again.size(), QSize(1000, 640));
    }

    void opensTheEmbeddedSample()
    {
        MainWindow w;
        w.show();
        QSignalSpy changed(&w, &MainWindow::inventoryChanged);
        auto *button = w.panel(MainWindow::InventoryPanelIndex)->findChild<QPushButton *>(u"openSampleActionButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.inventory().has_value(), 10000);
        QVERIFY(w.inventory()->path.startsWith(mHome.path()));
        QVERIFY(QFileInfo::exists(w.inventory()->path));
        QCOMPARE(w.inventory()->localHostCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
