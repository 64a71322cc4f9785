// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QPushButton;
class QTableView;

namespace stackyard {

class ComboDelegate;
class HbaRulesModel;

// The pg_hba_rules of a PostgreSQL cluster as a table (user, db, addr, auth, title, order,
// role) with Add rule and Remove; addr, auth and role are picked from Pigsty's aliases or typed.
// Shown for the "HBA rules" section and for one rule (its row is selected). Pigsty sorts the
// rules by order, so there is no moving them up or down.
class HbaRulesForm : public TypedForm
{
    Q_OBJECT

public:
    explicit HbaRulesForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QTableView *table() const { return mTable; }
    HbaRulesModel *model() const { return mModel; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    void addRule();
    // The pointer of the cluster's pg_hba_rules (it may not exist yet).
    QString listPointer() const;

protected:
    void refresh() override;
    void retranslate() override;

private:
    void editField(int row, const QString &field, const QString &value);
    void removeSelected();

    HbaRulesModel *mModel;
    QTableView *mTable;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QString mShownRule; // the rule item whose row was selected last
};

} // namespace stackyard
