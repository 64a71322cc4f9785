// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory panel's tree: kinds → clusters → instances, users, databases, HBA rules, Redis
// instances; findings marked on the item they concern and its ancestors.
#include "inventory/inventorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;
using Kind = InventoryTreeModel::ItemKind;

namespace {

const char *kInventory = "all:\n"
                         "  children:\n"
                         "    pg-meta:\n"
                         "      hosts: { 10.0.0.1: { pg_seq: 1, pg_role: primary }, 10.0.0.2: { pg_seq: 2, pg_role: replica } }\n"
                         "      vars:\n"
                         "        pg_cluster: pg-meta\n"
                         "        pg_users: [ { name: app, comment: the app }, { name: view } ]\n"
                         "        pg_databases: [ { name: meta, owner: app } ]\n"
                         "        pg_hba_rules: [ { user: app, db: all, addr: intra, auth: pwd, title: app access } ]\n"
                         "    redis-ms:\n"
                         "      hosts: { 10.0.0.3: { redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.0.0.3 6379' } } } }\n"
                         "      vars: { redis_cluster: redis-ms }\n"
                         "  vars: { admin_ip: 10.0.0.1 }\n";

QModelIndex child(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m.rowCount(parent); ++r)
        if (m.index(r, 0, parent).data().toString() == name)
            return m.index(r, 0, parent);
    return {};
}

} // namespace

class TestInventoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void structure()
    {
        const auto inventory = Inventory::parse(kInventory, u"t.yml"_s);
        QVERIFY(inventory.ok());
        InventoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(&*inventory);

        QCOMPARE(model.rowCount(), 3); // PostgreSQL, Redis, Global variables
        const QModelIndex pg = child(model, {}, u"PostgreSQL"_s);
        QVERIFY(pg.isValid());
        const QModelIndex meta = child(model, pg, u"pg-meta"_s);
        QCOMPARE(meta.data(InventoryTreeModel::PointerRole).toString(), u"/all/children/pg-meta"_s);
        QCOMPARE(meta.siblingAtColumn(1).data().toString(), u"2 host(s)"_s);

        const QModelIndex instances = child(model, meta, u"Instances"_s);
        const QModelIndex primary = child(model, instances, u"10.0.0.1"_s);
        QCOMPARE(primary.siblingAtColumn(1).data().toString(), u"primary · seq 1"_s);
        QCOMPARE(int(Kind(primary.data(InventoryTreeModel::ItemKindRole).toInt())), int(Kind::Host));
        QCOMPARE(primary.data(InventoryTreeModel::HostRole).toString(), u"10.0.0.1"_s);
        QCOMPARE(primary.data(InventoryTreeModel::LineRole).toInt(), 4);

        const QModelIndex users = child(model, meta, u"Users"_s);
        QCOMPARE(model.rowCount(users), 2);
        QCOMPARE(child(model, users, u"app"_s).siblingAtColumn(1).data().toString(), u"the app"_s);
        QCOMPARE(child(model, users, u"view"_s).data(InventoryTreeModel::PointerRole).toString(),
                 u"/all/children/pg-meta/vars/pg_users/1"_s);
        QCOMPARE(model.rowCount(child(model, meta, u"Databases"_s)), 1);
        QVERIFY(child(model, child(model, meta, u"HBA rules"_s), u"app access"_s).isValid());

        const QModelIndex redisHost = child(model, child(model, child(model, child(model, {}, u"Redis"_s), u"redis-ms"_s),
                                                               u"Hosts"_s),
                                            u"10.0.0.3"_s);
        QCOMPARE(model.rowCount(redisHost), 2);
        QCOMPARE(child(model, redisHost, u"6380"_s).siblingAtColumn(1).data().toString(), u"replica of 10.0.0.3 6379"_s);
        QCOMPARE(child(model, {}, u"Global variables"_s).data(InventoryTreeModel::PointerRole).toString(), u"/all/vars"_s);
    }

    void findingsMarkItemAndAncestors()
    {
        const auto inventory = Inventory::parse(kInventory, u"t.yml"_s);
        InventoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(&*inventory);
        Finding error;
        error.severity = Finding::Severity::Error;
        error.pointer = u"/all/children/pg-meta/vars/pg_users/1/name"_s;
        Finding warning;
        warning.severity = Finding::Severity::Warning;
        warning.pointer = u"/all/children/redis-ms/vars/redis_cluster"_s;
        model.setFindings({error, warning});

        const QModelIndex pg = child(model, {}, u"PostgreSQL"_s);
        const QModelIndex meta = child(model, pg, u"pg-meta"_s);
        const QModelIndex view = child(model, child(model, meta, u"Users"_s), u"view"_s);
        QCOMPARE(view.data(InventoryTreeModel::SeverityRole).toInt(), 2);
        QCOMPARE(meta.data(InventoryTreeModel::SeverityRole).toInt(), 2);
        QCOMPARE(pg.data(InventoryTreeModel::FindingCountRole).toInt(), 1);
        QCOMPARE(child(model, child(model, meta, u"Users"_s), u"app"_s).data(InventoryTreeModel::SeverityRole).toInt(), 0);
        const QModelIndex redis = child(model, child(model, {}, u"Redis"_s), u"redis-ms"_s);
        QCOMPARE(redis.data(InventoryTreeModel::SeverityRole).toInt(), 1);
        QCOMPARE(model.indexForPointer(u"/all/children/pg-meta/vars/pg_users/1/roles/0"_s), view);

        model.setFindings({});
        QCOMPARE(meta.data(InventoryTreeModel::SeverityRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryTreeModel)
#include "tst_inventorytreemodel.moc"
