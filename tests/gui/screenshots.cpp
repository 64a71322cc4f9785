// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the console's panels to PNG files for the README and for review:
//   stackyard_screenshots OUTPUT_DIR INVENTORY
// Writes <panel>.png (light), <panel>-dark.png, <panel>-zh_CN.png, empty.png and preferences.png,
// test-connection.png, test-all-hosts.png, host-key-unknown.png and host-key-changed.png.
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; scripts/screenshots does that.
#include "core/appinfo.h"
#include "core/localization.h"
#include "health/healthpanel.h"
#include "inventory/forms/variablesform.h"
#include "inventory/inventorypanel.h"
#include "inventory/inventoryloader.h"
#include "logs/logsource.h"
#include "logs/logspanel.h"
#include "preferences/preferencesdialog.h"
#include "provision/provisionpanel.h"
#include "secrets/secretstore.h"
#include "shell/mainwindow.h"
#include "shell/panel.h"
#include "shell/theme.h"
#include "transport/changedhostkeydialog.h"
#include "transport/hostcheckpanel.h"
#include "transport/hostkeydialog.h"
#include "transport/testallhostsdialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

const char *panelFile(int index)
{
    static const char *names[] = {"inventory", "provision", "health", "logs", "backups"};
    return names[index];
}

// Test connection on the inventory's first host (examples/local.yml: this machine, local).
bool saveTestConnection(MainWindow &window, const QString &outDir)
{
    window.showPanel(MainWindow::InventoryPanelIndex);
    auto *panel = window.findChild<InventoryPanel *>();
    if (!panel)
        return false;
    const QStringList groups = {u"infra"_s, u"pg-local"_s};
    HostCheckPanel *check = nullptr;
    for (const QString &group : groups) {
        panel->select(u"/all/children/%1/hosts/127.0.0.1"_s.arg(group));
        if (auto *form = qobject_cast<VariablesForm *>(panel->currentForm())) {
            check = form->hostCheck();
            break;
        }
    }
    if (!check)
        return false;
    QSignalSpy done(check, &HostCheckPanel::checkFinished);
    check->testConnection();
    done.wait(30000);
    const QSize old = window.size();
    window.resize(1280, 1000);
    const bool ok = save(&window, outDir + u"/test-connection.png"_s);
    window.resize(old);
    return ok;
}

// Test all hosts over a small inventory: this machine, and a host whose SSH port is closed.
bool saveTestAllHosts(const QString &outDir, QWidget *parent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hosts.yml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("all:\n  children:\n    infra:\n      hosts:\n"
               "        127.0.0.1: { ansible_connection: local }\n"
               "        10.10.10.11: { ansible_host: 127.0.0.1, ansible_port: 1, ansible_user: dba }\n");
    file.close();
    const Result<Inventory> inventory = InventoryLoader::loadNow(path);
    if (!inventory)
        return false;
    TestAllHostsDialog dialog(*inventory, inventory->hostKeys(), parent);
    dialog.resize(1200, 360);
    dialog.show();
    QSignalSpy done(&dialog, &TestAllHostsDialog::checksFinished);
    dialog.start();
    done.wait(30000);
    return save(&dialog, outDir + u"/test-all-hosts.png"_s);
}

bool saveHostKeyDialogs(const QString &outDir, QWidget *parent)
{
    const QString knownHosts = QDir::homePath() + u"/.ssh/known_hosts"_s;
    HostKeyDialog unknown(HostKeyPrompt{u"10.10.10.11"_s, u"ssh-ed25519"_s,
                                        u"SHA256:m3Q1Ck5nq4mZ6aVvJ0v3uQ0nRr0kFpNn7mZlX8bq9Yc"_s, knownHosts},
                          parent);
    unknown.show();
    bool ok = save(&unknown, outDir + u"/host-key-unknown.png"_s);
    ChangedHostKeyDialog changed(HostKeyChange{u"10.10.10.11"_s, u"ssh-ed25519"_s,
                                               u"SHA256:m3Q1Ck5nq4mZ6aVvJ0v3uQ0nRr0kFpNn7mZlX8bq9Yc"_s,
                                               u"SHA256:Zk0pW2fJ8sT4yQeLr1uXb9cVn3Hd6Ga5Mo7Ei2Kj4Ps"_s, knownHosts, 12},
                                 parent);
    changed.show();
    ok &= save(&changed, outDir + u"/host-key-changed.png"_s);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    // Keep the user's settings untouched: everything goes to a throw-away home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + u"/config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + u"/data"_s));

    QApplication app(argc, argv);
    appinfo::initialize(u"Stackyard"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: stackyard_screenshots OUTPUT_DIR INVENTORY\n");
        return 2;
    }
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    bool ok = true;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    applyTheme(Preferences::Theme::Light);
    window.showPanel(MainWindow::InventoryPanelIndex);
    ok &= save(&window, outDir + u"/empty.png"_s);

    // Under tests/harness/with-keyring (scripts/screenshots) the throw-away keychain gets the
    // sample's passwords, so that its plan can be made.
    if (qEnvironmentVariable("STACKYARD_KEYRING_SANDBOX") == u"1"_s)
        for (const QString &name : {u"pg-local/dbuser_app"_s, u"redis-local"_s})
            SecretStore::writeNow(name, u"Sample.Password.1"_s);
    QSettings().setValue(u"preferences/pollIntervalSeconds"_s, 1);

    QEventLoop loaded;
    QObject::connect(&window, &MainWindow::inventoryChanged, &loaded, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::inventoryFailed, &loaded, &QEventLoop::quit);
    window.openInventory(args.at(2));
    loaded.exec();
    if (!window.inventory()) {
        std::fprintf(stderr, "could not open %s\n", qPrintable(args.at(2)));
        return 1;
    }

    // The Provision panel with the plan of the first cluster (facts read from this machine) and
    // the first step's commands expanded; made again in each language (steps are named then).
    auto *provision = static_cast<ProvisionPanel *>(window.panel(MainWindow::ProvisionPanelIndex));
    const auto showPlan = [&window, provision] {
        for (const InventoryOverview::Group &g : window.inventory()->groups)
            if (g.kind == ClusterKind::PostgreSQL) {
                provision->planFor(g.name);
                break;
            }
        auto *planButton = provision->findChild<QPushButton *>(u"provisionPlan"_s);
        settle(100);
        for (int waited = 0; waited < 60000 && !planButton->isEnabled(); waited += 100)
            settle(100);
        if (auto *steps = provision->findChild<QTreeView *>(u"provisionSteps"_s); steps && steps->model()->rowCount() > 1) {
            const QModelIndex second = steps->model()->index(1, 0);
            steps->expand(second);
            steps->setCurrentIndex(steps->model()->index(0, 0, second));
        }
    };

    // Health polls once a second for the pictures; the panel gets a few polls (rates, sparklines).
    auto *health = static_cast<HealthPanel *>(window.panel(MainWindow::HealthPanelIndex));
    window.showPanel(MainWindow::HealthPanelIndex);
    settle(6000);
    // Logs: the files named in STACKYARD_SCREENSHOT_LOGS (colon-separated), followed on the
    // inventory's first host.
    auto *logs = static_cast<LogsPanel *>(window.panel(MainWindow::LogsPanelIndex));
    const QString logHost = window.inventory()->hostKeys().value(0);
    for (const QString &file : qEnvironmentVariable("STACKYARD_SCREENSHOT_LOGS").split(u':', Qt::SkipEmptyParts))
        logs->addSource(LogSourceSpec::file(logHost, file));
    settle(2000);

    struct Variant
    {
        Preferences::Theme theme;
        QString language;
        QString suffix;
    };
    const Variant variants[] = {{Preferences::Theme::Light, u"en"_s, QString()},
                                {Preferences::Theme::Dark, u"en"_s, u"-dark"_s},
                                {Preferences::Theme::Light, u"zh_CN"_s, u"-zh_CN"_s}};
    for (const Variant &v : variants) {
        Preferences p = window.preferences();
        p.theme = v.theme;
        p.language = v.language;
        window.applyPreferences(p);
        for (int i = 0; i < 5; ++i) {
            window.showPanel(i);
            if (i == MainWindow::ProvisionPanelIndex)
                showPlan();
            if (i == MainWindow::HealthPanelIndex)
                settle(1500);
            ok &= save(&window, u"%1/%2%3.png"_s.arg(outDir, QLatin1String(panelFile(i)), v.suffix));
        }
    }


    Preferences p = window.preferences();
    p.theme = Preferences::Theme::Light;
    p.language = u"en"_s;
    window.applyPreferences(p);
    // The drill-down of the first PostgreSQL card, with its charts.
    window.showPanel(MainWindow::HealthPanelIndex);
    for (const InventoryOverview::Group &g : window.inventory()->groups)
        if (g.kind == ClusterKind::PostgreSQL) {
            health->showGroup(u"postgres/"_s + g.name);
            break;
        }
    settle(2500);
    ok &= save(&window, outDir + u"/health-detail.png"_s);
    health->showOverview();
    ok &= saveTestConnection(window, outDir);
    ok &= saveTestAllHosts(outDir, &window);
    ok &= saveHostKeyDialogs(outDir, &window);

    window.showPreferences();
    ok &= save(window.preferencesDialog(), outDir + u"/preferences.png"_s);
    window.preferencesDialog()->reject();
    return ok ? 0 : 1;
}
