// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryoverview.h"
#include "settings/preferences.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace stackyard {

class InventorySession;
class InventoryWizard;
class Panel;
class PreferencesDialog;
struct Error;

// The console's shell: a sidebar of the five panels, the stacked panel area, menus with the
// standard shortcuts, a status bar with the open inventory and the connection state. It owns
// the open inventory snapshot and hands it to the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PanelIndex { InventoryPanelIndex, ProvisionPanelIndex, HealthPanelIndex, LogsPanelIndex, BackupsPanelIndex };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads path in the background; the panels update when it is read.
    void openInventory(const QString &path);
    // Opens the sample inventory (host = this machine), copying it to the data folder first.
    void openSampleInventory();
    void closeInventory();
    // Saves the open inventory in the background (atomically); false when there is none.
    bool saveInventory();
    InventorySession *session() const { return mSession; }

    void showPanel(int index);
    int currentPanel() const;
    Panel *panel(int index) const;

    void showPreferences();
    // Applies preferences to the running application (language, theme) and stores them.
    void applyPreferences(const Preferences &preferences);
    const Preferences &preferences() const { return mPreferences; }

    const std::optional<InventoryOverview> &inventory() const { return mInventory; }
    QString statusText() const;
    QString connectionText() const;
    PreferencesDialog *preferencesDialog() const { return mPreferencesDialog; }

signals:
    // The inventory in view changed (opened, reloaded, closed) or failed to open.
    void inventoryChanged();
    void inventoryFailed(const stackyard::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPanels();
    void retranslate();
    void restoreWindowState();
    void rebuildRecentMenu();
    void updateStatus();
    void setInventory(std::optional<InventoryOverview> overview);
    void showLoadError(const Error &error);
    void chooseInventoryFile();
    void chooseSaveAsFile();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeKeepChanges();
    void refreshFromSession();
    // File ▸ New Inventory / Import Pigsty Configuration and the Inventory menu
    // (mainwindowfileactions.cpp).
    void createInventoryActions();
    void retranslateInventoryActions();
    void updateInventoryActions();
    void showNewInventoryDialog();
    void chooseImportFile();
    void showWizard(InventoryWizard *wizard);
    void showMoveSecretsDialog();

    InventorySession *mSession;
    QUndoGroup *mUndoGroup;
    QListWidget *mSidebar;
    QStackedWidget *mStack;
    QLabel *mPathLabel;
    QLabel *mConnectionIcon;
    QLabel *mConnectionLabel;
    QList<Panel *> mPanels;
    PreferencesDialog *mPreferencesDialog = nullptr;
    Preferences mPreferences;
    std::optional<InventoryOverview> mInventory;

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    QMenu *mInventoryMenu = nullptr;
    QAction *mNewInventoryAction = nullptr;
    QAction *mImportPigstyAction = nullptr;
    QAction *mNewPgClusterAction = nullptr;
    QAction *mNewRedisClusterAction = nullptr;
    QAction *mNewAppAction = nullptr;
    QAction *mMoveSecretsAction = nullptr;
    QAction *mProvisionAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mOpenSampleAction = nullptr;
    QAction *mSaveAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mPreferencesAction = nullptr;
    QAction *mShowInventoryAction = nullptr;
    QAction *mToggleSidebarAction = nullptr;
    QAction *mAboutAction = nullptr;
    QAction *mAboutQtAction = nullptr;
    QActionGroup *mPanelActions = nullptr;
};

} // namespace stackyard
