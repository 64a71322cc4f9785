// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/inventoryfacts.h"

#include "inventory/wizards/inventoryedits.h"
#include "yaml/yamlpointer.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = yaml::Tree::Index;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

bool listHas(const yaml::Tree &t, Index list, std::string_view name)
{
    if (!t.isSeq(list))
        return false;
    for (Index item : t.node(list).children)
        if (t.scalar(item) == name)
            return true;
    return false;
}

} // namespace

QStringList InventoryFacts::groupsOfKind(ClusterKind kind) const
{
    QStringList out;
    for (const Inventory::Group &g : mInventory.groups())
        if (g.kind == kind)
            out << g.name;
    return out;
}

QString InventoryFacts::clusterName(const QString &group) const
{
    const Inventory::Group *g = mInventory.group(group);
    if (!g)
        return group;
    const yaml::Tree &t = mInventory.tree();
    for (const char *marker : { "pg_cluster", "redis_cluster" })
        if (const Index v = t.find(g->vars, marker); t.isScalar(v) && !t.scalar(v).empty())
            return str(t.scalar(v));
    return group;
}

QString InventoryFacts::varOf(const QString &group, const char *name, Index *at) const
{
    const Inventory::Group *g = mInventory.group(group);
    const yaml::Tree &t = mInventory.tree();
    Index v = g ? t.find(g->vars, name) : yaml::Tree::npos;
    if (v == yaml::Tree::npos)
        v = t.find(mInventory.globalVars(), name);
    if (at)
        *at = v;
    return t.isScalar(v) ? str(t.scalar(v)) : QString();
}

QList<InventoryFacts::PgUser> InventoryFacts::pgUsers(const QString &group) const
{
    QList<PgUser> out;
    const Inventory::Group *g = mInventory.group(group);
    const yaml::Tree &t = mInventory.tree();
    const Index list = g ? t.find(g->vars, "pg_users") : yaml::Tree::npos;
    if (!t.isSeq(list))
        return out;
    for (Index item : t.node(list).children) {
        if (!t.isMap(item) || !t.isScalar(t.find(item, "name")))
            continue;
        PgUser user;
        user.name = str(t.scalar(t.find(item, "name")));
        const Index password = t.find(item, "password");
        if (t.isScalar(password)) {
            user.password = str(t.scalar(password));
            user.pointer = str(yaml::Pointer::of(t, password).toString());
        }
        out << user;
    }
    return out;
}

QList<InventoryFacts::PgDatabase> InventoryFacts::pgDatabases(const QString &group) const
{
    QList<PgDatabase> out;
    const Inventory::Group *g = mInventory.group(group);
    const yaml::Tree &t = mInventory.tree();
    const Index list = g ? t.find(g->vars, "pg_databases") : yaml::Tree::npos;
    if (!t.isSeq(list))
        return out;
    for (Index item : t.node(list).children) {
        if (!t.isMap(item) || !t.isScalar(t.find(item, "name")))
            continue;
        PgDatabase db { str(t.scalar(t.find(item, "name"))), str(t.scalar(t.find(item, "owner"))),
            str(yaml::Pointer::of(t, item).toString()), false };
        const Index extensions = t.find(item, "extensions");
        if (t.isSeq(extensions))
            for (Index e : t.node(extensions).children)
                db.hasVector = db.hasVector || t.scalar(e) == "vector" || t.scalar(t.find(e, "name")) == "vector";
        out << db;
    }
    return out;
}

InventoryFacts::Endpoint InventoryFacts::pgPrimary(const QString &group) const
{
    Endpoint out;
    const Inventory::Group *g = mInventory.group(group);
    if (!g || g->hostKeys.isEmpty())
        return out;
    const yaml::Tree &t = mInventory.tree();
    out.host = g->hostKeys.constFirst();
    for (const QString &host : g->hostKeys) {
        if (t.scalar(t.find(mInventory.hostVars(*g, host), "pg_role")) == "primary") {
            out.host = host;
            break;
        }
    }
    bool ok = false;
    out.port = varOf(group, "pg_port").toInt(&ok);
    if (!ok)
        out.port = 5432;
    return out;
}

InventoryFacts::Endpoint InventoryFacts::redisPrimary(const QString &group) const
{
    Endpoint out;
    const Inventory::Group *g = mInventory.group(group);
    if (!g)
        return out;
    const yaml::Tree &t = mInventory.tree();
    for (const QString &host : g->hostKeys) {
        const Index instances = t.find(mInventory.hostVars(*g, host), "redis_instances");
        if (!t.isMap(instances))
            continue;
        for (std::size_t e = 0; e < t.entryCount(instances); ++e) {
            const Index value = t.valueAt(instances, e);
            if (t.isMap(value) && t.find(value, "replica_of") != yaml::Tree::npos)
                continue;
            out.host = host;
            out.port = str(t.scalar(t.keyAt(instances, e))).toInt();
            return out;
        }
    }
    return out;
}

QString InventoryFacts::redisPassword(const QString &group, QString *pointer) const
{
    Index at = yaml::Tree::npos;
    const QString value = varOf(group, "redis_password", &at);
    if (pointer)
        *pointer = at == yaml::Tree::npos ? QString() : str(yaml::Pointer::of(mInventory.tree(), at).toString());
    return value;
}

bool InventoryFacts::hasPgvector(const QString &group) const
{
    const Inventory::Group *g = mInventory.group(group);
    const yaml::Tree &t = mInventory.tree();
    const Index own = g ? t.find(g->vars, "pg_extensions") : yaml::Tree::npos;
    if (own != yaml::Tree::npos)
        return listHas(t, own, "pgvector");
    return listHas(t, t.find(mInventory.globalVars(), "pg_extensions"), "pgvector");
}

void InventoryFacts::appendTo(
    InventoryEdits &edits, const QString &pointer, const YAML::Node &item, const QString &what) const
{
    const auto parsed = yaml::Pointer::parse(pointer.toStdString());
    if (parsed && mInventory.tree().isSeq(parsed->resolve(mInventory.tree()))) {
        edits.add(pointer + u"/-"_s, item, what);
        return;
    }
    YAML::Node list(YAML::NodeType::Sequence);
    list.push_back(item);
    edits.add(pointer, list, what);
}

void InventoryFacts::addPgvector(InventoryEdits &edits, const QString &group, const QString &what) const
{
    if (hasPgvector(group))
        return;
    const QString pointer = u"/all/children/"_s + group + u"/vars/pg_extensions"_s;
    const Inventory::Group *g = mInventory.group(group);
    const yaml::Tree &t = mInventory.tree();
    if (g && t.isSeq(t.find(g->vars, "pg_extensions"))) {
        edits.add(pointer + u"/-"_s, YAML::Node("pgvector"), what);
        return;
    }
    // The cluster's own list replaces the global one: start from a copy of it.
    YAML::Node list(YAML::NodeType::Sequence);
    const Index global = t.find(mInventory.globalVars(), "pg_extensions");
    if (t.isSeq(global))
        for (Index item : t.node(global).children)
            if (t.isScalar(item))
                list.push_back(t.scalar(item));
    list.push_back("pgvector");
    edits.add(pointer, list, what);
}

} // namespace stackyard
