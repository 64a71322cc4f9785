// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: File ▸ New Inventory… and Import Pigsty Configuration…, and the Inventory menu
// (the wizards that add clusters and apps, Move Passwords to the Keychain).
#include "inventory/inventorypanel.h"
#include "inventory/inventorysession.h"
#include "inventory/movesecretsdialog.h"
#include "inventory/newinventorydialog.h"
#include "inventory/wizards/newappwizard.h"
#include "inventory/wizards/newpgclusterwizard.h"
#include "inventory/wizards/newredisclusterwizard.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace stackyard {

void MainWindow::createInventoryActions()
{
    const auto make = [this](const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    mNewInventoryAction = make("newInventoryAction");
    mNewInventoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(mNewInventoryAction, &QAction::triggered, this, &MainWindow::showNewInventoryDialog);
    mImportPigstyAction = make("importPigstyAction");
    connect(mImportPigstyAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    mNewPgClusterAction = make("newPgClusterAction");
    connect(
        mNewPgClusterAction, &QAction::triggered, this, [this] { showWizard(new NewPgClusterWizard(mSession, this)); });
    mNewRedisClusterAction = make("newRedisClusterAction");
    connect(mNewRedisClusterAction, &QAction::triggered, this,
        [this] { showWizard(new NewRedisClusterWizard(mSession, this)); });
    mNewAppAction = make("newAppAction");
    connect(mNewAppAction, &QAction::triggered, this, [this] { showWizard(new NewAppWizard(mSession, this)); });
    mMoveSecretsAction = make("moveSecretsAction");
    connect(mMoveSecretsAction, &QAction::triggered, this, &MainWindow::showMoveSecretsDialog);
    // The cluster (user, database, host) selected in the inventory tree, else the Provision panel.
    mProvisionAction = make("provisionSelectedAction");
    mProvisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(mProvisionAction, &QAction::triggered, this, [this] {
        auto *inventory = static_cast<InventoryPanel *>(panel(InventoryPanelIndex));
        if (currentPanel() != InventoryPanelIndex || !inventory->provisionCurrent())
            showPanel(ProvisionPanelIndex);
    });
    updateInventoryActions();
}

void MainWindow::retranslateInventoryActions()
{
    mNewInventoryAction->setText(tr("&New Inventory…"));
    mNewInventoryAction->setStatusTip(tr("Create an inventory from a template: single node, HA PostgreSQL, AI stack"));
    mImportPigstyAction->setText(tr("&Import Pigsty Configuration…"));
    mImportPigstyAction->setStatusTip(tr("Open a Pigsty configuration file (pigsty.yml or conf/*.yml) as it is"));
    mInventoryMenu->setTitle(tr("&Inventory"));
    mNewPgClusterAction->setText(tr("New &PostgreSQL Cluster…"));
    mNewRedisClusterAction->setText(tr("New &Redis Cluster…"));
    mNewAppAction->setText(tr("New &App…"));
    mMoveSecretsAction->setText(tr("&Move Passwords to the Keychain…"));
    mProvisionAction->setText(tr("Pro&vision Selected…"));
    mProvisionAction->setStatusTip(tr("Plan the provisioning of the cluster, user, database or host selected in the tree"));
    mMoveSecretsAction->setStatusTip(tr("Store the inventory's plain-text passwords in the system keychain"));
}

void MainWindow::updateInventoryActions()
{
    // The wizards edit the open inventory; while its text has a syntax error no edit applies.
    const bool open = mSession->isOpen();
    for (QAction *action : { mNewPgClusterAction, mNewRedisClusterAction, mNewAppAction, mMoveSecretsAction, mProvisionAction })
        action->setEnabled(open);
}

void MainWindow::showNewInventoryDialog()
{
    const QString directory = QSettings().value(u"mainWindow/lastDirectory"_s, QDir::homePath()).toString();
    auto *dialog = new NewInventoryDialog(directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewInventoryDialog::created, this, &MainWindow::openInventory);
    dialog->open();
}

void MainWindow::chooseImportFile()
{
    // Pigsty keeps its templates in ~/pigsty/conf and the active one in ~/pigsty/pigsty.yml.
    QString start = QDir::homePath();
    for (const QString &candidate : { QDir::home().filePath(u"pigsty/conf"_s), QDir::home().filePath(u"pigsty"_s) }) {
        if (QFileInfo(candidate).isDir()) {
            start = candidate;
            break;
        }
    }
    auto *dialog = new QFileDialog(
        this, tr("Import Pigsty Configuration"), start, tr("Pigsty configurations (*.yml *.yaml);;All files (*)"));
    dialog->setObjectName(u"importPigstyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openInventory);
    dialog->open();
}

void MainWindow::showWizard(InventoryWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &InventoryWizard::groupAdded, this, [this](const QString &pointer) {
        showPanel(InventoryPanelIndex);
        // The tree is rebuilt after the edit's change signal; select once that has happened.
        QTimer::singleShot(0, this, [this, pointer] {
            if (auto *inventory = qobject_cast<InventoryPanel *>(panel(InventoryPanelIndex)))
                inventory->select(pointer);
        });
    });
    connect(mSession, &InventorySession::closed, wizard, &QWidget::close);
    wizard->open();
}

void MainWindow::showMoveSecretsDialog()
{
    auto *dialog = new MoveSecretsDialog(mSession, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveSecretsDialog::moved, this, [this](int count) {
        statusBar()->showMessage(tr("Moved %n password(s) to the keychain", nullptr, count), 5000);
    });
    connect(mSession, &InventorySession::closed, dialog, &QWidget::close);
    dialog->open();
}

} // namespace stackyard
