// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventorytreemodel.h"

#include <QPersistentModelIndex>
#include <QWidget>

namespace stackyard {

class InventorySession;

// One typed form of the inventory panel's Details tab (a PostgreSQL instance, a user, a
// database, HBA rules, Redis instances, a group's variables…). A form shows the item the tree
// selected, re-reads it after every change of the document, and writes each change through the
// session as one undoable command. Forms never keep their own copy of the data.
class FormPage : public QWidget
{
    Q_OBJECT

public:
    FormPage(InventorySession *session, QWidget *parent = nullptr);

    // Whether this form edits items of kind (with the cluster kind around them).
    virtual bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const = 0;
    // Shows the item at index (a tree model index: PointerRole, GroupRole, HostRole…).
    void showItem(const QModelIndex &index);
    QString pointer() const { return mPointer; }

signals:
    // A write was refused: the message says why (shown by the panel).
    void failed(const QString &message);
    // The form asks the panel to select the tree item of pointer (e.g. a user double-clicked
    // in the users list).
    void selectRequested(const QString &pointer);

protected:
    // Fills the widgets from the document for the current item; called on showItem() and after
    // every change of the document while the form is visible.
    virtual void refresh() = 0;
    void changeEvent(QEvent *event) override;
    // Sets every user-visible text.
    virtual void retranslate() {}

    InventorySession *session() const { return mSession; }
    const QPersistentModelIndex &item() const { return mItem; }
    QString group() const { return mGroup; }
    QString host() const { return mHost; }
    // Reports a failed write (Error) through failed().
    void report(const QString &what, const QString &where);
    // True while refresh() fills widgets, so their change signals are not taken as edits.
    bool isRefreshing() const { return mRefreshing; }

private:
    InventorySession *mSession;
    QPersistentModelIndex mItem;
    QString mPointer;
    QString mGroup;
    QString mHost;
    bool mRefreshing = false;
};

} // namespace stackyard
