// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryoverview.h"

#include <QAbstractItemModel>

namespace stackyard {

// Groups of an inventory and their hosts as a two-level tree, over an InventoryOverview
// snapshot: data() only reads the snapshot.
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ConnectionColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IsGroupRole };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    void setOverview(const InventoryOverview &overview);
    const InventoryOverview &overview() const { return mOverview; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal id 0 marks a group row; a host row stores its group's row + 1.
    static constexpr quintptr groupId = 0;

    InventoryOverview mOverview;
};

} // namespace stackyard
