// SPDX-License-Identifier: GPL-3.0-or-later
// What provisioning writes, before any host is touched: pg_hba.conf from Pigsty-style rules,
// postgresql.conf sizing, the SQL for roles and databases, SCRAM verifiers, redis.conf.
#include "inventory/inventory.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/postgres/pgconfig.h"
#include "provision/postgres/pghbarender.h"
#include "provision/postgres/pgsql.h"
#include "provision/postgres/scramverifier.h"
#include "provision/redis/redisconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

PgHbaRule rule(const QString &user, const QString &db, const QString &addr, const QString &auth,
               std::optional<int> order = std::nullopt, const QString &role = u"default"_s)
{
    PgHbaRule r;
    r.user = user;
    r.db = db;
    r.addr = addr;
    r.auth = auth;
    r.order = order;
    r.role = role;
    r.title = user + u' ' + addr;
    return r;
}

QStringList ruleLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(u'\n'))
        if (!l.isEmpty() && !l.startsWith(u'#'))
            out << l.simplified();
    return out;
}

} // namespace

class TestProvisionRender : public QObject
{
    Q_OBJECT

private slots:
    void hbaOrderRolesAndAliases()
    {
        PgHbaRender::Context c;
        c.adminIp = u"10.0.0.1"_s;
        c.clusterAddresses = {u"10.0.0.1"_s, u"10.0.0.2"_s};
        c.intranet = {u"10.0.0.0/8"_s};
        c.instanceRole = u"replica"_s;
        const QList<PgHbaRule> rules{
            rule(u"all"_s, u"all"_s, u"world"_s, u"pwd"_s),                        // no order: last
            rule(u"${dbsu}"_s, u"all"_s, u"local"_s, u"ident"_s, 100),
            rule(u"app"_s, u"app"_s, u"cluster"_s, u"ssl"_s, 50),                 // before the defaults
            rule(u"${repl}"_s, u"replication"_s, u"localhost"_s, u"pwd"_s, 200),
            rule(u"writer"_s, u"all"_s, u"intra"_s, u"md5"_s, 300, u"primary"_s), // not on a replica
            rule(u"etl"_s, u"all"_s, u"10.1.2.3"_s, u"deny"_s, 400, u"offline"_s),
        };
        const auto text = PgHbaRender::render(rules, c);
        QVERIFY(text.ok());
        QCOMPARE(ruleLines(*text), QStringList({
                                       u"hostssl app app 10.0.0.1/32 scram-sha-256"_s,
                                       u"hostssl app app 10.0.0.2/32 scram-sha-256"_s,
                                       u"local all postgres ident"_s,
                                       u"local replication replicator scram-sha-256"_s,
                                       u"host replication replicator 127.0.0.1/32 scram-sha-256"_s,
                                       u"host replication replicator ::1/128 scram-sha-256"_s,
                                       u"host all all 0.0.0.0/0 scram-sha-256"_s,
                                       u"host all all ::/0 scram-sha-256"_s,
                                   }));
        c.offlineQuery = true;
        c.passwordEncryption = u"md5"_s;
        const auto offline = PgHbaRender::render(rules, c);
        QVERIFY(ruleLines(*offline).contains(u"host all etl 10.1.2.3/32 reject"_s));
        QVERIFY(ruleLines(*offline).contains(u"host all all 0.0.0.0/0 md5"_s));
        QVERIFY(!PgHbaRender::render({rule(u"a"_s, u"b"_s, u"2001:db8::/32"_s, u"pwd"_s)}, c).ok());
        QVERIFY(!PgHbaRender::render({rule(u"a"_s, u"b"_s, u"local"_s, u"magic"_s)}, c).ok());
    }

    void configSizing()
    {
        PgConfig::Input in;
        in.memoryBytes = qint64(8) << 30;
        in.cores = 4;
        in.port = 5433;
        in.listen = PgConfig::expandListen(u"${ip},${lo},${vip}"_s, u"10.0.0.5"_s);
        in.parameters = {{u"work_mem"_s, u"16MB"_s}, {u"jit"_s, u"off"_s}};
        const auto s = PgConfig::settings(in);
        const auto value = [&](const QString &k) {
            for (const auto &[key, v] : s)
                if (key == k)
                    return v;
            return QString();
        };
        QCOMPARE(value(u"listen_addresses"_s), u"10.0.0.5,127.0.0.1"_s);
        QCOMPARE(value(u"port"_s), u"5433"_s);
        QCOMPARE(value(u"shared_buffers"_s), u"2048MB"_s);
        QCOMPARE(value(u"effective_cache_size"_s), u"6144MB"_s);
        QCOMPARE(value(u"max_connections"_s), u"500"_s);
        QCOMPARE(value(u"work_mem"_s), u"16MB"_s); // pg_parameters win
        QCOMPARE(value(u"jit"_s), u"off"_s);
        QCOMPARE(value(u"wal_level"_s), u"replica"_s);
        in.profile = u"tiny"_s;
        in.maxConnections = u"80"_s;
        QCOMPARE(PgConfig::settings(in).at(2).second, u"80"_s);
        QVERIFY(PgConfig::render(in).contains(u"shared_buffers = '2048MB'"_s));
        QVERIFY(PgConfig::needsRestart(u"shared_buffers"_s));
        QVERIFY(!PgConfig::needsRestart(u"work_mem"_s));
    }

    void quoting()
    {
        QCOMPARE(pgsql::quoteIdent(u"a\"b"_s), u"\"a\"\"b\""_s);
        QCOMPARE(pgsql::quoteLiteral(u"it's \\ x"_s), u"'it''s \\ x'"_s);
    }

    void roleComparison()
    {
        PgUser u;
        u.name = u"app"_s;
        u.connlimit = 20;
        u.roles = {{u"dbrole_readwrite"_s, u"grant"_s, std::nullopt}, {u"old"_s, u"revoke"_s, std::nullopt}};
        u.parameters = {{u"work_mem"_s, u"64MB"_s}};
        const QString verifier = ScramVerifier::compute(u"s3cret"_s);
        const QJsonObject same = QJsonDocument::fromJson(
                                     uR"({"login":true,"superuser":false,"connlimit":20,"password":"%1",
                                          "comment":"business user app","member_of":{"dbrole_readwrite":false},
                                          "config":["work_mem=64MB"],"valid_until":null})"_s.arg(verifier)
                                         .toUtf8())
                                     .object();
        QCOMPARE(pgsql::roleDifferences(u, u"s3cret"_s, same), QStringList());
        QJsonObject other = same;
        other.insert(u"connlimit"_s, 5);
        other.insert(u"member_of"_s, QJsonObject{{u"old"_s, false}});
        other.insert(u"config"_s, QJsonArray());
        const QStringList diff = pgsql::roleDifferences(u, u"other"_s, other);
        QCOMPARE(diff.size(), 5); // limit, password, not a member, still a member, setting
        QCOMPARE(pgsql::roleDifferences(u, {}, QJsonObject()), QStringList{u"role app does not exist"_s});
        const QString script = pgsql::roleScript(u, verifier);
        QVERIFY(script.contains(u"CREATE ROLE \"app\""_s));
        QVERIFY(script.contains(u"CONNECTION LIMIT 20"_s));
        QVERIFY(script.contains(u"PASSWORD '%1'"_s.arg(verifier)));
        QVERIFY(script.contains(u"GRANT \"dbrole_readwrite\" TO \"app\""_s));
        QVERIFY(script.contains(u"REVOKE \"old\" FROM \"app\""_s));
        QVERIFY(script.contains(u"ALTER ROLE \"app\" SET \"work_mem\" = '64MB'"_s));
        QVERIFY(!script.contains(u"s3cret"_s));
    }

    void scramRoundTrip()
    {
        const QString v = ScramVerifier::compute(u"pa:ss w0rd"_s, QByteArray(16, 'x'), 4096);
        QVERIFY(v.startsWith(u"SCRAM-SHA-256$4096:"_s));
        QVERIFY(ScramVerifier::matches(v, u"pa:ss w0rd"_s));
        QVERIFY(!ScramVerifier::matches(v, u"pa:ss w0rD"_s));
        QVERIFY(!ScramVerifier::matches(u"md5abc"_s, u"x"_s));
        QCOMPARE(ScramVerifier::compute(u"x"_s, QByteArray(16, 'y')), ScramVerifier::compute(u"x"_s, QByteArray(16, 'y')));
        // Non-ASCII: full-width letters and a no-break space normalise like SASLprep.
        QCOMPARE(ScramVerifier::prepare(u"ｐａｓｓ\u00a0x"_s), QByteArray("pass x"));
    }

    void databaseScripts()
    {
        PgDatabase d;
        d.name = u"app"_s;
        d.owner = u"app"_s;
        d.encoding = u"UTF8"_s;
        d.schemas = {{u"s1"_s, {}, false}};
        d.extensions = {{u"pg_trgm"_s, {}, {}, false}, {u"hstore"_s, u"s1"_s, {}, false}};
        const QString create = pgsql::databaseCreateScript(d, u"postgres"_s);
        QVERIFY(create.contains(u"\\gexec"_s));
        QVERIFY2(create.contains(u"CREATE DATABASE \"app\" OWNER \"app\" ENCODING ''UTF8''"_s), qPrintable(create));
        const QString objects = pgsql::databaseObjectsScript(d, u"postgres"_s);
        QVERIFY(objects.contains(u"CREATE SCHEMA IF NOT EXISTS \"s1\" AUTHORIZATION \"app\""_s));
        QVERIFY(objects.contains(u"CREATE EXTENSION IF NOT EXISTS \"hstore\" WITH SCHEMA \"s1\" CASCADE"_s));
        const QJsonObject state{{u"schemas"_s, QJsonObject{{u"public"_s, u"pg_database_owner"_s}}},
                                {u"extensions"_s, QJsonObject{{u"pg_trgm"_s, QJsonObject{{u"schema"_s, u"public"_s}}}}}};
        QCOMPARE(pgsql::databaseObjectDifferences(d, state).size(), 2); // s1 and hstore missing
    }

    void redisConfig()
    {
        const auto inv = Inventory::parse("all:\n  children:\n    r:\n      hosts:\n"
                                          "        10.0.0.1: { redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.0.0.1 6379' } } }\n"
                                          "      vars: { redis_cluster: r, redis_max_memory: 64MB, redis_rdb_save: [], redis_bind_address: '' }\n",
                                          u"t.yml"_s);
        QVERIFY(inv.ok());
        const auto c = RedisCluster::find(*inv, u"r"_s);
        QVERIFY(c.ok());
        const QString primary = RedisConfig::render(*c, c->instances.at(0), u"p\"w"_s, true);
        QVERIFY(primary.contains(u"bind 10.0.0.1\n"_s));
        QVERIFY(primary.contains(u"requirepass \"p\\\"w\"\n"_s));
        QVERIFY(primary.contains(u"maxmemory 64mb\n"_s));
        QVERIFY(primary.contains(u"save \"\"\n"_s));
        QVERIFY(primary.contains(u"daemonize yes\n"_s));
        QVERIFY(primary.contains(u"dir /data/redis/r-1-6379\n"_s));
        QVERIFY(!primary.contains(u"replicaof"_s));
        const QString replica = RedisConfig::render(*c, c->instances.at(1), {}, false);
        QVERIFY(replica.contains(u"replicaof 10.0.0.1 6379\n"_s));
        QVERIFY(!replica.contains(u"requirepass"_s));
        QCOMPARE(RedisConfig::paths(*c, c->instances.at(1)).configFile, u"/etc/redis/r-1-6380.conf"_s);
    }
};

QTEST_GUILESS_MAIN(TestProvisionRender)
#include "tst_provisionrender.moc"
