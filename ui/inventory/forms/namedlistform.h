// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace stackyard {

// A list section of a PostgreSQL cluster whose items have a name (pg_users, pg_databases): the
// items with a detail column, Add (appends `{ name: NEW }`, creating the list when the cluster
// has none) and Remove; double-clicking an item asks the panel to select it.
class NamedListForm : public TypedForm
{
    Q_OBJECT

public:
    NamedListForm(const QString &listKey, InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QTreeWidget *list() const { return mList; }
    QLineEdit *newNameEdit() const { return mNewName; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    // Appends a new item named name.
    void addItem(const QString &name);
    // The pointer of the list in the cluster's vars (it may not exist yet).
    QString listPointer() const { return child(groupVarsPointer(), mListKey); }

protected:
    void refresh() override;
    void retranslate() override;
    // The second column of an item (index in the tree of the current document).
    virtual QString detailOf(int item) const = 0;
    virtual QString detailHeader() const = 0;
    virtual QString placeholder() const = 0;
    virtual QString addUndoText(const QString &name) const = 0;
    virtual QString removeUndoText(const QString &name) const = 0;
    virtual void retranslateTexts() = 0;

private:
    void removeSelected();

    QString mListKey;
    QTreeWidget *mList;
    QLineEdit *mNewName;
    QPushButton *mAdd;
    QPushButton *mRemove;
};

} // namespace stackyard
