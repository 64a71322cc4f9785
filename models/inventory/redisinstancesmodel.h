// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QAbstractTableModel>

namespace stackyard {

// The redis_instances of one Redis host as a table: port (an integer key, read-only) and
// replica_of ("IP PORT" of the primary, empty for a primary). Built from a snapshot; an edit is
// announced by replicaOfEdited() for the session to apply, and the table is refilled.
class RedisInstancesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PortColumn, ReplicaOfColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1 };

    explicit RedisInstancesModel(QObject *parent = nullptr);

    // Shows the mapping at instances (npos or anything but a mapping: an empty table).
    void setInstances(const Inventory &inventory, yaml::Tree::Index instances);
    void clear();
    QString portAt(int row) const;
    int rowOfPort(const QString &port) const;
    // The next port after the highest one (base when there is none).
    int nextFreePort(int base = 6379) const;
    // Every instance of every Redis group of inventory as "IP PORT" (host key and port), in
    // file order: what replica_of can name.
    static QStringList allInstances(const Inventory &inventory);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user set the replica_of of port to value ("" = a primary: remove replica_of).
    void replicaOfEdited(const QString &port, const QString &value);

private:
    struct Instance
    {
        QString port;
        QString replicaOf;
        QString pointer;
    };
    QList<Instance> mInstances;
};

} // namespace stackyard
