// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventoryoverview.h"

#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace stackyard {

QStringList InventoryOverview::hostKeys() const
{
    QStringList keys;
    QSet<QString> seen;
    for (const Group &g : groups)
        for (const Host &h : g.hosts)
            if (!seen.contains(h.key)) {
                seen.insert(h.key);
                keys.append(h.key);
            }
    return keys;
}

int InventoryOverview::localHostCount() const
{
    QSet<QString> local;
    for (const Group &g : groups)
        for (const Host &h : g.hosts)
            if (h.local)
                local.insert(h.key);
    return int(local.size());
}

int InventoryOverview::remoteHostCount() const
{
    return int(hostKeys().size()) - localHostCount();
}

int InventoryOverview::groupCount(ClusterKind kind) const
{
    return int(std::count_if(groups.cbegin(), groups.cend(), [kind](const Group &g) { return g.kind == kind; }));
}

Result<InventoryOverview> parseInventoryOverview(const QByteArray &text, const QString &path)
{
    Result<Inventory> inventory = Inventory::parse(text.toStdString(), path);
    if (!inventory)
        return inventory.error();
    return inventory->overview();
}

QString clusterKindName(ClusterKind kind)
{
    switch (kind) {
    case ClusterKind::PostgreSQL:
        return QCoreApplication::translate("InventoryOverview", "PostgreSQL");
    case ClusterKind::Redis:
        return QCoreApplication::translate("InventoryOverview", "Redis");
    case ClusterKind::MinIO:
        return QCoreApplication::translate("InventoryOverview", "MinIO");
    case ClusterKind::Etcd:
        return QCoreApplication::translate("InventoryOverview", "etcd");
    case ClusterKind::Infra:
        return QCoreApplication::translate("InventoryOverview", "Infrastructure");
    case ClusterKind::App:
        return QCoreApplication::translate("InventoryOverview", "Application");
    case ClusterKind::Other:
        break;
    }
    return QCoreApplication::translate("InventoryOverview", "Other");
}

QString clusterKindKey(ClusterKind kind)
{
    switch (kind) {
    case ClusterKind::PostgreSQL:
        return u"postgresql"_s;
    case ClusterKind::Redis:
        return u"redis"_s;
    case ClusterKind::MinIO:
        return u"minio"_s;
    case ClusterKind::Etcd:
        return u"etcd"_s;
    case ClusterKind::Infra:
        return u"infra"_s;
    case ClusterKind::App:
        return u"app"_s;
    case ClusterKind::Other:
        break;
    }
    return u"other"_s;
}

} // namespace stackyard
