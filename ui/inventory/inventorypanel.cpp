// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorypanel.h"

#include "inventory/findingsmodel.h"
#include "inventory/forms/formpage.h"
#include "inventory/forms/formregistry.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/inventorytreemodel.h"
#include "inventory/yamlview.h"
#include "shared/emptystate.h"
#include "shared/themedicon.h"
#include "transport/testallhostsdialog.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace stackyard {

namespace {

// Adds the status icon of an item's worst finding to the tree's first column.
class SeverityIcons final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == 0) {
            switch (QIdentityProxyModel::data(index, InventoryTreeModel::SeverityRole).toInt()) {
            case 2:
                return mError;
            case 1:
                return mWarning;
            default:
                return {};
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon mError = themedIcon(QStringLiteral("status-error"));
    QIcon mWarning = themedIcon(QStringLiteral("status-warn"));
};

class FindingIcons final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == FindingsModel::SeverityColumn)
            return QIdentityProxyModel::data(index, FindingsModel::SeverityRole).toInt() == 2 ? mError : mWarning;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon mError = themedIcon(QStringLiteral("status-error"));
    QIcon mWarning = themedIcon(QStringLiteral("status-warn"));
};

} // namespace

InventoryPanel::InventoryPanel(InventorySession *session, const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
    , mSession(session)
    , mStack(new QStackedLayout(this))
    , mEmpty(new EmptyState(QStringLiteral("inventory"), this))
    , mContent(new QWidget(this))
    , mFilter(new QLineEdit(mContent))
    , mTestAllHosts(new QAction(this))
    , mTestAllHostsButton(new QToolButton(mContent))
    , mProvisionButton(new QToolButton(mContent))
    , mMessageBar(new QFrame(mContent))
    , mMessage(new QLabel(mMessageBar))
    , mReload(new QPushButton(mMessageBar))
    , mTree(new QTreeView(mContent))
    , mModel(new InventoryTreeModel(this))
    , mFilterModel(new QSortFilterProxyModel(this))
    , mTabs(new QTabWidget(mContent))
    , mForms(new QStackedWidget(mTabs))
    , mNoSelection(new QLabel(mForms))
    , mYaml(new YamlView(session, mTabs))
    , mProblemsSummary(new QLabel(mContent))
    , mProblems(new QTableView(mContent))
    , mFindings(new FindingsModel(this))
{
    mFilter->setObjectName(QStringLiteral("inventoryFilter"));
    mFilter->setClearButtonEnabled(true);

    auto *icons = new SeverityIcons(this);
    icons->setSourceModel(mModel);
    mFilterModel->setSourceModel(icons);
    mFilterModel->setRecursiveFilteringEnabled(true);
    mFilterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mFilterModel->setFilterKeyColumn(-1);
    mTree->setObjectName(QStringLiteral("inventoryTree"));
    mTree->setModel(mFilterModel);
    mTree->setUniformRowHeights(true);
    mTree->header()->setStretchLastSection(true);
    mTree->setMinimumWidth(260);
    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        mFilterModel->setFilterFixedString(text);
        if (!text.isEmpty())
            mTree->expandAll();
    });
    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InventoryPanel::showSelected);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTree, &QTreeView::customContextMenuRequested, this, &InventoryPanel::showTreeMenu);

    mMessageBar->setObjectName(QStringLiteral("inventoryMessageBar"));
    mMessageBar->setFrameShape(QFrame::StyledPanel);
    mMessageBar->setAutoFillBackground(true);
    mMessageBar->setBackgroundRole(QPalette::ToolTipBase);
    mMessage->setWordWrap(true);
    mMessage->setForegroundRole(QPalette::ToolTipText);
    auto *barLayout = new QHBoxLayout(mMessageBar);
    barLayout->addWidget(mMessage, 1);
    barLayout->addWidget(mReload);
    mMessageBar->hide();
    connect(mReload, &QPushButton::clicked, this, [this] {
        mMessageBar->hide();
        mSession->reload();
    });

    mNoSelection->setAlignment(Qt::AlignCenter);
    mNoSelection->setWordWrap(true);
    mNoSelection->setForegroundRole(QPalette::PlaceholderText);
    mForms->addWidget(mNoSelection);
    mFormPages = createInventoryForms(session, mForms);
    for (FormPage *form : std::as_const(mFormPages)) {
        mForms->addWidget(form);
        connect(form, &FormPage::failed, this, [this](const QString &message) { showMessage(message); });
        connect(form, &FormPage::selectRequested, this, &InventoryPanel::select);
    }
    mTabs->setObjectName(QStringLiteral("inventoryTabs"));
    mTabs->addTab(mForms, QString());
    mTabs->addTab(mYaml, QString());

    mProblems->setObjectName(QStringLiteral("inventoryProblems"));
    auto *findingIcons = new FindingIcons(this);
    findingIcons->setSourceModel(mFindings);
    mProblems->setModel(findingIcons);
    mProblems->verticalHeader()->hide();
    mProblems->horizontalHeader()->setStretchLastSection(false);
    mProblems->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    mProblems->setSelectionBehavior(QAbstractItemView::SelectRows);
    mProblems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(mProblems, &QTableView::activated, this, &InventoryPanel::jumpToFinding);
    connect(mProblems, &QTableView::clicked, this, &InventoryPanel::jumpToFinding);

    auto *left = new QWidget(mContent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    mTestAllHosts->setObjectName(QStringLiteral("testAllHostsAction"));
    mTestAllHosts->setIcon(themedIcon(QStringLiteral("status-ok")));
    mTestAllHosts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    mTestAllHosts->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(mTestAllHosts);
    connect(mTestAllHosts, &QAction::triggered, this, &InventoryPanel::testAllHosts);
    mTestAllHostsButton->setObjectName(QStringLiteral("testAllHostsButton"));
    mTestAllHostsButton->setDefaultAction(mTestAllHosts);
    mTestAllHostsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(mFilter, 1);
    filterRow->addWidget(mTestAllHostsButton);
    mProvisionButton->setObjectName(QStringLiteral("provisionSelectedButton"));
    mProvisionButton->setIcon(themedIcon(QStringLiteral("provision")));
    mProvisionButton->setEnabled(false);
    connect(mProvisionButton, &QToolButton::clicked, this, &InventoryPanel::provisionCurrent);
    filterRow->addWidget(mProvisionButton);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(mTree, 1);

    auto *top = new QSplitter(Qt::Horizontal, mContent);
    top->addWidget(left);
    top->addWidget(mTabs);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 5);

    auto *bottom = new QWidget(mContent);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(mProblemsSummary);
    bottomLayout->addWidget(mProblems, 1);

    auto *vertical = new QSplitter(Qt::Vertical, mContent);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 1);

    auto *contentLayout = new QVBoxLayout(mContent);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(mMessageBar);
    contentLayout->addWidget(vertical, 1);

    mStack->addWidget(mEmpty);
    mStack->addWidget(mContent);
    mEmpty->setActions({actions.openInventory, actions.openSample});

    connect(session, &InventorySession::opened, this, [this] {
        mMessageBar->hide();
        mSelectedPointer.clear();
        rebuildTree();
    });
    connect(session, &InventorySession::closed, this, [this] { mModel->clear(); });
    connect(session, &InventorySession::changed, this, [this] {
        if (!mRebuildPending) {
            mRebuildPending = true;
            QTimer::singleShot(0, this, &InventoryPanel::rebuildTree);
        }
    });
    connect(session, &InventorySession::findingsChanged, this, [this] {
        mFindings->setFindings(mSession->findings());
        mModel->setFindings(mSession->findings());
        updateProblemsSummary();
    });
    connect(session, &InventorySession::externallyChanged, this, [this](const QString &path) {
        showMessage(tr("%1 was changed by another program.").arg(QDir::toNativeSeparators(path))
                        + QLatin1Char(' ')
                        + (mSession->document()->isModified() ? tr("Reloading drops your unsaved changes.")
                                                              : tr("Reload to see the new version.")),
                    true);
    });
    connect(session, &InventorySession::saveFailed, this,
            [this](const Error &error) { showMessage(error.toString()); });
    retranslate();
}

QString InventoryPanel::title() const
{
    return tr("Inventory");
}

QString InventoryPanel::iconName() const
{
    return QStringLiteral("inventory");
}

void InventoryPanel::setInventory(const InventoryOverview *overview)
{
    mStack->setCurrentWidget(overview ? mContent : mEmpty);
}

void InventoryPanel::testAllHosts()
{
    if (!mSession->isOpen())
        return;
    const Inventory &inventory = mSession->document()->inventory();
    auto *dialog = new TestAllHostsDialog(inventory, inventory.hostKeys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
}

FormPage *InventoryPanel::currentForm() const
{
    return qobject_cast<FormPage *>(mForms->currentWidget());
}

void InventoryPanel::rebuildTree()
{
    mRebuildPending = false;
    // Keep what the user had open and selected across the rebuild.
    QSet<QString> expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < mFilterModel->rowCount(parent); ++r) {
            const QModelIndex i = mFilterModel->index(r, 0, parent);
            if (mTree->isExpanded(i)) {
                expanded.insert(i.data(InventoryTreeModel::PointerRole).toString() + QLatin1Char('|')
                                + i.data(Qt::DisplayRole).toString());
                collect(i);
            }
        }
    };
    collect({});
    const bool first = mModel->rowCount() == 0;

    mModel->setInventory(mSession->isOpen() ? &mSession->document()->inventory() : nullptr);
    mModel->setFindings(mSession->findings());

    const std::function<void(const QModelIndex &, int)> restore = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < mFilterModel->rowCount(parent); ++r) {
            const QModelIndex i = mFilterModel->index(r, 0, parent);
            const QString key = i.data(InventoryTreeModel::PointerRole).toString() + QLatin1Char('|')
                                + i.data(Qt::DisplayRole).toString();
            if ((first && depth < 2) || expanded.contains(key)) {
                mTree->expand(i);
                restore(i, depth + 1);
            }
        }
    };
    restore({}, 0);
    mTree->resizeColumnToContents(0);
    if (!mSelectedPointer.isEmpty()) {
        select(mSelectedPointer);
    } else if (first && mFilterModel->rowCount() > 0) {
        // A fresh inventory opens on its first cluster, not on an empty form.
        const QModelIndex category = mFilterModel->index(0, 0);
        const QModelIndex cluster = mFilterModel->index(0, 0, category);
        mTree->setCurrentIndex(cluster.isValid() ? cluster : category);
        showSelected();
    } else {
        showSelected();
    }
}

void InventoryPanel::select(const QString &pointer)
{
    const QModelIndex source = mModel->indexForPointer(pointer);
    if (!source.isValid())
        return;
    // Through the icon proxy (identity) into the filter proxy.
    const auto *icons = static_cast<QIdentityProxyModel *>(mFilterModel->sourceModel());
    const QModelIndex index = mFilterModel->mapFromSource(icons->mapFromSource(source));
    if (!index.isValid())
        return;
    mTree->setCurrentIndex(index);
    mTree->scrollTo(index);
    showSelected();
}

std::optional<InventoryPanel::ProvisionTarget> InventoryPanel::provisionTargetAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    using Kind = InventoryTreeModel::ItemKind;
    const auto kind = Kind(index.data(InventoryTreeModel::ItemKindRole).toInt());
    const auto cluster = ClusterKind(index.data(InventoryTreeModel::ClusterKindRole).toInt());
    ProvisionTarget t;
    t.cluster = index.data(InventoryTreeModel::GroupRole).toString();
    const bool provisionable = cluster == ClusterKind::PostgreSQL || cluster == ClusterKind::Redis || cluster == ClusterKind::App;
    if (!provisionable || t.cluster.isEmpty() || kind == Kind::Category || kind == Kind::HbaRule || kind == Kind::GlobalVars)
        return std::nullopt;
    const QString name = index.siblingAtColumn(InventoryTreeModel::NameColumn).data().toString();
    t.label = tr("Provision %1…").arg(t.cluster);
    if (kind == Kind::PgUser) {
        t.user = name;
        t.label = tr("Provision user %1…").arg(name);
    } else if (kind == Kind::PgDatabase) {
        t.database = name;
        t.label = tr("Provision database %1…").arg(name);
    } else if (kind == Kind::Host || kind == Kind::RedisInstance) {
        t.host = index.data(InventoryTreeModel::HostRole).toString();
        if (!t.host.isEmpty())
            t.label = tr("Provision %1 on %2…").arg(t.cluster, t.host);
    }
    return t;
}

bool InventoryPanel::provisionCurrent()
{
    const auto target = provisionTargetAt(mTree->currentIndex());
    if (target)
        emit provisionRequested(target->cluster, target->user, target->database, target->host);
    return target.has_value();
}

void InventoryPanel::showTreeMenu(const QPoint &position)
{
    const auto target = provisionTargetAt(mTree->indexAt(position));
    if (!target)
        return;
    QMenu menu(this);
    QAction *provision = menu.addAction(themedIcon(QStringLiteral("provision")), target->label);
    provision->setObjectName(QStringLiteral("provisionAction"));
    connect(provision, &QAction::triggered, this,
            [this, t = *target] { emit provisionRequested(t.cluster, t.user, t.database, t.host); });
    menu.exec(mTree->viewport()->mapToGlobal(position));
}

void InventoryPanel::updateProvisionButton()
{
    const auto target = provisionTargetAt(mTree->currentIndex());
    mProvisionButton->setEnabled(target.has_value());
    mProvisionButton->setToolTip(target ? target->label : tr("Select a cluster, user, database or host to provision it"));
}

void InventoryPanel::showSelected()
{
    const QModelIndex current = mTree->currentIndex();
    updateProvisionButton();
    const auto *icons = static_cast<QIdentityProxyModel *>(mFilterModel->sourceModel());
    const QModelIndex source = icons->mapToSource(mFilterModel->mapToSource(current));
    if (!source.isValid()) {
        mForms->setCurrentWidget(mNoSelection);
        return;
    }
    mSelectedPointer = source.data(InventoryTreeModel::PointerRole).toString();
    const auto kind = InventoryTreeModel::ItemKind(source.data(InventoryTreeModel::ItemKindRole).toInt());
    const auto clusterKind = ClusterKind(source.data(InventoryTreeModel::ClusterKindRole).toInt());
    for (FormPage *form : std::as_const(mFormPages)) {
        if (form->handles(kind, clusterKind)) {
            mForms->setCurrentWidget(form);
            form->showItem(source);
            return;
        }
    }
    mForms->setCurrentWidget(mNoSelection);
}

void InventoryPanel::jumpToFinding(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int line = index.data(FindingsModel::LineRole).toInt();
    const int column = index.data(FindingsModel::ColumnRole).toInt();
    const QString pointer = index.data(FindingsModel::PointerRole).toString();
    if (!pointer.isEmpty())
        select(pointer);
    mTabs->setCurrentWidget(mYaml);
    mYaml->goTo(line, column);
}

void InventoryPanel::showMessage(const QString &text, bool offerReload)
{
    mMessage->setText(text);
    mReload->setVisible(offerReload);
    mMessageBar->setVisible(!text.isEmpty());
}

void InventoryPanel::updateProblemsSummary()
{
    const int errors = mFindings->errorCount();
    const int warnings = mFindings->warningCount();
    if (errors == 0 && warnings == 0)
        mProblemsSummary->setText(tr("No problems found"));
    else
        mProblemsSummary->setText(tr("Problems: %1 error(s), %2 warning(s) — click one to go to its line")
                                      .arg(errors)
                                      .arg(warnings));
}

void InventoryPanel::retranslate()
{
    updateProvisionButton();
    mEmpty->setHeadline(tr("Open an inventory"));
    mEmpty->setDescription(
        tr("Stackyard works from a Pigsty-compatible Ansible inventory (pigsty.yml): clusters, hosts, users, "
           "databases and apps. Open yours, or start from the sample inventory whose only host is this "
           "machine."));
    mFilter->setPlaceholderText(tr("Filter clusters, hosts, users, databases…"));
    mTabs->setTabText(0, tr("Details"));
    mTabs->setTabText(1, tr("YAML"));
    mNoSelection->setText(tr("Select a cluster, host, user, database or rule in the tree to edit it here."));
    mReload->setText(tr("Reload"));
    mTestAllHosts->setText(tr("Test all hosts…"));
    mTestAllHosts->setToolTip(tr("Connects to every host of the inventory and reports reachability, latency, "
                                 "authentication, OS, kernel, CPU/RAM and sudo (%1)")
                                  .arg(mTestAllHosts->shortcut().toString(QKeySequence::NativeText)));
    updateProblemsSummary();
    if (mSession->isOpen())
        rebuildTree(); // the tree's labels ("Users", "%n host(s)") are translated when it is built
}

} // namespace stackyard
