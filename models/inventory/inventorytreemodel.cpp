// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorytreemodel.h"

namespace stackyard {

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void InventoryTreeModel::setOverview(const InventoryOverview &overview)
{
    beginResetModel();
    mOverview = overview;
    endResetModel();
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < mOverview.groups.size() ? createIndex(row, column, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.row() >= mOverview.groups.size())
        return {};
    if (row >= mOverview.groups.at(parent.row()).hosts.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mOverview.groups.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(mOverview.groups.at(parent.row()).hosts.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isGroup = index.internalId() == groupId;
    const int groupRow = isGroup ? index.row() : int(index.internalId() - 1);
    const InventoryOverview::Group &group = mOverview.groups.at(groupRow);

    if (role == KindRole)
        return int(group.kind);
    if (role == IsGroupRole)
        return isGroup;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    if (isGroup) {
        switch (index.column()) {
        case NameColumn:
            return group.name;
        case KindColumn:
            return clusterKindName(group.kind);
        case ConnectionColumn:
            return tr("%n host(s)", nullptr, int(group.hosts.size()));
        default:
            return {};
        }
    }
    const InventoryOverview::Host &host = group.hosts.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return host.key;
    case KindColumn:
        return tr("Host");
    case ConnectionColumn:
        return host.local ? tr("local") : tr("SSH to %1").arg(host.address);
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ConnectionColumn:
        return tr("Connection");
    default:
        return {};
    }
}

} // namespace stackyard
