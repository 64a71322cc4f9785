// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace stackyard {

// What kind of cluster an inventory group holds, recognised by its identity variables the way
// Pigsty does (pg_cluster, redis_cluster, minio_cluster, the etcd and infra groups, docker apps).
enum class ClusterKind { PostgreSQL, Redis, MinIO, Etcd, Infra, App, Other };

// A read-only summary of an Ansible/Pigsty YAML inventory: its groups with their kind and hosts,
// and how each host is reached. The editable document model builds on the same parse.
struct InventoryOverview
{
    struct Host
    {
        QString key;        // the key under hosts: (an IPv4 address in Pigsty inventories)
        QString address;    // ansible_host when set, else the key
        bool local = false; // ansible_connection: local
    };
    struct Group
    {
        QString name;
        ClusterKind kind = ClusterKind::Other;
        QList<Host> hosts;
    };

    QString path;
    QString text; // the file as read, for read-only display
    QList<Group> groups;

    // Distinct host keys over all groups, in first-seen order.
    QStringList hostKeys() const;
    int localHostCount() const;
    int remoteHostCount() const;
    int groupCount(ClusterKind kind) const;
};

// Parses inventory text. Errors name "path:line:column" and what to do.
Result<InventoryOverview> parseInventoryOverview(const QByteArray &text, const QString &path);

// Translated display name ("PostgreSQL", "Infrastructure"…).
QString clusterKindName(ClusterKind kind);
// Stable machine key for JSON output ("postgresql", "redis", "minio", "etcd", "infra", "app", "other").
QString clusterKindKey(ClusterKind kind);

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::InventoryOverview)
