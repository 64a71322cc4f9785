// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/formpage.h"

class QLabel;
class QStackedWidget;

namespace stackyard {

class HbaRulesForm;
class PgDatabasesForm;
class PgUsersForm;

// The sections of a PostgreSQL cluster (Instances, Users, Databases, HBA rules) and its HBA
// rule items. The panel picks a form by item kind only, and every section has the same kind,
// so this page tells them apart (by the list the section's pointer names, else by its row
// under the cluster) and shows the users, databases or HBA rules form for it.
class PgSectionForm : public FormPage
{
    Q_OBJECT

public:
    explicit PgSectionForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    PgUsersForm *usersForm() const { return mUsers; }
    PgDatabasesForm *databasesForm() const { return mDatabases; }
    HbaRulesForm *hbaRulesForm() const { return mHbaRules; }
    // The form shown for the current item (nullptr for the Instances section).
    FormPage *currentForm() const;

protected:
    void refresh() override;
    void retranslate() override;

private:
    QStackedWidget *mStack;
    QLabel *mInstances;
    PgUsersForm *mUsers;
    PgDatabasesForm *mDatabases;
    HbaRulesForm *mHbaRules;
    QPersistentModelIndex mForwarded; // the item last handed to a child form
};

} // namespace stackyard
