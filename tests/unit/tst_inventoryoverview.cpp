// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an inventory's groups, kinds and hosts; errors name file:line:column.
#include "inventory/inventoryoverview.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestInventoryOverview : public QObject
{
    Q_OBJECT

private:
    static QString sourceDir() { return qEnvironmentVariable("STACKYARD_SOURCE_DIR"); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void sampleInventory()
    {
        const QString path = sourceDir() + u"/examples/local.yml"_s;
        const auto overview = parseInventoryOverview(read(path), path);
        QVERIFY2(overview.ok(), qPrintable(overview.ok() ? QString() : overview.error().toString()));
        QCOMPARE(overview->groups.size(), 3);
        QCOMPARE(overview->groups.at(0).name, u"infra"_s);
        QCOMPARE(overview->groups.at(0).kind, ClusterKind::Infra);
        QCOMPARE(overview->groups.at(1).kind, ClusterKind::PostgreSQL);
        QCOMPARE(overview->groups.at(2).kind, ClusterKind::Redis);
        QCOMPARE(overview->hostKeys(), QStringList{u"127.0.0.1"_s});
        QCOMPARE(overview->localHostCount(), 1);
        QCOMPARE(overview->remoteHostCount(), 0);
        QCOMPARE(overview->groupCount(ClusterKind::PostgreSQL), 1);
        QVERIFY(overview->text.contains(u"pg-local"_s));
    }

    void kindsAndConnections_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QString>("connections");
        QTest::newRow("pg_cluster as a host var")
            << QByteArray("all:\n  children:\n    pg-citus:\n      hosts:\n        10.0.0.1: { pg_cluster: c1, pg_seq: 1 }\n")
            << u"postgresql"_s << u"ssh:10.0.0.1"_s;
        QTest::newRow("minio, etcd, app, other")
            << QByteArray("all:\n  children:\n"
                          "    minio: { hosts: { 10.0.0.1: { minio_seq: 1 } }, vars: { minio_cluster: minio } }\n"
                          "    etcd: { hosts: { 10.0.0.1: { etcd_seq: 1 } }, vars: { etcd_cluster: etcd } }\n"
                          "    dify: { hosts: { 10.0.0.2: {} }, vars: { docker_enabled: true, app: dify } }\n"
                          "    misc: { hosts: { 10.0.0.3: {} } }\n")
            << u"minio,etcd,app,other"_s << u"ssh:10.0.0.1,ssh:10.0.0.1,ssh:10.0.0.2,ssh:10.0.0.3"_s;
        QTest::newRow("ansible_host and local by group and by all.vars")
            << QByteArray("all:\n  children:\n"
                          "    a: { hosts: { 10.0.0.9: { ansible_host: el9 } } }\n"
                          "    b: { hosts: { 10.0.0.8: {} }, vars: { ansible_connection: local } }\n"
                          "  vars: { ansible_connection: local }\n")
            << u"other,other"_s << u"local:el9,local:10.0.0.8"_s;
        QTest::newRow("host var beats group var")
            << QByteArray("all:\n  children:\n"
                          "    r: { hosts: { 10.0.0.7: { ansible_connection: ssh } }, vars: { redis_cluster: r, ansible_connection: local } }\n")
            << u"redis"_s << u"ssh:10.0.0.7"_s;
        QTest::newRow("empty group and no children")
            << QByteArray("all:\n  children:\n    empty:\n") << u"other"_s << QString();
        QTest::newRow("only vars") << QByteArray("all:\n  vars: { admin_ip: 10.0.0.1 }\n") << QString() << QString();
    }

    void kindsAndConnections()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, kinds);
        QFETCH(QString, connections);
        const auto overview = parseInventoryOverview(yaml, u"t.yml"_s);
        QVERIFY2(overview.ok(), qPrintable(overview.ok() ? QString() : overview.error().toString()));
        QStringList k, c;
        for (const auto &g : overview->groups) {
            k << clusterKindKey(g.kind);
            for (const auto &h : g.hosts)
                c << (h.local ? u"local:"_s : u"ssh:"_s) + h.address;
        }
        QCOMPARE(k.join(u','), kinds);
        QCOMPARE(c.join(u','), connections);
    }

    void errorsNamePosition_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("unclosed flow") << QByteArray("all:\n  children:\n    pg: { hosts: [\n") << u"bad.yml:4:1"_s
                                       << u"The file is not valid YAML"_s;
        QTest::newRow("bad indentation") << QByteArray("all:\n  vars:\n    a: 1\n   b: 2\n") << u"bad.yml:4:4"_s
                                         << u"The file is not valid YAML"_s;
        QTest::newRow("no all") << QByteArray("# comment\nfoo: 1\n") << u"bad.yml:2:1"_s
                                << u"This is not an Ansible inventory: there is no top-level 'all' mapping"_s;
        QTest::newRow("children is a list") << QByteArray("all:\n  children:\n    - a\n") << u"bad.yml:3:5"_s
                                            << u"'all.children' must be a mapping of group names to groups"_s;
    }

    void errorsNamePosition()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const auto overview = parseInventoryOverview(yaml, u"bad.yml"_s);
        QVERIFY(!overview.ok());
        QCOMPARE(overview.error().where, where);
        QCOMPARE(overview.error().what, what);
        QVERIFY(overview.error().toString().startsWith(where + u": "_s));
    }

    // Every Pigsty configuration template opens (needs ../shared beside the checkout).
    void pigstyTemplates()
    {
        const QString dir = sourceDir() + u"/../shared/pigsty/conf"_s;
        if (!QFileInfo::exists(dir)) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL(qPrintable(u"%1 is missing: CI runs with shared/ beside the checkout"_s.arg(dir)));
            QSKIP("../shared/pigsty is not beside this checkout");
        }
        int files = 0;
        QDirIterator it(dir, {u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const auto overview = parseInventoryOverview(read(path), path);
            QVERIFY2(overview.ok(), qPrintable(overview.ok() ? QString() : overview.error().toString()));
            QVERIFY2(!overview->groups.isEmpty(), qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 10);
    }
};

QTEST_GUILESS_MAIN(TestInventoryOverview)
#include "tst_inventoryoverview.moc"
