// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/namedlistform.h"

#include "inventory/inventory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

NamedListForm::NamedListForm(const QString &listKey, InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mListKey(listKey)
    , mList(new QTreeWidget(this))
    , mNewName(new QLineEdit(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
{
    mList->setColumnCount(2);
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->header()->setStretchLastSection(true);
    mList->setMinimumHeight(mList->fontMetrics().height() * 10);
    mRemove->setEnabled(false);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(mNewName, 1);
    addRow->addWidget(mAdd);
    addRow->addWidget(mRemove);
    body()->addWidget(mList, 1);
    body()->addLayout(addRow);

    connect(mAdd, &QPushButton::clicked, this, [this] { addItem(mNewName->text().trimmed()); });
    connect(mNewName, &QLineEdit::returnPressed, mAdd, &QPushButton::click);
    connect(mRemove, &QPushButton::clicked, this, &NamedListForm::removeSelected);
    connect(mList, &QTreeWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mList->selectedItems().isEmpty()); });
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString target = child(listPointer(), QString::number(mList->indexOfTopLevelItem(item)));
        emit selectRequested(target);
    });
}

bool NamedListForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const
{
    return kind == InventoryTreeModel::ItemKind::Section && clusterKind == ClusterKind::PostgreSQL;
}

void NamedListForm::refresh()
{
    const int selected = mList->currentItem() && mList->currentItem()->isSelected()
                             ? mList->indexOfTopLevelItem(mList->currentItem())
                             : -1;
    mList->clear();
    const int list = nodeAt(listPointer());
    if (inventory() && list != yaml::Tree::npos && inventory()->tree().isSeq(list)) {
        const QStringList names = namesAt(listPointer());
        const auto &items = inventory()->tree().node(list).children;
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto *row = new QTreeWidgetItem(mList, {names.at(i), detailOf(items[std::size_t(i)])});
            row->setToolTip(0, child(listPointer(), QString::number(i)));
        }
    }
    if (selected >= 0 && selected < mList->topLevelItemCount())
        mList->setCurrentItem(mList->topLevelItem(selected));
    mList->resizeColumnToContents(0);
    mRemove->setEnabled(!mList->selectedItems().isEmpty());
    retranslate();
}

void NamedListForm::addItem(const QString &name)
{
    if (name.isEmpty()) {
        report(tr("Type the name of the new item first"), {});
        return;
    }
    if (namesAt(listPointer()).contains(name)) {
        report(tr("%1 is already in the list").arg(name), listPointer());
        return;
    }
    const bool existed = has(listPointer());
    YAML::Node item(YAML::NodeType::Map);
    item["name"] = stringNode(name);
    if (!appendTo(listPointer(), item, addUndoText(name)))
        return;
    mNewName->clear();
    if (!existed) {
        // The section had no list, so the tree knew it by no pointer: select it again by its
        // new one once the panel has rebuilt the tree.
        const QString target = listPointer();
        QTimer::singleShot(0, this, [this, target] { emit selectRequested(target); });
    }
}

void NamedListForm::removeSelected()
{
    QTreeWidgetItem *item = mList->currentItem();
    if (!item || !item->isSelected())
        return;
    const int row = mList->indexOfTopLevelItem(item);
    removeAt(child(listPointer(), QString::number(row)), removeUndoText(item->text(0)));
}

void NamedListForm::retranslate()
{
    mList->setHeaderLabels({tr("Name"), detailHeader()});
    mNewName->setPlaceholderText(placeholder());
    mAdd->setText(tr("Add"));
    mRemove->setText(tr("Remove"));
    retranslateTexts();
}

} // namespace stackyard
