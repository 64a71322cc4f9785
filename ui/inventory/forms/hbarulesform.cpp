// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/hbarulesform.h"

#include "inventory/forms/combodelegate.h"
#include "inventory/hbarulesmodel.h"
#include "inventory/inventory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

HbaRulesForm::HbaRulesForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mModel(new HbaRulesModel(this))
    , mTable(new QTableView(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
{
    setObjectName(u"hbaRulesForm"_s);
    mTable->setObjectName(u"hbaRulesTable"_s);
    mAdd->setObjectName(u"addHbaRuleButton"_s);
    mRemove->setObjectName(u"removeHbaRuleButton"_s);
    mTable->setModel(mModel);
    mTable->verticalHeader()->hide();
    compactRows(mTable);
    mTable->horizontalHeader()->setSectionResizeMode(HbaRulesModel::TitleColumn, QHeaderView::Stretch);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mTable->setItemDelegateForColumn(
        HbaRulesModel::AddrColumn,
        new ComboDelegate({u"local"_s, u"localhost"_s, u"admin"_s, u"infra"_s, u"cluster"_s, u"intra"_s, u"world"_s},
                          this));
    mTable->setItemDelegateForColumn(HbaRulesModel::AuthColumn,
                                     new ComboDelegate({u"pwd"_s, u"ssl"_s, u"scram-sha-256"_s, u"md5"_s, u"cert"_s,
                                                        u"trust"_s, u"deny"_s, u"ident"_s, u"peer"_s},
                                                       this));
    mTable->setItemDelegateForColumn(HbaRulesModel::RoleColumn,
                                     new ComboDelegate({u"default"_s, u"primary"_s, u"replica"_s, u"offline"_s,
                                                        u"standby"_s, u"delayed"_s},
                                                       this));
    mRemove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    body()->addWidget(mTable, 1);
    body()->addLayout(buttons);

    // Queued: the view finishes committing its editor before the write refills the model.
    connect(mModel, &HbaRulesModel::fieldEdited, this, &HbaRulesForm::editField, Qt::QueuedConnection);
    connect(mAdd, &QPushButton::clicked, this, &HbaRulesForm::addRule);
    connect(mRemove, &QPushButton::clicked, this, &HbaRulesForm::removeSelected);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { mRemove->setEnabled(mTable->selectionModel()->hasSelection()); });
    retranslate();
}

bool HbaRulesForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const
{
    return clusterKind == ClusterKind::PostgreSQL
           && (kind == InventoryTreeModel::ItemKind::HbaRule || kind == InventoryTreeModel::ItemKind::Section);
}

QString HbaRulesForm::listPointer() const
{
    return child(groupVarsPointer(), u"pg_hba_rules"_s);
}

void HbaRulesForm::refresh()
{
    if (!inventory()) {
        mModel->clear();
        return;
    }
    const QModelIndexList selected = mTable->selectionModel()->selectedRows();
    int row = selected.isEmpty() ? -1 : selected.constFirst().row();
    mModel->setRules(*inventory(), nodeAt(listPointer()));
    // A rule item selects its own row, once; later refreshes keep what the user selected.
    const auto kind = InventoryTreeModel::ItemKind(item().data(InventoryTreeModel::ItemKindRole).toInt());
    if (kind == InventoryTreeModel::ItemKind::HbaRule && pointer() != mShownRule) {
        mShownRule = pointer();
        row = pointer().section(u'/', -1).toInt();
    } else if (kind != InventoryTreeModel::ItemKind::HbaRule) {
        mShownRule.clear();
    }
    if (row >= 0 && row < mModel->rowCount())
        mTable->selectRow(row);
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setSectionResizeMode(HbaRulesModel::TitleColumn, QHeaderView::Stretch);
    mRemove->setEnabled(mTable->selectionModel()->hasSelection());
    retranslate();
}

void HbaRulesForm::editField(int row, const QString &field, const QString &value)
{
    const QString rule = child(listPointer(), QString::number(row));
    const bool asString = field != u"order"_s;
    writeText(child(rule, field), value, asString);
}

void HbaRulesForm::addRule()
{
    const bool existed = has(listPointer());
    const YAML::Node rule = YAML::Load("{ user: all, db: all, addr: intra, auth: pwd, title: 'new rule' }");
    if (!appendTo(listPointer(), rule, tr("Add HBA rule")))
        return;
    mTable->selectRow(mModel->rowCount() - 1);
    if (!existed) {
        // The section had no list: select it again by its new pointer once the tree is rebuilt.
        const QString target = listPointer();
        QTimer::singleShot(0, this, [this, target] { emit selectRequested(target); });
    }
}

void HbaRulesForm::removeSelected()
{
    const QModelIndexList rows = mTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    const QString title = mModel->index(row, HbaRulesModel::TitleColumn).data().toString();
    removeAt(child(listPointer(), QString::number(row)), tr("Remove HBA rule %1").arg(title));
}

void HbaRulesForm::retranslate()
{
    titleLabel()->setText(tr("HBA rules of %1").arg(group()));
    hintLabel()->setText(tr("Who may connect from where, and how. Rules are sorted by order; rules without an order "
                            "come after the ordered ones (Pigsty's own rules use 100–650). Apply them with "
                            "bin/pgsql-hba %1.")
                             .arg(group()));
    mAdd->setText(tr("Add rule"));
    mRemove->setText(tr("Remove"));
}

} // namespace stackyard
