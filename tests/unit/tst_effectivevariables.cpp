// SPDX-License-Identifier: GPL-3.0-or-later
// Effective variables of a host: host > group (by name, later wins) > all.vars > defaults,
// each with its source, line and what it overrides; secrets flagged.
#include "inventory/effectivevariables.h"
#include "inventory/variabledefaults.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const char *kInventory = "all:\n"                                           // 1
                         "  children:\n"                                    // 2
                         "    pg-meta:\n"                                   // 3
                         "      hosts:\n"                                   // 4
                         "        10.0.0.1: { pg_seq: 1, pg_role: primary, pg_port: 6543 }\n" // 5
                         "      vars:\n"                                    // 6
                         "        pg_cluster: pg-meta\n"                    // 7
                         "        pg_port: 5433\n"                          // 8
                         "        node_tune: oltp\n"                        // 9
                         "    infra:\n"                                     // 10
                         "      hosts: { 10.0.0.1: { infra_seq: 1 } }\n"    // 11
                         "      vars: { node_tune: tiny, redis_password: 'p@ss' }\n" // 12
                         "  vars:\n"                                        // 13
                         "    admin_ip: 10.0.0.1\n"                         // 14
                         "    node_tune: crit\n"                            // 15
                         "    pg_version: 15\n";                            // 16

const EffectiveVariable *find(const QList<EffectiveVariable> &vars, const QString &name)
{
    for (const EffectiveVariable &v : vars)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace

class TestEffectiveVariables : public QObject
{
    Q_OBJECT

private slots:
    void defaultsTableIsCompiledIn()
    {
        const VariableDefaults &d = VariableDefaults::instance();
        QVERIFY(d.entries().size() > 300);
        const VariableDefaults::Entry *port = d.find(u"pg_port"_s);
        QVERIFY(port);
        QCOMPARE(port->value, u"5432"_s);
        QCOMPARE(port->module, u"PGSQL"_s);
        QVERIFY(!d.find(u"no_such_variable"_s));
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("overrides");
        QTest::newRow("host beats group and default")
            << u"pg_port"_s << u"6543"_s << int(EffectiveVariable::Source::Host) << u"pg-meta"_s << 5
            << QStringList{u"group pg-meta"_s, u"default"_s};
        QTest::newRow("later group by name beats earlier and all")
            << u"node_tune"_s << u"oltp"_s << int(EffectiveVariable::Source::Group) << u"pg-meta"_s << 9
            << QStringList{u"group infra"_s, u"all"_s, u"default"_s};
        QTest::newRow("all.vars beats default")
            << u"pg_version"_s << u"15"_s << int(EffectiveVariable::Source::Global) << u"all"_s << 16
            << QStringList{u"default"_s};
        QTest::newRow("unknown var from a group")
            << u"redis_password"_s << u"p@ss"_s << int(EffectiveVariable::Source::Group) << u"infra"_s << 12
            << QStringList{u"default"_s};
        QTest::newRow("default only")
            << u"pg_dbsu"_s << u"\"postgres\""_s << int(EffectiveVariable::Source::Default) << QString() << 0 << QStringList{};
    }

    void precedence()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, source);
        QFETCH(QString, origin);
        QFETCH(int, line);
        QFETCH(QStringList, overrides);
        const auto inventory = Inventory::parse(kInventory, u"inv.yml"_s);
        QVERIFY(inventory.ok());
        const auto vars = EffectiveVariables::forHost(*inventory, u"10.0.0.1"_s);
        QVERIFY(vars.ok());
        const EffectiveVariable *v = find(*vars, name);
        QVERIFY2(v, qPrintable(name));
        QCOMPARE(v->value, value);
        QCOMPARE(int(v->source), source);
        QCOMPARE(v->origin, origin);
        QCOMPARE(v->line, line);
        QCOMPARE(v->overrides, overrides);
    }

    void withoutDefaultsAndSecrets()
    {
        const auto inventory = Inventory::parse(kInventory, u"inv.yml"_s);
        const auto vars = EffectiveVariables::forHost(*inventory, u"10.0.0.1"_s, false);
        QVERIFY(vars.ok());
        QStringList names;
        for (const EffectiveVariable &v : *vars)
            names << v.name;
        QCOMPARE(names, (QStringList{u"admin_ip"_s, u"infra_seq"_s, u"node_tune"_s, u"pg_cluster"_s, u"pg_port"_s,
                                      u"pg_role"_s, u"pg_seq"_s, u"pg_version"_s, u"redis_password"_s}));
        QVERIFY(find(*vars, u"redis_password"_s)->secret);
        QVERIFY(!find(*vars, u"pg_port"_s)->secret);
        QCOMPARE(find(*vars, u"pg_port"_s)->pointer, u"/all/children/pg-meta/hosts/10.0.0.1/pg_port"_s);
        QVERIFY(EffectiveVariables::isSecretName(u"pg_admin_password"_s));
        QVERIFY(EffectiveVariables::isSecretName(u"minio_secret_key"_s));
        QVERIFY(!EffectiveVariables::isSecretName(u"pg_password_enc"_s));
    }

    void unknownHost()
    {
        const auto inventory = Inventory::parse(kInventory, u"inv.yml"_s);
        const auto vars = EffectiveVariables::forHost(*inventory, u"10.9.9.9"_s);
        QVERIFY(!vars.ok());
        QCOMPARE(vars.error().where, u"inv.yml"_s);
        QVERIFY(vars.error().what.contains(u"10.9.9.9"_s));
    }
};

QTEST_GUILESS_MAIN(TestEffectiveVariables)
#include "tst_effectivevariables.moc"
