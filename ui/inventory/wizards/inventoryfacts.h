// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/node/node.h>

namespace stackyard {

class InventoryEdits;

// What the wizards read from the open inventory: the clusters of a kind, a PostgreSQL cluster's
// users, databases, primary and port, a Redis cluster's primary instance and password; and the
// edits that append to one of its lists whether or not the list exists yet.
class InventoryFacts
{
public:
    struct PgUser
    {
        QString name;
        QString password; // as written (a reference, a hash, plain text or "")
        QString pointer; // of the password value ("" when the user has none)
    };
    struct PgDatabase
    {
        QString name;
        QString owner;
        QString pointer; // of the database's mapping
        bool hasVector = false; // extensions lists vector
    };
    struct Endpoint
    {
        QString host;
        int port = 0;
    };

    explicit InventoryFacts(const Inventory &inventory)
        : mInventory(inventory)
    { }

    QStringList groupsOfKind(ClusterKind kind) const;
    // The group's pg_cluster (or redis_cluster), else its name.
    QString clusterName(const QString &group) const;
    QList<PgUser> pgUsers(const QString &group) const;
    QList<PgDatabase> pgDatabases(const QString &group) const;
    // The host with pg_role primary (the first host when none says so) and the cluster's pg_port.
    Endpoint pgPrimary(const QString &group) const;
    // The first instance without replica_of of the first host of the cluster.
    Endpoint redisPrimary(const QString &group) const;
    // The cluster's redis_password, else the global one, else "".
    QString redisPassword(const QString &group, QString *pointer = nullptr) const;
    // Whether pgvector is installed for the cluster (its own pg_extensions, else the global list).
    bool hasPgvector(const QString &group) const;

    // Appends item to the list at pointer; creates the list when there is none.
    void appendTo(InventoryEdits &edits, const QString &pointer, const YAML::Node &item, const QString &what) const;
    // Adds pgvector to the cluster's pg_extensions (a copy of the global list when it has none).
    void addPgvector(InventoryEdits &edits, const QString &group, const QString &what) const;

private:
    QString varOf(const QString &group, const char *name, yaml::Tree::Index *at = nullptr) const;

    const Inventory &mInventory;
};

} // namespace stackyard
