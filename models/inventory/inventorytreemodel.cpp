// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorytreemodel.h"

#include "yaml/yamlpointer.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString pointerOf(const yaml::Tree &t, yaml::Tree::Index i)
{
    return qs(yaml::Pointer::of(t, i).toString());
}

} // namespace

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void InventoryTreeModel::clear()
{
    beginResetModel();
    mItems.clear();
    mRoots.clear();
    mByPointer.clear();
    endResetModel();
}

void InventoryTreeModel::setInventory(const Inventory *inventory)
{
    beginResetModel();
    mItems.clear();
    mRoots.clear();
    mByPointer.clear();
    if (inventory)
        build(*inventory);
    endResetModel();
}

int InventoryTreeModel::add(int parent, Item item)
{
    item.parent = parent;
    const int index = int(mItems.size());
    if (parent < 0) {
        item.row = int(mRoots.size());
        mRoots.append(index);
    } else {
        item.row = int(mItems[parent].children.size());
        mItems[parent].children.append(index);
    }
    if (!item.pointer.isEmpty())
        mByPointer.insert(item.pointer, index);
    mItems.append(std::move(item));
    return index;
}

void InventoryTreeModel::build(const Inventory &inventory)
{
    const yaml::Tree &t = inventory.tree();
    const auto lineOf = [&](yaml::Tree::Index i) { return inventory.position(i).first; };
    const ClusterKind order[] = {ClusterKind::PostgreSQL, ClusterKind::Redis, ClusterKind::MinIO, ClusterKind::Etcd,
                                 ClusterKind::Infra,      ClusterKind::App,   ClusterKind::Other};
    for (ClusterKind kind : order) {
        QList<const Inventory::Group *> groups;
        for (const Inventory::Group &g : inventory.groups())
            if (g.kind == kind)
                groups.append(&g);
        if (groups.isEmpty())
            continue;
        Item category;
        category.kind = ItemKind::Category;
        category.clusterKind = kind;
        category.name = clusterKindName(kind);
        category.detail = tr("%n cluster(s)", nullptr, int(groups.size()));
        const int c = add(-1, category);

        for (const Inventory::Group *g : std::as_const(groups)) {
            Item cluster;
            cluster.kind = ItemKind::Cluster;
            cluster.clusterKind = kind;
            cluster.name = g->name;
            cluster.group = g->name;
            cluster.detail = tr("%n host(s)", nullptr, int(g->hostKeys.size()));
            cluster.pointer = pointerOf(t, g->body);
            cluster.line = lineOf(g->key);
            const int cl = add(c, cluster);

            const auto section = [&](const QString &name, yaml::Tree::Index node) {
                Item s;
                s.kind = ItemKind::Section;
                s.clusterKind = kind;
                s.name = name;
                s.group = g->name;
                s.pointer = node == yaml::Tree::npos ? QString() : pointerOf(t, node);
                s.line = node == yaml::Tree::npos ? cluster.line : lineOf(node);
                s.detail = node != yaml::Tree::npos && t.isSeq(node) ? QString::number(t.node(node).children.size())
                                                                      : QString();
                return add(cl, s);
            };

            // Hosts (instances for PostgreSQL), with their role and, for Redis, their ports.
            const int hostsItem = section(kind == ClusterKind::PostgreSQL ? tr("Instances") : tr("Hosts"), g->hosts);
            mItems[hostsItem].detail = QString::number(g->hostKeys.size());
            for (const QString &key : g->hostKeys) {
                const yaml::Tree::Index value = t.find(g->hosts, key.toStdString());
                const yaml::Tree::Index vars = t.isMap(value) ? value : yaml::Tree::npos;
                Item h;
                h.kind = ItemKind::Host;
                h.clusterKind = kind;
                h.name = key;
                h.group = g->name;
                h.host = key;
                h.pointer = pointerOf(t, value);
                h.line = lineOf(t.keyOf(value));
                if (kind == ClusterKind::PostgreSQL) {
                    const QString role = qs(t.scalar(t.find(vars, "pg_role")));
                    const QString seq = qs(t.scalar(t.find(vars, "pg_seq")));
                    h.detail = role.isEmpty() ? QString() : tr("%1 · seq %2").arg(role, seq);
                } else if (!t.scalar(t.find(vars, "ansible_host")).empty()) {
                    h.detail = qs(t.scalar(t.find(vars, "ansible_host")));
                }
                const int hi = add(hostsItem, h);
                const yaml::Tree::Index instances = t.find(vars, "redis_instances");
                if (t.isMap(instances)) {
                    for (std::size_t e = 0; e < t.entryCount(instances); ++e) {
                        Item r;
                        r.kind = ItemKind::RedisInstance;
                        r.clusterKind = kind;
                        r.name = qs(t.scalar(t.keyAt(instances, e)));
                        r.group = g->name;
                        r.host = key;
                        r.pointer = pointerOf(t, t.valueAt(instances, e));
                        r.line = lineOf(t.keyAt(instances, e));
                        const std::string replicaOf = t.scalar(t.find(t.valueAt(instances, e), "replica_of"));
                        r.detail = replicaOf.empty() ? tr("primary") : tr("replica of %1").arg(qs(replicaOf));
                        add(hi, r);
                    }
                }
            }

            if (kind != ClusterKind::PostgreSQL)
                continue;
            const struct
            {
                const char *key;
                QString title;
                ItemKind kind;
            } lists[] = {{"pg_users", tr("Users"), ItemKind::PgUser},
                         {"pg_databases", tr("Databases"), ItemKind::PgDatabase},
                         {"pg_hba_rules", tr("HBA rules"), ItemKind::HbaRule}};
            for (const auto &list : lists) {
                const yaml::Tree::Index seq = t.find(g->vars, list.key);
                const int s = section(list.title, t.isSeq(seq) ? seq : yaml::Tree::npos);
                if (!t.isSeq(seq)) {
                    mItems[s].detail = u"0"_s;
                    continue;
                }
                for (yaml::Tree::Index item : t.node(seq).children) {
                    Item e;
                    e.kind = list.kind;
                    e.clusterKind = kind;
                    e.group = g->name;
                    e.pointer = pointerOf(t, item);
                    e.line = lineOf(item);
                    if (list.kind == ItemKind::HbaRule) {
                        const QString title = qs(t.scalar(t.find(item, "title")));
                        e.name = title.isEmpty() ? u"%1 %2 %3 %4"_s.arg(qs(t.scalar(t.find(item, "user"))),
                                                                       qs(t.scalar(t.find(item, "db"))),
                                                                       qs(t.scalar(t.find(item, "addr"))),
                                                                       qs(t.scalar(t.find(item, "auth"))))
                                                 : title;
                        e.detail = qs(t.scalar(t.find(item, "addr"))) + u" · "_s + qs(t.scalar(t.find(item, "auth")));
                    } else {
                        e.name = t.isScalar(item) ? qs(t.scalar(item)) : qs(t.scalar(t.find(item, "name")));
                        e.detail = qs(t.scalar(t.find(item, list.kind == ItemKind::PgUser ? "comment" : "owner")));
                    }
                    add(s, e);
                }
            }
        }
    }

    if (inventory.globalVars() != yaml::Tree::npos) {
        Item global;
        global.kind = ItemKind::GlobalVars;
        global.name = tr("Global variables");
        global.detail = u"all.vars"_s;
        global.pointer = pointerOf(t, inventory.globalVars());
        global.line = lineOf(t.keyOf(inventory.globalVars()));
        add(-1, global);
    }
}

int InventoryTreeModel::itemFor(const QString &pointer) const
{
    QString p = pointer;
    while (true) {
        const auto it = mByPointer.constFind(p);
        if (it != mByPointer.cend())
            return *it;
        const qsizetype slash = p.lastIndexOf(u'/');
        if (slash < 0)
            return -1;
        p.truncate(slash);
    }
}

void InventoryTreeModel::setFindings(const Findings &findings)
{
    QList<std::pair<int, int>> before;
    before.reserve(mItems.size());
    for (Item &item : mItems) {
        before.append({item.severity, item.findings});
        item.severity = 0;
        item.findings = 0;
    }
    for (const Finding &f : findings) {
        const int severity = f.isError() ? 2 : 1;
        for (int i = itemFor(f.pointer); i >= 0; i = mItems[i].parent) {
            mItems[i].severity = std::max(mItems[i].severity, severity);
            ++mItems[i].findings;
        }
    }
    // Only the rows whose marks changed are repainted.
    for (int i = 0; i < mItems.size(); ++i) {
        if (before[i] != std::pair(mItems[i].severity, mItems[i].findings)) {
            const QModelIndex first = createIndex(mItems[i].row, 0, quintptr(i));
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1), {SeverityRole, FindingCountRole, Qt::ToolTipRole, Qt::DecorationRole});
        }
    }
}

QModelIndex InventoryTreeModel::indexForPointer(const QString &pointer) const
{
    const int i = itemFor(pointer);
    return i < 0 ? QModelIndex() : createIndex(mItems[i].row, 0, quintptr(i));
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &rows = parent.isValid() ? mItems[int(parent.internalId())].children : mRoots;
    if (row >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows[row]));
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = mItems[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(mItems[p].row, 0, quintptr(p));
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mRoots.size());
    if (parent.column() != 0)
        return 0;
    return int(mItems[int(parent.internalId())].children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = mItems[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? item.name : item.detail;
    case Qt::ToolTipRole:
        if (item.findings > 0)
            return tr("%n finding(s) here", nullptr, item.findings);
        return item.line > 0 ? tr("Line %1").arg(item.line) : QVariant();
    case PointerRole:
        return item.pointer;
    case ItemKindRole:
        return int(item.kind);
    case ClusterKindRole:
        return int(item.clusterKind);
    case GroupRole:
        return item.group;
    case HostRole:
        return item.host;
    case LineRole:
        return item.line;
    case SeverityRole:
        return item.severity;
    case FindingCountRole:
        return item.findings;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace stackyard
