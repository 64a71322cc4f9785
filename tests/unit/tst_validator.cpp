// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory validator: one inline inventory per rule with the exact position of its finding,
// the variants Pigsty's templates accept (which the stale bin/validate rejects), every file of
// ../shared/pigsty/conf checking without errors, sorted findings with pointers, and a benchmark
// over a 10,000-host inventory against the bare YAML parse.
#include "inventory/validation/validator.h"
#include "shareddata.h"
#include "yaml/yamltree.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <string>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << u"  %1 [%2] %3"_s.arg(f.toString(), f.rule, f.pointer);
    return lines.join(u'\n');
}

int errorCount(const Findings &findings)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.isError() ? 1 : 0;
    return n;
}

// Common tails and heads of the inline inventories.
constexpr const char *kVars = "  vars: { admin_ip: 10.10.10.10 }\n";

QByteArray pgCluster(const char *hosts, const char *vars = "pg_cluster: pg-test")
{
    return QByteArray("all:\n  children:\n    pg-test:\n      hosts:\n") + hosts + "      vars: { " + vars + " }\n"
        + kVars;
}

QByteArray pgVars(const char *lines)
{
    return QByteArray("all:\n  children:\n    pg-meta:\n"
                      "      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }\n"
                      "      vars:\n        pg_cluster: pg-meta\n")
        + lines + kVars;
}

QByteArray pgDatabases(const char *items)
{
    return pgVars(
        (QByteArray("        pg_users: [ { name: dbuser_app } ]\n        pg_databases:\n") + items).constData());
}

QByteArray hba(const char *items, const char *list = "pg_hba_rules")
{
    return pgVars((QByteArray("        ") + list + ":\n" + items).constData());
}

QByteArray redis(const char *host, const char *vars = "redis_cluster: redis-ms")
{
    return QByteArray("all:\n  children:\n    redis-ms:\n      hosts:\n        10.10.10.10: ") + host
        + "\n      vars: { " + vars + " }\n" + kVars;
}

QByteArray plain(const char *children, const char *vars = "  vars: { admin_ip: 10.10.10.10 }\n")
{
    return QByteArray("all:\n  children:\n") + children + vars;
}

constexpr const char *kOnePrimary = "        10.10.10.11: { pg_seq: 1, pg_role: primary }\n";

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private:
    static Findings check(const QByteArray &yaml)
    {
        auto tree = yaml::Tree::parse(yaml.toStdString(), "inline.yml");
        if (!tree)
            qWarning("parse error: %s", qPrintable(tree.error().toString()));
        return tree ? Validator::check(*tree, u"inline.yml"_s) : Findings();
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("error");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const auto row = [](const char *name, const QByteArray &yaml, const char *rule, bool error, int line, int col) {
            QTest::newRow(name) << yaml << QString::fromLatin1(rule) << error << line << col;
        };
        constexpr bool E = true;
        constexpr bool W = false;

        // structure
        row("no all", "pg-meta: {}\n", "structure.root", E, 1, 1);
        row("empty file", "# nothing but a comment\n", "structure.root", E, 1, 1);
        row("all not a mapping", "all: [ 1 ]\n", "structure.root", E, 1, 1);
        row("no children", QByteArray("all:\n") + kVars, "structure.children", E, 1, 1);
        row("children a list", QByteArray("all:\n  children: [ a ]\n") + kVars, "structure.children", E, 2, 13);
        row("empty hosts", plain("    infra: { hosts: {} }\n"), "structure.hosts", E, 3, 14);
        row("no hosts", plain("    app: { vars: { docker_enabled: true } }\n"), "structure.hosts", E, 3, 5);
        row("group a scalar", plain("    app: web\n"), "structure.group", E, 3, 10);
        row("vars a list", plain("    app: { hosts: { 10.10.10.10: {} }, vars: [ x ] }\n"), "structure.vars", E, 3, 46);
        row("admin_ip missing", plain("    app: { hosts: { 10.10.10.10: {} } }\n", "  vars: { region: default }\n"),
            "structure.admin-ip", W, 4, 3);
        row("admin_ip not IPv4",
            plain("    app: { hosts: { 10.10.10.10: {} } }\n", "  vars: { admin_ip: 10.10.10.300 }\n"),
            "structure.admin-ip", E, 4, 21);
        row("duplicate key",
            plain("    app: { hosts: { 10.10.10.10: {} } }\n",
                "  vars:\n    admin_ip: 10.10.10.10\n    region: default\n    region: china\n"),
            "yaml.duplicate-key", E, 7, 5);

        // hosts
        row("host not an IP", plain("    app: { hosts: { web1: {} } }\n"), "host.address", E, 3, 21);
        row("host vars a scalar", plain("    app: { hosts: { 10.10.10.10: 5 } }\n"), "host.vars", E, 3, 34);
        row("ansible_port out of range", plain("    app: { hosts: { 10.10.10.10: { ansible_port: 70000 } } }\n"),
            "number.port", E, 3, 50);
        row("host in two pgsql groups",
            plain(
                "    pg-a: { hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }, vars: { pg_cluster: pg-a } }\n"
                "    pg-b: { hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }, vars: { pg_cluster: pg-b } }\n"),
            "host.module-group", E, 4, 22);

        // pgsql identity
        row("cluster name with _", pgCluster(kOnePrimary, "pg_cluster: pg_test"), "pg.cluster-name", E, 6, 27);
        row("cluster named root", pgCluster(kOnePrimary, "pg_cluster: root"), "pg.cluster-name", E, 6, 27);
        row("cluster != group", pgCluster(kOnePrimary, "pg_cluster: pg-prod"), "pg.cluster-group", W, 6, 27);
        row("pg_seq missing",
            pgCluster(
                "        10.10.10.11: { pg_seq: 1, pg_role: primary }\n        10.10.10.12: { pg_role: replica }\n"),
            "pg.seq", E, 6, 9);
        row("pg_seq negative",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n"
                      "        10.10.10.12: { pg_seq: -1, pg_role: replica }\n"),
            "pg.seq", E, 6, 32);
        row("pg_seq duplicate",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n"
                      "        10.10.10.12: { pg_seq: 1, pg_role: replica }\n"),
            "pg.seq-duplicate", E, 6, 32);
        row("pg_role invalid",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n"
                      "        10.10.10.12: { pg_seq: 2, pg_role: leader }\n"),
            "pg.role", E, 6, 44);
        row("pg_role missing",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n        10.10.10.12: { pg_seq: 2 }\n"),
            "pg.role", E, 6, 9);
        row("two primaries",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n"
                      "        10.10.10.12: { pg_seq: 2, pg_role: primary }\n"),
            "pg.primary-count", E, 6, 44);
        row("no primary", pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: replica }\n"), "pg.primary-count", E, 3,
            5);
        row("citus-style cluster without primary",
            QByteArray("all:\n  children:\n    pg-citus:\n      hosts:\n"
                       "        10.10.10.10: { pg_cluster: pg-citus0, pg_seq: 1, pg_role: primary }\n"
                       "        10.10.10.11: { pg_cluster: pg-citus1, pg_seq: 1, pg_role: replica }\n"
                       "      vars: { pg_mode: citus }\n")
                + kVars,
            "pg.primary-count", E, 3, 5);
        row("pg_port zero", pgCluster(kOnePrimary, "pg_cluster: pg-test, pg_port: 0"), "number.port", E, 6, 45);
        row("pg_upstream not IPv4",
            pgCluster("        10.10.10.11: { pg_seq: 1, pg_role: primary }\n"
                      "        10.10.10.12: { pg_seq: 2, pg_role: replica, pg_upstream: 10.10.10.999 }\n"),
            "pg.upstream", E, 6, 66);

        // pg_users / pg_default_roles
        const char *users = "        pg_users:\n          - ";
        row("user name upper case", pgVars((QByteArray(users) + "{ name: DBUser }\n").constData()), "pg.user-name", E,
            8, 21);
        row("user without name", pgVars((QByteArray(users) + "{ password: x }\n").constData()), "pg.user-name", E, 8,
            13);
        row("user twice", pgVars((QByteArray(users) + "{ name: app }\n          - { name: app }\n").constData()),
            "pg.user-duplicate", E, 9, 21);
        row("user bool field", pgVars((QByteArray(users) + "{ name: app, pgbouncer: maybe }\n").constData()),
            "pg.user-field", E, 8, 37);
        row("user connlimit", pgVars((QByteArray(users) + "{ name: app, connlimit: ten }\n").constData()),
            "pg.user-field", E, 8, 37);
        row("user roles a string", pgVars((QByteArray(users) + "{ name: app, roles: dbrole_admin }\n").constData()),
            "pg.user-field", E, 8, 33);
        row("user role admin not bool",
            pgVars(
                (QByteArray(users) + "{ name: app, roles: [ { name: dbrole_admin, admin: maybe } ] }\n").constData()),
            "pg.user-field", E, 8, 64);
        row("user state", pgVars((QByteArray(users) + "{ name: app, state: gone }\n").constData()), "pg.user-field", E,
            8, 33);
        row("user pool_mode", pgVars((QByteArray(users) + "{ name: app, pool_mode: batch }\n").constData()),
            "pg.user-field", E, 8, 37);
        row("user unknown field", pgVars((QByteArray(users) + "{ name: app, search_path: x }\n").constData()),
            "pg.user-unknown", W, 8, 26);
        row("pg_users not a list", pgVars("        pg_users: dbuser_app\n"), "pg.user-list", E, 7, 19);
        row("default role bad name", pgVars("        pg_default_roles:\n          - { name: Bad }\n"), "pg.user-name",
            E, 8, 21);
        row("role name unsafe", pgVars((QByteArray(users) + "{ name: app, roles: [ \"x; drop\" ] }\n").constData()),
            "name.unsafe", E, 8, 35);

        // pg_databases
        row("db name unsafe", pgDatabases("          - { name: \"app; rm -rf /\" }\n"), "name.unsafe", E, 9, 21);
        row("db name leading digit", pgDatabases("          - { name: 1app }\n"), "name.unsafe", E, 9, 21);
        row("db without name", pgDatabases("          - { owner: dbuser_app }\n"), "pg.db-name", E, 9, 13);
        row("db twice", pgDatabases("          - { name: app }\n          - { name: app }\n"), "pg.db-duplicate", E, 10,
            21);
        row("db owner unknown", pgDatabases("          - { name: app, owner: nobody }\n"), "pg.db-owner", W, 9, 33);
        row("db state", pgDatabases("          - { name: app, state: gone }\n"), "pg.db-field", E, 9, 33);
        row("extension schema unsafe",
            pgDatabases("          - { name: app, extensions: [ { name: vector, schema: \"a b\" } ] }\n"),
            "name.unsafe", E, 9, 64);
        row("extension name unsafe", pgDatabases("          - { name: app, extensions: [ \"vec`tor\" ] }\n"),
            "name.unsafe", E, 9, 40);
        row("schemas a string", pgDatabases("          - { name: app, schemas: pigsty }\n"), "pg.db-field", E, 9, 35);
        row("db unknown field", pgDatabases("          - { name: app, colour: blue }\n"), "pg.db-unknown", W, 9, 26);
        row("pg_databases not a list", pgVars("        pg_databases: app\n"), "pg.db-list", E, 7, 23);

        // HBA
        row("hba addr IPv6", hba("          - { addr: 'fe80::1/64', auth: pwd, title: t }\n"), "hba.addr", E, 8, 21);
        row("hba addr unknown alias", hba("          - { addr: internet, auth: pwd, title: t }\n"), "hba.addr", E, 8,
            21);
        row("hba addr mask 33", hba("          - { addr: 10.0.0.0/33, auth: pwd, title: t }\n"), "hba.addr", E, 8, 21);
        row("hba without addr", hba("          - { user: all, db: all, title: t }\n"), "hba.addr", E, 8, 13);
        row("hba auth", hba("          - { auth: password, addr: intra, title: t }\n"), "hba.auth", E, 8, 21);
        row("hba role", hba("          - { role: leader, addr: intra, title: t }\n"), "hba.role", E, 8, 21);
        row("hba order", hba("          - { order: first, addr: intra, title: t }\n"), "hba.order", E, 8, 22);
        row("pgb replication", hba("          - { db: replication, addr: intra, title: t }\n", "pgb_hba_rules"),
            "hba.replication", E, 8, 19);
        row("hba rules a string", hba("          - { title: t, rules: 'host all all' }\n"), "hba.rules", E, 8, 32);
        row("hba without title", hba("          - { user: all, addr: intra }\n"), "hba.title", W, 8, 13);
        row("hba user with blank", hba("          - { user: \"a b\", addr: intra, title: t }\n"), "hba.user", E, 8, 21);
        row("hba user unknown alias", hba("          - { user: '${oops}', addr: intra, title: t }\n"), "hba.user", E, 8,
            21);
        row("hba default rules in all.vars",
            plain("    app: { hosts: { 10.10.10.10: {} } }\n",
                "  vars:\n    admin_ip: 10.10.10.10\n    pg_default_hba_rules:\n      - { addr: '::1', title: t }\n"),
            "hba.addr", E, 7, 17);

        // redis
        const char *ms = "{ redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.10.10.10 6390' } } }";
        row("replica_of nowhere", redis(ms), "redis.replica-of", E, 5, 88);
        row("replica_of format",
            redis("{ redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.10.10.10:6379' } } }"),
            "redis.replica-of", E, 5, 88);
        row("redis port not an integer", redis("{ redis_node: 1, redis_instances: { 6379: {}, 63a9: {} } }"),
            "redis.port", E, 5, 68);
        row("redis port out of range", redis("{ redis_node: 1, redis_instances: { 6379: {}, 70000: {} } }"),
            "redis.port", E, 5, 68);
        row("redis port twice", redis("{ redis_node: 1, redis_instances: { 6379: {}, 6379: {} } }"),
            "redis.port-duplicate", E, 5, 68);
        row("redis_node missing", redis("{ redis_instances: { 6379: {} } }"), "redis.node", E, 5, 9);
        row("redis_node not an integer", redis("{ redis_node: one, redis_instances: { 6379: {} } }"), "redis.node", E,
            5, 36);
        row("redis_instances missing", redis("{ redis_node: 1 }"), "redis.instances", E, 5, 9);
        row("redis_instances a list", redis("{ redis_node: 1, redis_instances: [ 6379 ] }"), "redis.instances", E, 5,
            56);
        row("redis_mode",
            redis("{ redis_node: 1, redis_instances: { 6379: {} } }", "redis_cluster: redis-ms, redis_mode: master"),
            "redis.mode", E, 6, 52);
        row("redis_fs_main /data",
            redis("{ redis_node: 1, redis_instances: { 6379: {} } }", "redis_cluster: redis-ms, redis_fs_main: /data"),
            "redis.fs-main", E, 6, 55);
        row("redis cluster name unsafe",
            redis("{ redis_node: 1, redis_instances: { 6379: {} } }", "redis_cluster: 'redis ms'"), "name.unsafe", E, 6,
            30);

        // minio, etcd, infra
        row("minio_cluster in all.vars",
            plain("    minio: { hosts: { 10.10.10.10: { minio_seq: 1 } }, vars: { minio_cluster: minio } }\n",
                "  vars: { admin_ip: 10.10.10.10, minio_cluster: minio }\n"),
            "minio.cluster-global", E, 4, 34);
        row("minio_seq missing", plain("    minio: { hosts: { 10.10.10.10: {} }, vars: { minio_cluster: minio } }\n"),
            "minio.seq", E, 3, 23);
        row("minio_seq negative",
            plain("    minio: { hosts: { 10.10.10.10: { minio_seq: -1 } }, vars: { minio_cluster: minio } }\n"),
            "minio.seq", E, 3, 49);
        row("minio group without cluster", plain("    minio: { hosts: { 10.10.10.10: { minio_seq: 1 } } }\n"),
            "minio.cluster", E, 3, 5);
        row("etcd_seq missing", plain("    etcd: { hosts: { 10.10.10.10: {} } }\n"), "etcd.seq", E, 3, 22);
        row("etcd_seq not an integer", plain("    etcd: { hosts: { 10.10.10.10: { etcd_seq: x } } }\n"), "etcd.seq", E,
            3, 47);
        row("infra_seq missing", plain("    infra: { hosts: { 10.10.10.10: {} } }\n"), "infra.seq", E, 3, 23);
        row("infra_seq negative", plain("    infra: { hosts: { 10.10.10.10: { infra_seq: -1 } } }\n"), "infra.seq", E,
            3, 49);

        // secrets
        const char *app = "    app: { hosts: { 10.10.10.10: {} } }\n";
        row("plaintext password",
            plain(app, "  vars:\n    admin_ip: 10.10.10.10\n    grafana_admin_password: S3cret-Pass\n"),
            "secret.plaintext", W, 6, 29);
        row("grafana default", plain(app, "  vars:\n    admin_ip: 10.10.10.10\n    grafana_admin_password: pigsty\n"),
            "secret.default", W, 6, 29);
        row("dba default", plain(app, "  vars:\n    admin_ip: 10.10.10.10\n    pg_admin_password: DBUser.DBA\n"),
            "secret.default", W, 6, 24);
        row("DBUser.* pattern", pgVars("        pg_users: [ { name: app, password: DBUser.App } ]\n"), "secret.default",
            W, 7, 44);
        row("S3User.* in s3_key_secret",
            plain(app,
                "  vars:\n    admin_ip: 10.10.10.10\n    pgbackrest_repo: { minio: { s3_key_secret: S3User.Backup } "
                "}\n"),
            "secret.default", W, 6, 48);
        row("app env password",
            plain("    app: { hosts: { 10.10.10.10: {} }, vars: { apps: { x: { conf: { DB_PASSWORD: "
                  "hunter2 } } } } }\n"),
            "secret.plaintext", W, 3, 82);

        // numbers
        row("firewall port list",
            plain(app, "  vars:\n    admin_ip: 10.10.10.10\n    node_firewall_public_port: [ 22, 99999 ]\n"),
            "number.port", E, 6, 38);
        row("haproxy service port",
            plain(app, "  vars:\n    admin_ip: 10.10.10.10\n    haproxy_services: [ { name: minio, port: http } ]\n"),
            "number.port", E, 6, 46);

        // rules beyond the brief's list, from SCHEMA.md §12
        row("pg_vip_address without mask", pgCluster(kOnePrimary, "pg_cluster: pg-test, pg_vip_address: 10.10.10.2"),
            "pg.vip-address", E, 6, 52);
        row("hba db with ;", hba("          - { db: 'a;b', addr: intra, title: t }\n"), "hba.db", E, 8, 19);
        row("hba rule a string", hba("          - 'host all all 0.0.0.0/0 md5'\n"), "hba.list", E, 8, 13);
        row("redis cluster empty", redis("{ redis_node: 1, redis_instances: { 6379: {} } }", "redis_cluster: ''"),
            "redis.cluster", E, 6, 30);
        row("redis_node twice in a cluster",
            plain("    redis-ms:\n      hosts:\n"
                  "        10.10.10.10: { redis_node: 1, redis_instances: { 6379: {} } }\n"
                  "        10.10.10.11: { redis_node: 1, redis_instances: { 6379: {} } }\n"
                  "      vars: { redis_cluster: redis-ms }\n"),
            "redis.node", E, 6, 36);
        row("sentinel monitor without name",
            redis("{ redis_node: 1, redis_instances: { 26379: {} } }",
                "redis_cluster: redis-ms, redis_sentinel_monitor: [ { host: 10.10.10.10 } ]"),
            "redis.sentinel-monitor", E, 6, 66);
        row("minio_type not silo",
            plain("    minio: { hosts: { 10.10.10.10: { minio_seq: 1 } }, vars: { minio_cluster: minio, minio_type: s3 "
                  "} }\n"),
            "minio.type", E, 3, 98);
        row("etcd_cluster outside group etcd",
            plain("    dcs: { hosts: { 10.10.10.10: {} }, vars: { etcd_cluster: etcd } }\n"), "etcd.group", W, 3, 48);
    }

    void rules()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        QFETCH(int, line);
        QFETCH(int, column);
        const Findings findings = check(yaml);
        bool found = false;
        for (const Finding &f : findings)
            found = found || (f.rule == rule && f.line == line && f.column == column && f.isError() == error);
        if (!found)
            qWarning("%s\nfindings:\n%s", yaml.constData(), qPrintable(describe(findings)));
        QVERIFY(found);
        for (const Finding &f : findings) {
            QVERIFY(!f.message.isEmpty());
            QCOMPARE(f.file, u"inline.yml"_s);
        }
    }

    // What Pigsty's templates accept: no finding of that rule, and no error at all.
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *name, const QByteArray &yaml, const char *rule) {
            QTest::newRow(name) << yaml << QString::fromLatin1(rule);
        };
        row("hostname with ansible_host", plain("    app: { hosts: { web1: { ansible_host: 192.168.1.5 } } }\n"),
            "host.address");
        row("localhost run locally", plain("    app: { hosts: { localhost: { ansible_connection: local } } }\n"),
            "host.address");
        row("empty group vars (meta.yml)", plain("    app:\n      hosts: { 10.10.10.10: {} }\n      vars:\n"),
            "structure.vars");
        row("host in groups of several modules",
            plain("    infra: { hosts: { 10.10.10.10: { infra_seq: 1 } } }\n"
                  "    etcd: { hosts: { 10.10.10.10: { etcd_seq: 1 } }, vars: { etcd_cluster: etcd } }\n"
                  "    pg-meta: { hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }, vars: { pg_cluster: pg-meta "
                  "} }\n"
                  "    redis-ms: { hosts: { 10.10.10.10: { redis_node: 1, redis_instances: { 6379: {} } } }, vars: { "
                  "redis_cluster: redis-ms } }\n"),
            "host.module-group");
        row("citus-style clusters per host",
            QByteArray("all:\n  children:\n    pg-citus:\n      hosts:\n"
                       "        10.10.10.10: { pg_cluster: pg-citus0, pg_seq: 1, pg_role: primary }\n"
                       "        10.10.10.11: { pg_cluster: pg-citus0, pg_seq: 2, pg_role: replica }\n"
                       "        10.10.10.12: { pg_cluster: pg-citus1, pg_seq: 1, pg_role: primary }\n"
                       "      vars: { pg_mode: citus }\n")
                + kVars,
            "pg.seq-duplicate");
        row("hba addr intranet", hba("          - { addr: intranet, title: t }\n"), "hba.addr");
        row("hba addr all", hba("          - { addr: all, title: t }\n"), "hba.addr");
        row("hba addr IP without mask", hba("          - { addr: 10.0.0.1, title: t }\n"), "hba.addr");
        row("hba addr CIDR", hba("          - { addr: 172.16.0.0/12, title: t }\n"), "hba.addr");
        row("hba raw rules", hba("          - { title: raw, rules: [ 'host all all 10.0.0.0/8 scram-sha-256' ] }\n"),
            "hba.addr");
        row("hba placeholders and groups",
            hba("          - { user: '${dbsu}', db: replication, addr: local, auth: ident, title: t, order: 150 }\n"
                "          - { user: '+dbrole_readonly', db: all, addr: intra, auth: ssl, title: t, role: replica }\n"
                "          - { user: '${repl}', db: 'postgres,meta', addr: localhost, auth: ssl-sha, title: t }\n"),
            "hba.user");
        row("role as mapping",
            pgVars("        pg_users: [ { name: x, roles: [ { name: dbrole_admin, admin: true } ] } ]\n"),
            "pg.user-field");
        row("user expire_at infinity",
            pgVars("        pg_users: [ { name: x, expire_at: infinity, state: absent } ]\n"), "pg.user-field");
        row("schemas as mappings",
            pgDatabases(
                "          - { name: app, owner: dbuser_app, schemas: [ { name: app, owner: dbuser_app } ] }\n"),
            "pg.db-field");
        row("db owned by a default role", pgDatabases("          - { name: app, owner: dbuser_dba }\n"), "pg.db-owner");
        row("db locale fields",
            pgDatabases("          - { name: app, strategy: FILE_COPY, locale_provider: icu, icu_locale: en-US, "
                        "is_template: false, state: recreate }\n"),
            "pg.db-unknown");
        row("extension mapping",
            pgDatabases("          - { name: app, extensions: [ { name: vector, schema: public, "
                        "version: '0.8', state: absent } ] }\n"),
            "pg.db-field");
        row("keychain reference",
            plain("    app: { hosts: { 10.10.10.10: {} } }\n",
                "  vars:\n    admin_ip: 10.10.10.10\n    grafana_admin_password: '${secret:grafana}'\n"),
            "secret.plaintext");
        row("SCRAM and md5 hashes",
            pgVars("        pg_users:\n"
                   "          - { name: a, password: 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy' }\n"
                   "          - { name: b, password: md5f2a3c1d6e9b4a7c8d0e1f2a3b4c5d6e7 }\n"),
            "secret.plaintext");
        row("redis password off",
            redis("{ redis_node: 1, redis_instances: { 6379: {} } }", "redis_cluster: redis-ms, redis_password: ''"),
            "secret.plaintext");
        row("replica_of on another group",
            plain("    redis-a: { hosts: { 10.10.10.10: { redis_node: 1, redis_instances: { 6379: {} } } }, vars: { "
                  "redis_cluster: redis-a } }\n"
                  "    redis-b: { hosts: { 10.10.10.11: { redis_node: 1, redis_instances: { 6379: { replica_of: "
                  "'10.10.10.10 6379' } } } }, vars: { redis_cluster: redis-b } }\n"),
            "redis.replica-of");
        row("placeholders kept literally",
            plain("    pg-meta: { hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }, vars: { pg_cluster: pg-meta,"
                  " pg_listen: '${ip},${vip},${lo}', pg_extensions: [ 'pg$v-ext' ] } }\n",
                "  vars:\n    admin_ip: 10.10.10.10\n    node_etc_hosts: [ '${admin_ip} i.pigsty' ]\n"
                "    infra_portal: { home: { domain: i.pigsty, endpoint: '${admin_ip}:8885' } }\n"),
            "name.unsafe");
        row("identity merged from an anchor",
            QByteArray("x-identity: &ident { pg_seq: 1, pg_role: primary }\n"
                       "x-redis: &instances { 6379: {} }\n"
                       "x-users: &users [ { name: app } ]\n"
                       "x-db: &db { name: app, owner: app }\n"
                       "all:\n  children:\n"
                       "    pg-test: { hosts: { 10.10.10.11: { <<: *ident } }, vars: { pg_cluster: pg-test, "
                       "pg_users: *users, pg_databases: [ *db ] } }\n"
                       "    redis-ms: { hosts: { 10.10.10.12: { redis_node: 1, redis_instances: *instances } }, "
                       "vars: { redis_cluster: redis-ms } }\n"
                       "    redis-r: { hosts: { 10.10.10.13: { redis_node: 1, redis_instances: { 6379: { replica_of: "
                       "'10.10.10.12 6379' } } } }, vars: { redis_cluster: redis-r } }\n")
                + kVars,
            "pg.seq");
        row("port list",
            plain("    app: { hosts: { 10.10.10.10: {} } }\n",
                "  vars:\n    admin_ip: 10.10.10.10\n    node_firewall_public_port: [ 22, 80, 443 ]\n"),
            "number.port");
    }

    void accepted()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, rule);
        const Findings findings = check(yaml);
        bool ok = errorCount(findings) == 0;
        for (const Finding &f : findings)
            ok = ok && f.rule != rule;
        if (!ok)
            qWarning("%s\nfindings:\n%s", yaml.constData(), qPrintable(describe(findings)));
        QVERIFY(ok);
    }

    void pigstyTemplates_data()
    {
        STACKYARD_REQUIRE_SHARED_DATA();
        QTest::addColumn<QString>("path");
        const QStringList files = test::SharedData::pigstyConfFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
    }

    void pigstyTemplates()
    {
        QFETCH(QString, path);
        auto tree = yaml::Tree::parse(readFile(path), path.toStdString());
        QVERIFY2(tree.ok(), qPrintable(tree ? QString() : tree.error().toString()));
        const Findings findings = Validator::check(*tree, path);
        if (errorCount(findings) != 0)
            qWarning("%s", qPrintable(describe(findings)));
        QCOMPARE(errorCount(findings), 0);
    }

    // The warnings Pigsty's own templates get, per rule (printed, for the record).
    void pigstyTemplateWarnings()
    {
        STACKYARD_REQUIRE_SHARED_DATA();
        QMap<QString, int> perRule;
        for (const QString &f : test::SharedData::pigstyConfFiles()) {
            const QString path = test::SharedData::pigstyConfDir() + u'/' + f;
            auto tree = yaml::Tree::parse(readFile(path), path.toStdString());
            QVERIFY(tree.ok());
            for (const Finding &finding : Validator::check(*tree, f))
                ++perRule[finding.rule];
        }
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            qInfo("%s: %d", qPrintable(it.key()), it.value());
        QVERIFY(perRule.contains(u"secret.default"_s));
    }

    void sampleIsClean()
    {
        const QString path = qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s;
        auto tree = yaml::Tree::parse(readFile(path), path.toStdString());
        QVERIFY(tree.ok());
        const Findings findings = Validator::check(*tree, path);
        if (!findings.isEmpty())
            qWarning("%s", qPrintable(describe(findings)));
        QVERIFY(findings.isEmpty());
    }

    void sortedWithPointers()
    {
        const QByteArray yaml
            = "all:\n"
              "  children:\n"
              "    pg-test:\n"
              "      hosts:\n"
              "        10.10.10.11: { pg_seq: 1, pg_role: primary, ansible_port: 0 }\n"
              "        10.10.10.12: { pg_role: leader }\n"
              "      vars: { pg_cluster: pg-test, pg_users: [ { name: Bad } ] }\n"
              "    redis-x: { hosts: { 10.10.10.13: { redis_node: 1 } }, vars: { redis_cluster: x } }\n"
              "  vars: { admin_ip: 10.10.10.10, grafana_admin_password: pigsty }\n";
        const Findings findings = check(yaml);
        QVERIFY2(findings.size() >= 7, qPrintable(describe(findings)));
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const Finding &a = findings[i - 1];
            const Finding &b = findings[i];
            QVERIFY2(a.line < b.line || (a.line == b.line && a.column <= b.column), qPrintable(describe(findings)));
        }
        QMap<QString, QString> pointers;
        for (const Finding &f : findings) {
            QVERIFY(!f.pointer.isEmpty());
            pointers.insert(f.rule, f.pointer);
        }
        QCOMPARE(pointers.value(u"number.port"_s), u"/all/children/pg-test/hosts/10.10.10.11/ansible_port"_s);
        QCOMPARE(pointers.value(u"pg.seq"_s), u"/all/children/pg-test/hosts/10.10.10.12"_s);
        QCOMPARE(pointers.value(u"pg.role"_s), u"/all/children/pg-test/hosts/10.10.10.12/pg_role"_s);
        QCOMPARE(pointers.value(u"pg.user-name"_s), u"/all/children/pg-test/vars/pg_users/0/name"_s);
        QCOMPARE(pointers.value(u"redis.instances"_s), u"/all/children/redis-x/hosts/10.10.10.13"_s);
        QCOMPARE(pointers.value(u"secret.default"_s), u"/all/vars/grafana_admin_password"_s);
    }

    // 10,000 hosts in 2,500 four-node clusters with users, databases and HBA rules: validating
    // the parsed tree beside the bare parse of the same text (the baseline). Validation should
    // cost a fraction of the parse.
    void benchmarkLargeInventory_data()
    {
        QTest::addColumn<bool>("parseOnly");
        QTest::newRow("yaml parse (baseline)") << true;
        QTest::newRow("validate (parsed tree)") << false;
    }

    void benchmarkLargeInventory()
    {
        QFETCH(bool, parseOnly);
        std::string text = "all:\n  children:\n";
        for (int c = 0; c < 2500; ++c) {
            text += "    pg-c" + std::to_string(c) + ":\n      hosts:\n";
            for (int i = 0; i < 4; ++i) {
                const int n = c * 4 + i;
                text += "        10." + std::to_string(n / 65536) + '.' + std::to_string(n / 256 % 256) + '.'
                    + std::to_string(n % 256) + ": { pg_seq: " + std::to_string(i + 1)
                    + ", pg_role: " + (i == 0 ? "primary" : "replica") + " }\n";
            }
            text += "      vars:\n        pg_cluster: pg-c" + std::to_string(c)
                + "\n        pg_users: [ { name: app, password: '${secret:app}', pgbouncer: true, roles: [ "
                  "dbrole_readwrite ] } ]\n"
                  "        pg_databases: [ { name: app, owner: app, extensions: [ vector ] } ]\n"
                  "        pg_hba_rules: [ { user: app, db: app, addr: intra, auth: pwd, title: app } ]\n";
        }
        text += "  vars: { admin_ip: 10.0.0.1 }\n";
        if (parseOnly) {
            QBENCHMARK
            {
                QVERIFY(yaml::Tree::parse(text).ok());
            }
            return;
        }
        auto tree = yaml::Tree::parse(text);
        QVERIFY(tree.ok());
        Findings findings;
        QBENCHMARK
        {
            findings = Validator::check(*tree, u"large.yml"_s);
        }
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings.mid(0, 10))));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
