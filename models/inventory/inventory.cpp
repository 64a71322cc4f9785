// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool hasKey(const yaml::Tree &t, yaml::Tree::Index map, const char *key)
{
    return t.find(map, key) != yaml::Tree::npos;
}

ClusterKind kindOf(const yaml::Tree &t, const QString &name, yaml::Tree::Index vars, yaml::Tree::Index hosts)
{
    const auto anyHostHas = [&](const char *key) {
        if (!t.isMap(hosts))
            return false;
        for (std::size_t e = 0; e < t.entryCount(hosts); ++e)
            if (hasKey(t, t.valueAt(hosts, e), key))
                return true;
        return false;
    };
    if (hasKey(t, vars, "pg_cluster") || anyHostHas("pg_cluster"))
        return ClusterKind::PostgreSQL;
    if (hasKey(t, vars, "redis_cluster") || anyHostHas("redis_cluster"))
        return ClusterKind::Redis;
    if (hasKey(t, vars, "minio_cluster"))
        return ClusterKind::MinIO;
    if (name == u"etcd"_s || hasKey(t, vars, "etcd_cluster"))
        return ClusterKind::Etcd;
    if (name == u"infra"_s)
        return ClusterKind::Infra;
    if (hasKey(t, vars, "app") || hasKey(t, vars, "apps") || t.scalar(t.find(vars, "docker_enabled")) == "true")
        return ClusterKind::App;
    return ClusterKind::Other;
}

} // namespace

Result<Inventory> Inventory::parse(std::string text, const QString &fileName)
{
    Result<yaml::Tree> tree = yaml::Tree::parse(std::move(text), fileName.toStdString());
    if (!tree)
        return tree.error();
    Inventory inv;
    inv.mTree = std::move(tree).value();
    inv.mFileName = fileName;
    if (const auto indexed = inv.index(); !indexed)
        return indexed.error();
    return inv;
}

bool Inventory::affectsIndex(Index changed) const
{
    // Groups, hosts and kinds come from keys, and from the value of docker_enabled.
    const yaml::Tree &t = mTree;
    if (t.keyOf(changed) == yaml::Tree::npos)
        return true; // a key (or a list item: conservative)
    return t.scalar(t.keyOf(changed)) == "docker_enabled";
}

Result<bool> Inventory::applyEdit(const yaml::TextEdit &edit)
{
    const std::string before = mTree.text();
    const auto applied = mTree.applyEdit(edit, mFileName.toStdString());
    if (!applied)
        return applied.error();
    // A value changed in place leaves every node where it was: the index stands unless the
    // value is one the index reads.
    if (*applied != yaml::Tree::npos && !affectsIndex(*applied))
        return true;
    if (const auto indexed = index(); !indexed) {
        (void)mTree.applyEdit(edit.inverse(before), mFileName.toStdString());
        (void)index();
        return indexed.error();
    }
    return true;
}

Result<bool> Inventory::index()
{
    Inventory &inv = *this;
    const QString &fileName = mFileName;
    const yaml::Tree &t = mTree;
    inv.mGroups.clear();
    inv.mHostKeys.clear();
    inv.mGroupsOfHost.clear();
    inv.mGlobalVars = yaml::Tree::npos;

    inv.mAll = t.find(t.root(), "all");
    if (!t.isMap(inv.mAll)) {
        const auto [line, column] = t.root() == yaml::Tree::npos ? std::pair(1, 1) : inv.position(t.root());
        return Error{QCoreApplication::translate("InventoryOverview",
                                                 "This is not an Ansible inventory: there is no top-level 'all' mapping"),
                     u"%1:%2:%3"_s.arg(fileName).arg(line).arg(column),
                     QCoreApplication::translate("InventoryOverview",
                                                 "A Pigsty inventory starts with 'all:' holding 'children:' and 'vars:'."),
                     {}};
    }
    inv.mGlobalVars = t.find(inv.mAll, "vars");
    const Index children = t.find(inv.mAll, "children");
    if (children != yaml::Tree::npos && !t.isMap(children) && t.node(children).kind != yaml::Tree::Kind::Null) {
        const auto [line, column] = inv.position(children);
        return Error{QCoreApplication::translate("InventoryOverview", "'all.children' must be a mapping of group names to groups"),
                     u"%1:%2:%3"_s.arg(fileName).arg(line).arg(column), {}, {}};
    }
    if (!t.isMap(children))
        return true;

    for (std::size_t e = 0; e < t.entryCount(children); ++e) {
        Group g;
        g.key = t.keyAt(children, e);
        g.body = t.valueAt(children, e);
        g.name = qs(t.scalar(g.key));
        g.vars = t.isMap(t.find(g.body, "vars")) ? t.find(g.body, "vars") : yaml::Tree::npos;
        g.hosts = t.isMap(t.find(g.body, "hosts")) ? t.find(g.body, "hosts") : yaml::Tree::npos;
        g.kind = kindOf(t, g.name, g.vars, g.hosts);
        if (g.hosts != yaml::Tree::npos) {
            for (std::size_t h = 0; h < t.entryCount(g.hosts); ++h) {
                const QString host = qs(t.scalar(t.keyAt(g.hosts, h)));
                g.hostKeys.append(host);
                auto &list = inv.mGroupsOfHost[host];
                if (list.isEmpty())
                    inv.mHostKeys.append(host);
                list.append(int(inv.mGroups.size()));
            }
        }
        inv.mGroups.append(g);
    }
    return true;
}

const Inventory::Group *Inventory::group(const QString &name) const
{
    for (const Group &g : mGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

QList<const Inventory::Group *> Inventory::groupsOf(const QString &hostKey) const
{
    QList<const Group *> out;
    for (int i : mGroupsOfHost.value(hostKey))
        out.append(&mGroups.at(i));
    return out;
}

Inventory::Index Inventory::hostVars(const Group &g, const QString &hostKey) const
{
    const Index v = mTree.find(g.hosts, hostKey.toStdString());
    return mTree.isMap(v) ? v : yaml::Tree::npos;
}

std::pair<int, int> Inventory::position(Index i) const
{
    return {mTree.node(i).line + 1, mTree.node(i).column + 1};
}

InventoryOverview Inventory::overview() const
{
    InventoryOverview o;
    o.path = mFileName;
    o.text = QString::fromStdString(mTree.text());
    const std::string connection = mTree.scalar(mTree.find(mGlobalVars, "ansible_connection"));
    for (const Group &g : mGroups) {
        InventoryOverview::Group og;
        og.name = g.name;
        og.kind = g.kind;
        std::string groupConnection = mTree.scalar(mTree.find(g.vars, "ansible_connection"));
        if (groupConnection.empty())
            groupConnection = connection;
        for (const QString &key : g.hostKeys) {
            const Index vars = hostVars(g, key);
            InventoryOverview::Host h;
            h.key = key;
            const std::string address = mTree.scalar(mTree.find(vars, "ansible_host"));
            h.address = address.empty() ? key : qs(address);
            std::string c = mTree.scalar(mTree.find(vars, "ansible_connection"));
            if (c.empty())
                c = groupConnection;
            h.local = c == "local";
            og.hosts.append(h);
        }
        o.groups.append(og);
    }
    return o;
}

} // namespace stackyard
