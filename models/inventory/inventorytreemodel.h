// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/finding.h"
#include "inventory/inventory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace stackyard {

// The inventory as the panel's tree: kinds → clusters → instances/hosts, users, databases, HBA
// rules, Redis instances; plus the global variables. Built from an Inventory snapshot (data()
// only reads it) and annotated with findings: each item knows the worst finding at or below it.
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemKind {
        Category,      // "PostgreSQL", "Redis"…
        Cluster,       // a group under all.children
        Section,       // "Instances", "Users", "Databases", "HBA rules"
        Host,          // a host of a group
        PgUser,
        PgDatabase,
        HbaRule,
        RedisInstance, // a port of a Redis host
        GlobalVars,    // all.vars
    };
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        PointerRole = Qt::UserRole + 1, // QString JSON Pointer of the item's value ("" for categories)
        ItemKindRole,                   // int(ItemKind)
        ClusterKindRole,                // int(ClusterKind) of the enclosing group
        GroupRole,                      // QString group name
        HostRole,                       // QString host key
        LineRole,                       // int, 1-based line in the file
        SeverityRole,                   // int: 0 none, 1 warning, 2 error (worst at or below)
        FindingCountRole,               // int: findings at or below
    };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    void setInventory(const Inventory *inventory);
    void setFindings(const Findings &findings);
    void clear();

    // The index of the item whose pointer is pointer (or its nearest ancestor item).
    QModelIndex indexForPointer(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        ItemKind kind = ItemKind::Category;
        ClusterKind clusterKind = ClusterKind::Other;
        QString name;
        QString detail;
        QString pointer;
        QString group;
        QString host;
        int line = 0;
        int parent = -1;
        int row = 0;
        QList<int> children;
        int severity = 0;
        int findings = 0;
    };

    int add(int parent, Item item);
    void build(const Inventory &inventory);
    int itemFor(const QString &pointer) const;

    QList<Item> mItems;
    QList<int> mRoots;
    QHash<QString, int> mByPointer;
};

} // namespace stackyard
