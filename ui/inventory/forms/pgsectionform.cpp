// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pgsectionform.h"

#include "inventory/forms/hbarulesform.h"
#include "inventory/forms/pgdatabasesform.h"
#include "inventory/forms/pgusersform.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Rows of the sections under a PostgreSQL cluster in the tree (InventoryTreeModel::build).
enum SectionRow { InstancesRow, UsersRow, DatabasesRow, HbaRulesRow };

} // namespace

PgSectionForm::PgSectionForm(InventorySession *session, QWidget *parent)
    : FormPage(session, parent)
    , mStack(new QStackedWidget(this))
    , mInstances(new QLabel(mStack))
    , mUsers(new PgUsersForm(session, mStack))
    , mDatabases(new PgDatabasesForm(session, mStack))
    , mHbaRules(new HbaRulesForm(session, mStack))
{
    setObjectName(u"pgSectionForm"_s);
    mInstances->setAlignment(Qt::AlignCenter);
    mInstances->setWordWrap(true);
    mInstances->setForegroundRole(QPalette::PlaceholderText);
    mStack->addWidget(mInstances);
    for (FormPage *form : std::initializer_list<FormPage *>{mUsers, mDatabases, mHbaRules}) {
        mStack->addWidget(form);
        connect(form, &FormPage::failed, this, &FormPage::failed);
        connect(form, &FormPage::selectRequested, this, &FormPage::selectRequested);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mStack);
    retranslate();
}

bool PgSectionForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const
{
    return mHbaRules->handles(kind, clusterKind);
}

FormPage *PgSectionForm::currentForm() const
{
    return qobject_cast<FormPage *>(mStack->currentWidget());
}

void PgSectionForm::refresh()
{
    // Each child refreshes itself on document changes; it only needs the item when it changes.
    if (item() == mForwarded && item().isValid())
        return;
    mForwarded = item();
    const auto kind = InventoryTreeModel::ItemKind(item().data(InventoryTreeModel::ItemKindRole).toInt());
    int section = item().row();
    if (kind == InventoryTreeModel::ItemKind::HbaRule)
        section = HbaRulesRow;
    else if (pointer().endsWith(u"/pg_users"_s))
        section = UsersRow;
    else if (pointer().endsWith(u"/pg_databases"_s))
        section = DatabasesRow;
    else if (pointer().endsWith(u"/pg_hba_rules"_s))
        section = HbaRulesRow;
    FormPage *form = section == UsersRow       ? static_cast<FormPage *>(mUsers)
                     : section == DatabasesRow ? static_cast<FormPage *>(mDatabases)
                     : section == HbaRulesRow  ? static_cast<FormPage *>(mHbaRules)
                                               : nullptr;
    if (!form) {
        mStack->setCurrentWidget(mInstances);
        return;
    }
    mStack->setCurrentWidget(form);
    form->showItem(item());
}

void PgSectionForm::retranslate()
{
    mInstances->setText(tr("Select an instance of the cluster to edit its role, sequence number and connection."));
}

} // namespace stackyard
