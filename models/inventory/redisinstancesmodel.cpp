// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/redisinstancesmodel.h"

#include "yaml/yamlpointer.h"

using namespace Qt::StringLiterals;

namespace stackyard {

RedisInstancesModel::RedisInstancesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RedisInstancesModel::clear()
{
    beginResetModel();
    mInstances.clear();
    endResetModel();
}

void RedisInstancesModel::setInstances(const Inventory &inventory, yaml::Tree::Index instances)
{
    beginResetModel();
    mInstances.clear();
    const yaml::Tree &t = inventory.tree();
    if (t.isMap(instances)) {
        for (std::size_t e = 0; e < t.entryCount(instances); ++e) {
            const yaml::Tree::Index value = t.valueAt(instances, e);
            mInstances.append({QString::fromStdString(t.scalar(t.keyAt(instances, e))),
                               QString::fromStdString(t.scalar(t.find(value, "replica_of"))),
                               QString::fromStdString(yaml::Pointer::of(t, value).toString())});
        }
    }
    endResetModel();
}

QString RedisInstancesModel::portAt(int row) const
{
    return row >= 0 && row < mInstances.size() ? mInstances.at(row).port : QString();
}

int RedisInstancesModel::rowOfPort(const QString &port) const
{
    for (int r = 0; r < mInstances.size(); ++r)
        if (mInstances.at(r).port == port)
            return r;
    return -1;
}

int RedisInstancesModel::nextFreePort(int base) const
{
    int highest = 0;
    for (const Instance &i : mInstances)
        highest = std::max(highest, i.port.toInt());
    return highest > 0 && highest < 65535 ? highest + 1 : base;
}

QStringList RedisInstancesModel::allInstances(const Inventory &inventory)
{
    QStringList out;
    const yaml::Tree &t = inventory.tree();
    for (const Inventory::Group &g : inventory.groups()) {
        if (g.kind != ClusterKind::Redis)
            continue;
        for (const QString &host : g.hostKeys) {
            const yaml::Tree::Index instances = t.find(inventory.hostVars(g, host), "redis_instances");
            if (!t.isMap(instances))
                continue;
            for (std::size_t e = 0; e < t.entryCount(instances); ++e) {
                const QString item = host + u' ' + QString::fromStdString(t.scalar(t.keyAt(instances, e)));
                if (!out.contains(item))
                    out << item;
            }
        }
    }
    return out;
}

int RedisInstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mInstances.size());
}

int RedisInstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedisInstancesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mInstances.size())
        return {};
    const Instance &i = mInstances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == PortColumn ? i.port : i.replicaOf;
    case Qt::ToolTipRole:
        if (index.column() == ReplicaOfColumn && i.replicaOf.isEmpty())
            return tr("A primary (or standalone): replicates nothing");
        return i.pointer;
    case PointerRole:
        return i.pointer;
    default:
        return {};
    }
}

bool RedisInstancesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ReplicaOfColumn)
        return false;
    const QString text = value.toString().simplified();
    const Instance &i = mInstances.at(index.row());
    if (text == i.replicaOf)
        return false;
    emit replicaOfEdited(i.port, text); // the session applies it; we are refilled
    return true;
}

Qt::ItemFlags RedisInstancesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ReplicaOfColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RedisInstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PortColumn ? tr("Port") : tr("Replica of");
}

} // namespace stackyard
