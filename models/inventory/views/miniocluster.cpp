// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/miniocluster.h"

#include "inventory/resolvedvariables.h"
#include "inventory/views/viewreading.h"

#include <QJsonArray>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

QList<MinioCluster> MinioCluster::all(const Inventory &inventory)
{
    QList<MinioCluster> out;
    const yaml::Tree &t = inventory.tree();
    for (const Inventory::Group &g : inventory.groups()) {
        const std::string name = t.scalar(t.find(g.vars, "minio_cluster"));
        if (name.empty() || g.hostKeys.isEmpty())
            continue;
        MinioCluster c;
        c.name = QString::fromStdString(name);
        c.group = g.name;
        const ResolvedVariables vars = ResolvedVariables::forGroup(inventory, g);
        c.port = vars.integer(u"minio_port"_s, c.port);
        c.adminPort = vars.integer(u"minio_admin_port"_s, c.adminPort);
        c.dataPath = vars.string(u"minio_data"_s);
        c.domain = vars.string(u"minio_domain"_s);
        c.https = vars.boolean(u"minio_https"_s, true);
        c.accessKey = vars.string(u"minio_access_key"_s);
        c.secretKey = vars.string(u"minio_secret_key"_s);
        for (const YAML::Node &b : vars.value(u"minio_buckets"_s).node)
            c.buckets.append({views::text(b, "name"), views::flag(b, "versioning").value_or(false),
                              views::flag(b, "lock").value_or(false)});
        for (const YAML::Node &u : vars.value(u"minio_users"_s).node)
            c.users.append({views::text(u, "access_key"), views::text(u, "secret_key"), views::text(u, "policy")});
        for (const QString &host : g.hostKeys) {
            const auto hostVars = ResolvedVariables::forHost(inventory, host);
            if (!hostVars)
                continue;
            c.nodes.append({host, hostVars->string(u"ansible_host"_s, host), hostVars->integer(u"minio_seq"_s, -1)});
        }
        out.append(c);
    }
    return out;
}

QJsonObject MinioCluster::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"group"_s, group}, {u"kind"_s, u"minio"_s}, {u"port"_s, port},
                  {u"admin_port"_s, adminPort}, {u"https"_s, https}};
    views::put(o, "data", dataPath);
    views::put(o, "domain", domain);
    QJsonArray nodeList, bucketList, userList;
    for (const Node &n : nodes)
        nodeList.append(QJsonObject{{u"host"_s, n.hostKey}, {u"address"_s, n.address}, {u"seq"_s, n.seq}});
    for (const Bucket &b : buckets)
        bucketList.append(QJsonObject{{u"name"_s, b.name}, {u"versioning"_s, b.versioning}, {u"lock"_s, b.lock}});
    for (const User &u : users)
        userList.append(QJsonObject{{u"access_key"_s, u.accessKey}, {u"policy"_s, u.policy}});
    o.insert(u"nodes"_s, nodeList);
    o.insert(u"buckets"_s, bucketList);
    o.insert(u"users"_s, userList);
    return o;
}

} // namespace stackyard
