// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "backup/backuppanel.h"
#include "core/appinfo.h"
#include "core/localization.h"
#include "health/healthpanel.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/inventorypanel.h"
#include "logs/logspanel.h"
#include "preferences/preferencesdialog.h"
#include "provision/provisionpanel.h"
#include "shared/themedicon.h"
#include "shell/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {
const QString kGeometry = u"mainWindow/geometry"_s;
const QString kState = u"mainWindow/state"_s;
const QString kPanel = u"mainWindow/panel"_s;
const QString kSidebar = u"mainWindow/sidebarVisible"_s;
const QString kLastDir = u"mainWindow/lastDirectory"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mSession(new InventorySession(this))
    , mUndoGroup(new QUndoGroup(this))
    , mSidebar(new QListWidget(this))
    , mStack(new QStackedWidget(this))
    , mPathLabel(new QLabel(this))
    , mConnectionIcon(new QLabel(this))
    , mConnectionLabel(new QLabel(this))
    , mPreferences(Preferences::load(QSettings()))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/stackyard.svg"_s));

    createActions();
    createPanels();
    createMenus();

    mSidebar->setObjectName(u"sidebar"_s);
    mSidebar->setIconSize(QSize(22, 22));
    mSidebar->setFrameShape(QFrame::NoFrame);
    mSidebar->setSpacing(2);
    mSidebar->setUniformItemSizes(true);
    mSidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mSidebar->setFocusPolicy(Qt::StrongFocus);
    mSidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    mSidebar->setFixedWidth(190);
    mSidebar->setBackgroundRole(QPalette::Window);
    for (Panel *p : std::as_const(mPanels))
        new QListWidgetItem(themedIcon(p->iconName()), p->title(), mSidebar);
    connect(mSidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPanel);

    mStack->setObjectName(u"panelStack"_s);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mSidebar);
    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(mStack, 1);
    setCentralWidget(central);

    mPathLabel->setObjectName(u"statusPath"_s);
    mConnectionLabel->setObjectName(u"statusConnection"_s);
    statusBar()->addWidget(mPathLabel, 1);
    statusBar()->addPermanentWidget(mConnectionIcon);
    statusBar()->addPermanentWidget(mConnectionLabel);

    connect(mSession, &InventorySession::opened, this, [this](const QString &path) {
        QSettings settings;
        RecentFiles::save(settings, RecentFiles::touched(RecentFiles::load(settings), path));
        settings.setValue(kLastDir, QFileInfo(path).absolutePath());
        refreshFromSession();
    });
    connect(mSession, &InventorySession::openFailed, this, [this](const Error &error) { showLoadError(error); });
    // Other panels follow the inventory as it is edited (their texts count clusters and hosts).
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(250);
    connect(refresh, &QTimer::timeout, this, &MainWindow::refreshFromSession);
    connect(mSession, &InventorySession::changed, refresh, qOverload<>(&QTimer::start));
    connect(mSession, &InventorySession::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        mSaveAction->setEnabled(modified);
    });
    connect(mSession, &InventorySession::saved, this, [this](const QString &path) {
        QSettings settings;
        RecentFiles::save(settings, RecentFiles::touched(RecentFiles::load(settings), path));
        refreshFromSession();
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    });
    mUndoGroup->addStack(mSession->undoStack());
    mUndoGroup->setActiveStack(mSession->undoStack());

    retranslate();
    restoreWindowState();
    setInventory(std::nullopt);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QString &icon, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!icon.isEmpty())
            action->setIcon(themedIcon(icon));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    mOpenAction = make("openInventoryAction", u"open"_s, QKeySequence::Open);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseInventoryFile);
    mOpenSampleAction = make("openSampleAction", {});
    connect(mOpenSampleAction, &QAction::triggered, this, &MainWindow::openSampleInventory);
    mSaveAction = make("saveAction", u"save"_s, QKeySequence::Save);
    mSaveAction->setEnabled(false); // enabled while the inventory has unsaved changes
    connect(mSaveAction, &QAction::triggered, this, &MainWindow::saveInventory);
    mSaveAsAction = make("saveAsAction", {}, QKeySequence::SaveAs);
    mSaveAsAction->setEnabled(false);
    connect(mSaveAsAction, &QAction::triggered, this, &MainWindow::chooseSaveAsFile);
    mCloseAction = make("closeInventoryAction", {}, QKeySequence::Close);
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeInventory);
    mQuitAction = make("quitAction", {}, QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mUndoAction = mUndoGroup->createUndoAction(this);
    mUndoAction->setObjectName(u"undoAction"_s);
    mUndoAction->setShortcut(QKeySequence::Undo);
    mUndoAction->setIcon(themedIcon(u"undo"_s));
    mRedoAction = mUndoGroup->createRedoAction(this);
    mRedoAction->setObjectName(u"redoAction"_s);
    mRedoAction->setShortcut(QKeySequence::Redo);
    mRedoAction->setIcon(themedIcon(u"redo"_s));

    mPreferencesAction = make("preferencesAction", u"preferences"_s, QKeySequence::Preferences);
    if (mPreferencesAction->shortcut().isEmpty()) // no platform default on X11/offscreen
        mPreferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    mPreferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(mPreferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    mShowInventoryAction = make("showInventoryAction", u"inventory"_s);
    connect(mShowInventoryAction, &QAction::triggered, this, [this] { showPanel(InventoryPanelIndex); });
    mToggleSidebarAction = make("toggleSidebarAction", {});
    mToggleSidebarAction->setCheckable(true);
    mToggleSidebarAction->setChecked(true);
    connect(mToggleSidebarAction, &QAction::toggled, mSidebar, &QWidget::setVisible);

    mAboutAction = make("aboutAction", {});
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Stackyard"),
                           tr("<h3>Stackyard %1</h3><p>A desktop console for self-hosted AI application "
                              "stacks: PostgreSQL, Redis and compose apps on your own Linux servers.</p>"
                              "<p>%2</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    appinfo::versionReport(u"stackyard"_s).toHtmlEscaped()));
    });
    mAboutQtAction = make("aboutQtAction", {});
    mAboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(mAboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    mPanelActions = new QActionGroup(this);
    mPanelActions->setExclusive(true);
    createInventoryActions();
}

void MainWindow::createPanels()
{
    const ShellActions shell{mOpenAction, mOpenSampleAction, mShowInventoryAction};
    mPanels = {new InventoryPanel(mSession, shell, mStack), new ProvisionPanel(mSession, shell, mStack), new HealthPanel(mSession, shell, mStack),
               new LogsPanel(shell, mStack), new BackupPanel(shell, mStack)};
    auto *inventoryPanel = static_cast<InventoryPanel *>(mPanels.at(InventoryPanelIndex));
    auto *provisionPanel = static_cast<ProvisionPanel *>(mPanels.at(ProvisionPanelIndex));
    connect(inventoryPanel, &InventoryPanel::provisionRequested, this,
            [this, provisionPanel](const QString &cluster, const QString &user, const QString &database, const QString &host) {
                showPanel(ProvisionPanelIndex);
                provisionPanel->planFor(cluster, user, database, host);
            });
    const char *names[] = {"inventoryPanel", "provisionPanel", "healthPanel", "logsPanel", "backupsPanel"};
    for (int i = 0; i < mPanels.size(); ++i) {
        Panel *p = mPanels.at(i);
        p->setObjectName(QLatin1String(names[i]));
        mStack->addWidget(p);
        auto *action = new QAction(themedIcon(p->iconName()), p->title(), mPanelActions);
        action->setObjectName(QLatin1String(names[i]) + u"Action"_s);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(i);
        addAction(action); // shortcuts work with the menu bar hidden too
        connect(action, &QAction::triggered, this, [this, i] { showPanel(i); });
    }
}

void MainWindow::createMenus()
{
    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mNewInventoryAction);
    mFileMenu->addAction(mOpenAction);
    mRecentMenu = mFileMenu->addMenu(QString());
    mRecentMenu->setObjectName(u"recentMenu"_s);
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    mFileMenu->addAction(mOpenSampleAction);
    mFileMenu->addAction(mImportPigstyAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mSaveAction);
    mFileMenu->addAction(mSaveAsAction);
    mFileMenu->addAction(mCloseAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addAction(mUndoAction);
    mEditMenu->addAction(mRedoAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mPreferencesAction);

    mViewMenu = menuBar()->addMenu(QString());
    mViewMenu->addActions(mPanelActions->actions());
    mViewMenu->addSeparator();
    mViewMenu->addAction(mToggleSidebarAction);

    mInventoryMenu = menuBar()->addMenu(QString());
    mInventoryMenu->setObjectName(u"inventoryMenu"_s);
    mInventoryMenu->addActions({mNewPgClusterAction, mNewRedisClusterAction, mNewAppAction});
    mInventoryMenu->addSeparator();
    mInventoryMenu->addAction(mMoveSecretsAction);
    mInventoryMenu->addSeparator();
    mInventoryMenu->addAction(mProvisionAction);

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mAboutAction);
    mHelpMenu->addAction(mAboutQtAction);
}

void MainWindow::retranslate()
{
    mFileMenu->setTitle(tr("&File"));
    mRecentMenu->setTitle(tr("Open &Recent"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mHelpMenu->setTitle(tr("&Help"));
    mOpenAction->setText(tr("&Open Inventory…"));
    mOpenAction->setIconText(tr("Open Inventory…"));
    mOpenAction->setStatusTip(tr("Open a Pigsty-compatible YAML inventory"));
    mOpenSampleAction->setText(tr("Open &Sample Inventory"));
    mOpenSampleAction->setIconText(tr("Open Sample Inventory"));
    mOpenSampleAction->setStatusTip(tr("Open an inventory whose only host is this machine"));
    mSaveAction->setText(tr("&Save"));
    mSaveAsAction->setText(tr("Save &As…"));
    mCloseAction->setText(tr("&Close Inventory"));
    mQuitAction->setText(tr("&Quit"));
    mUndoAction->setText(tr("&Undo"));
    mRedoAction->setText(tr("&Redo"));
    mPreferencesAction->setText(tr("&Preferences…"));
    mShowInventoryAction->setText(tr("Show Inventory"));
    mShowInventoryAction->setIconText(tr("Show Inventory"));
    mToggleSidebarAction->setText(tr("Show &Sidebar"));
    mAboutAction->setText(tr("&About Stackyard"));
    mAboutQtAction->setText(tr("About &Qt"));
    retranslateInventoryActions();

    const QList<QAction *> panelActions = mPanelActions->actions();
    for (int i = 0; i < mPanels.size(); ++i) {
        panelActions.at(i)->setText(mPanels.at(i)->title());
        if (QListWidgetItem *item = mSidebar->item(i)) {
            item->setText(mPanels.at(i)->title());
            item->setToolTip(mPanels.at(i)->title() + u"  ("_s
                             + panelActions.at(i)->shortcut().toString(QKeySequence::NativeText) + u')');
        }
    }
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(kState).toByteArray());
    mToggleSidebarAction->setChecked(settings.value(kSidebar, true).toBool());
    mSidebar->setVisible(mToggleSidebarAction->isChecked());
    showPanel(std::clamp(settings.value(kPanel, 0).toInt(), 0, int(mPanels.size()) - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPanel, currentPanel());
    settings.setValue(kSidebar, mToggleSidebarAction->isChecked());
    event->accept();
}

void MainWindow::showPanel(int index)
{
    if (index < 0 || index >= mPanels.size())
        return;
    mStack->setCurrentIndex(index);
    if (mSidebar->currentRow() != index)
        mSidebar->setCurrentRow(index);
    mPanelActions->actions().at(index)->setChecked(true);
}

int MainWindow::currentPanel() const
{
    return mStack->currentIndex();
}

Panel *MainWindow::panel(int index) const
{
    return mPanels.value(index);
}

void MainWindow::chooseInventoryFile()
{
    QSettings settings;
    const QString start = settings.value(kLastDir, QDir::homePath()).toString();
    auto *dialog = new QFileDialog(this, tr("Open Inventory"), start,
                                   tr("YAML inventories (*.yml *.yaml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openInventory);
    dialog->open();
}

void MainWindow::openInventory(const QString &path)
{
    mPathLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    if (!maybeKeepChanges())
        return;
    mSession->open(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

void MainWindow::openSampleInventory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    mPathLabel->setText(tr("Opening the sample inventory…"));
    if (!maybeKeepChanges())
        return;
    mSession->openSample(dir + u"/local.yml"_s);
}

void MainWindow::closeInventory()
{
    if (!maybeKeepChanges())
        return;
    mSession->close();
    setInventory(std::nullopt);
}

void MainWindow::setInventory(std::optional<InventoryOverview> overview)
{
    mInventory = std::move(overview);
    const InventoryOverview *current = mInventory ? &*mInventory : nullptr;
    for (Panel *p : std::as_const(mPanels))
        p->setInventory(current);
    mCloseAction->setEnabled(current != nullptr);
    mSaveAsAction->setEnabled(current != nullptr);
    updateInventoryActions();
    setWindowFilePath(current ? current->path : QString());
    setWindowTitle(current ? tr("%1[*] — Stackyard").arg(QFileInfo(current->path).fileName()) : tr("Stackyard"));
    setWindowModified(current && mSession->document()->isModified());
    updateStatus();
    emit inventoryChanged();
}

void MainWindow::refreshFromSession()
{
    if (mSession->isOpen())
        setInventory(mSession->overview());
}

bool MainWindow::saveInventory()
{
    if (!mSession->isOpen())
        return false;
    mSession->save();
    return true;
}

void MainWindow::chooseSaveAsFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Inventory As"), mSession->document()->path(),
                                   tr("YAML inventories (*.yml *.yaml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"yml"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { mSession->save(path); });
    dialog->open();
}

bool MainWindow::maybeKeepChanges()
{
    if (!mSession->isOpen() || !mSession->document()->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(QFileInfo(mSession->document()->path()).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesBox"_s);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: {
        // Closing waits for this one write: it is the user's data.
        const auto saved = mSession->document()->saveNow();
        if (!saved) {
            QMessageBox::warning(this, tr("Cannot save the inventory"), saved.error().toString());
            return false;
        }
        mSession->undoStack()->setClean();
        return true;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::showLoadError(const Error &error)
{
    updateStatus();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the inventory"), error.what,
                                QMessageBox::Ok, this);
    box->setObjectName(u"loadErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.where + (error.hint.isEmpty() ? QString() : u"\n\n"_s + error.hint));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->open();
    emit inventoryFailed(error);
}

QString MainWindow::statusText() const
{
    return mPathLabel->text();
}

QString MainWindow::connectionText() const
{
    return mConnectionLabel->text();
}

void MainWindow::updateStatus()
{
    if (!mInventory) {
        mPathLabel->setText(tr("No inventory open"));
        mConnectionLabel->setText(tr("Not connected"));
        mConnectionIcon->setPixmap(themedIcon(u"status-unknown"_s).pixmap(QSize(14, 14), devicePixelRatioF()));
        return;
    }
    mPathLabel->setText(QDir::toNativeSeparators(mInventory->path));
    const int local = mInventory->localHostCount();
    const int remote = mInventory->remoteHostCount();
    // No host is contacted until a panel needs it; the label says how hosts will be reached.
    mConnectionLabel->setText(tr("Not connected — hosts: %1 local, %2 over SSH").arg(local).arg(remote));
    mConnectionIcon->setPixmap(themedIcon(u"status-unknown"_s).pixmap(QSize(14, 14), devicePixelRatioF()));
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = RecentFiles::load(QSettings());
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QAction *action = mRecentMenu->addAction(u"&%1 %2"_s.arg(i < 9 ? QString::number(i + 1) : u"0"_s,
                                                                  QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { openInventory(file); });
    }
    if (files.isEmpty())
        mRecentMenu->addAction(tr("No recent inventories"))->setEnabled(false);
    mRecentMenu->addSeparator();
    QAction *clear = mRecentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] {
        QSettings settings;
        RecentFiles::save(settings, {});
    });
}

void MainWindow::showPreferences()
{
    if (!mPreferencesDialog) {
        mPreferencesDialog = new PreferencesDialog(this);
        connect(mPreferencesDialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    }
    mPreferencesDialog->setPreferences(mPreferences);
    mPreferencesDialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const Preferences old = mPreferences;
    mPreferences = preferences;
    QSettings settings;
    preferences.save(settings);
    settings.sync();
    if (old.language != preferences.language)
        Localization::apply(preferences.language); // LanguageChange reaches every widget
    if (old.theme != preferences.theme)
        applyTheme(preferences.theme);
    // Panels that mention preferences (the poll interval) refresh their texts.
    const InventoryOverview *current = mInventory ? &*mInventory : nullptr;
    for (Panel *p : std::as_const(mPanels))
        p->setInventory(current);
}

} // namespace stackyard
