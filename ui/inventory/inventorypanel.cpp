// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorypanel.h"

#include "inventory/inventoryoverview.h"
#include "inventory/inventorytreemodel.h"
#include "shared/codeeditor.h"
#include "shared/emptystate.h"
#include "shared/yamlhighlighting.h"
#include "shell/theme.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTreeView>
#include <QVBoxLayout>

namespace stackyard {

InventoryPanel::InventoryPanel(const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
    , mStack(new QStackedLayout(this))
    , mEmpty(new EmptyState(QStringLiteral("inventory"), this))
    , mContent(new QWidget(this))
    , mSummary(new QLabel(mContent))
    , mTree(new QTreeView(mContent))
    , mYaml(new CodeEditor(mContent))
    , mModel(new InventoryTreeModel(this))
{
    mSummary->setObjectName(QStringLiteral("inventorySummary"));
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setWordWrap(true);

    mTree->setObjectName(QStringLiteral("inventoryTree"));
    mTree->setModel(mModel);
    mTree->setUniformRowHeights(true);
    mTree->setAlternatingRowColors(true);
    mTree->header()->setStretchLastSection(true);

    mYaml->setObjectName(QStringLiteral("inventoryYaml"));
    mYaml->setReadOnly(true);
    mHighlighter = attachYamlHighlighting(mYaml->document(), isDarkPalette(palette()));

    auto *splitter = new QSplitter(Qt::Horizontal, mContent);
    splitter->addWidget(mTree);
    splitter->addWidget(mYaml);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *contentLayout = new QVBoxLayout(mContent);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->addWidget(mSummary);
    contentLayout->addWidget(splitter, 1);

    mStack->addWidget(mEmpty);
    mStack->addWidget(mContent);
    mEmpty->setActions({actions.openInventory, actions.openSample});
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
    mOverview = overview;
    if (!overview) {
        mModel->setOverview({});
        mYaml->clear();
        mStack->setCurrentWidget(mEmpty);
    } else {
        mModel->setOverview(*overview);
        mTree->expandAll();
        for (int c = 0; c < InventoryTreeModel::ColumnCount - 1; ++c)
            mTree->resizeColumnToContents(c);
        mYaml->setPlainText(overview->text);
        mStack->setCurrentWidget(mContent);
    }
    retranslate();
}

void InventoryPanel::retranslate()
{
    mEmpty->setHeadline(tr("Open an inventory"));
    mEmpty->setDescription(
        tr("Stackyard works from a Pigsty-compatible Ansible inventory (pigsty.yml): clusters, hosts, users, "
           "databases and apps. Open yours, or start from the sample inventory whose only host is this "
           "machine."));
    if (mOverview) {
        const int hosts = int(mOverview->hostKeys().size());
        mSummary->setText(tr("%1 — %n group(s)", nullptr, int(mOverview->groups.size()))
                              .arg(QDir::toNativeSeparators(mOverview->path))
                          + QStringLiteral(", ")
                          + tr("%n host(s)", nullptr, hosts)
                          + QStringLiteral(" (")
                          + tr("%1 local, %2 over SSH").arg(mOverview->localHostCount()).arg(mOverview->remoteHostCount())
                          + QStringLiteral(")"));
    }
}

void InventoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateYamlHighlighting(mHighlighter, isDarkPalette(palette()));
    Panel::changeEvent(event);
}

} // namespace stackyard
