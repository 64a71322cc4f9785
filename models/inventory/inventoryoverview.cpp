// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventoryoverview.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString where(const QString &path, const YAML::Mark &mark)
{
    if (mark.is_null())
        return path;
    return u"%1:%2:%3"_s.arg(path).arg(mark.line + 1).arg(mark.column + 1);
}

// map[key] when map is a mapping that has key, else a null node. (yaml-cpp's operator[] yields an
// invalid node for a missing key, and any use of that throws.)
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map || !map.IsMap())
        return YAML::Node();
    const YAML::Node v = map[key];
    return v ? v : YAML::Node();
}

// The scalar value of key in map, or an empty string when absent or not a scalar.
QString scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node v = child(map, key);
    return v.IsScalar() ? qs(v.Scalar()) : QString();
}

bool hasKey(const YAML::Node &map, const char *key)
{
    return !child(map, key).IsNull();
}

ClusterKind kindOf(const QString &name, const YAML::Node &vars, const YAML::Node &hosts)
{
    const auto anyHostHas = [&hosts](const char *key) {
        if (!hosts.IsMap())
            return false;
        for (const auto &h : hosts)
            if (hasKey(h.second, key))
                return true;
        return false;
    };
    if (hasKey(vars, "pg_cluster") || anyHostHas("pg_cluster"))
        return ClusterKind::PostgreSQL;
    if (hasKey(vars, "redis_cluster") || anyHostHas("redis_cluster"))
        return ClusterKind::Redis;
    if (hasKey(vars, "minio_cluster"))
        return ClusterKind::MinIO;
    if (name == u"etcd"_s || hasKey(vars, "etcd_cluster"))
        return ClusterKind::Etcd;
    if (name == u"infra"_s)
        return ClusterKind::Infra;
    if (hasKey(vars, "app") || hasKey(vars, "apps") || scalar(vars, "docker_enabled") == u"true"_s)
        return ClusterKind::App;
    return ClusterKind::Other;
}

} // namespace

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
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{QCoreApplication::translate("InventoryOverview", "The file is not valid YAML"), where(path, e.mark),
                     QCoreApplication::translate("InventoryOverview", "Fix the YAML syntax at the position shown, then open the file again."), qs(e.msg)};
    }

    try {
        const YAML::Node all = child(root, "all");
        if (!all.IsMap())
            return Error{QCoreApplication::translate("InventoryOverview", "This is not an Ansible inventory: there is no top-level 'all' mapping"),
                         where(path, root.Mark()),
                         QCoreApplication::translate("InventoryOverview", "A Pigsty inventory starts with 'all:' holding 'children:' and 'vars:'."), {}};

        const YAML::Node globalVars = child(all, "vars");
        const QString globalConnection = scalar(globalVars, "ansible_connection");

        InventoryOverview overview;
        overview.path = path;
        overview.text = QString::fromUtf8(text);
        const YAML::Node children = child(all, "children");
        if (!children.IsMap() && !children.IsNull())
            return Error{QCoreApplication::translate("InventoryOverview", "'all.children' must be a mapping of group names to groups"),
                         where(path, children.Mark()), {}, {}};
        if (children.IsMap()) {
            for (const auto &entry : children) {
                InventoryOverview::Group group;
                group.name = qs(entry.first.as<std::string>());
                const YAML::Node body = entry.second;
                const YAML::Node vars = child(body, "vars");
                const YAML::Node hosts = child(body, "hosts");
                group.kind = kindOf(group.name, vars, hosts);
                QString groupConnection = scalar(vars, "ansible_connection");
                if (groupConnection.isEmpty())
                    groupConnection = globalConnection;
                if (hosts.IsMap()) {
                    for (const auto &h : hosts) {
                        InventoryOverview::Host host;
                        host.key = qs(h.first.as<std::string>());
                        const QString address = scalar(h.second, "ansible_host");
                        host.address = address.isEmpty() ? host.key : address;
                        QString connection = scalar(h.second, "ansible_connection");
                        if (connection.isEmpty())
                            connection = groupConnection;
                        host.local = connection == u"local"_s;
                        group.hosts.append(host);
                    }
                }
                overview.groups.append(group);
            }
        }
        return overview;
    } catch (const YAML::Exception &e) {
        return Error{QCoreApplication::translate("InventoryOverview", "The inventory has an unexpected shape"), where(path, e.mark), {}, qs(e.msg)};
    }
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
