// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/inventoryshowcommand.h"

#include "inventory/inventoryloader.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/miniocluster.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("stackyardctl", 
        "Shows one cluster as Stackyard reads it, every value resolved with Ansible's precedence (host > group > "
        "all.vars > defaults): a PostgreSQL cluster's instances, users, databases, HBA rules and pgBackRest "
        "repository; a Redis cluster's instances and replication; a MinIO cluster; an app group's apps and what "
        "they connect to. Passwords are never printed."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addPositionalArgument(u"CLUSTER"_s, QCoreApplication::translate("stackyardctl", "A pg_cluster, redis_cluster or minio_cluster name, or a group name."));
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON.")});
}

QString flags(const PgUser &u)
{
    QStringList f;
    const auto add = [&](const std::optional<bool> &v, const char *word) {
        if (v)
            f << (*v ? QString::fromLatin1(word) : u"no"_s + QString::fromLatin1(word));
    };
    add(u.login, "login");
    add(u.superuser, "superuser");
    add(u.createdb, "createdb");
    add(u.createrole, "createrole");
    add(u.replication, "replication");
    if (u.pgbouncer)
        f << u"pgbouncer"_s;
    for (const PgRoleMembership &m : u.roles)
        f << (m.state == u"grant"_s ? u"+"_s : u"-"_s) + m.name;
    return f.join(u' ');
}

void printPg(const PgCluster &c, QTextStream &out)
{
    out << QCoreApplication::translate("stackyardctl", "PostgreSQL cluster %1 (group %2): PostgreSQL %3, port %4")
               .arg(c.name, c.group)
               .arg(c.version)
               .arg(c.port)
        << '\n';
    out << QCoreApplication::translate("stackyardctl", "  instances:") << '\n';
    for (const PgInstance &i : c.instances)
        out << u"    %1  %2:%3  %4"_s.arg(i.name(c.name).leftJustified(16), i.address).arg(i.port).arg(i.role) << '\n';
    out << QCoreApplication::translate("stackyardctl", "  users:") << '\n';
    for (const PgUser &u : c.users)
        out << u"    %1  %2"_s.arg(u.name.leftJustified(20), flags(u)) << '\n';
    out << QCoreApplication::translate("stackyardctl", "  databases:") << '\n';
    for (const PgDatabase &d : c.databases) {
        QStringList ext;
        for (const PgExtension &e : d.extensions)
            ext << e.name;
        out << u"    %1  %2"_s.arg(d.name.leftJustified(20),
                                  QCoreApplication::translate("stackyardctl", "owner %1; extensions: %2").arg(d.owner.isEmpty() ? c.dbsu : d.owner,
                                                                     ext.isEmpty() ? u"-"_s : ext.join(u", "_s)))
            << '\n';
    }
    out << QCoreApplication::translate("stackyardctl", "  HBA rules:") << '\n';
    for (const PgHbaRule &r : c.hbaRules)
        out << u"    %1 %2 %3 %4 %5 %6  %7"_s.arg(r.order ? QString::number(*r.order) : u"-"_s, 4)
                   .arg(r.user, -12)
                   .arg(r.db, -12)
                   .arg(r.addr.isEmpty() ? u"(rules)"_s : r.addr, -16)
                   .arg(r.auth, -6)
                   .arg(r.role, -8)
                   .arg(r.title)
            << '\n';
    if (const PgBackrestRepo *repo = c.activeRepo())
        out << QCoreApplication::translate("stackyardctl", "  pgBackRest: repository %1 (%2 %3), full backups kept: %4 by %5%6")
                   .arg(repo->name, repo->type, repo->path)
                   .arg(repo->retentionFull ? QString::number(*repo->retentionFull) : u"-"_s, repo->retentionFullType,
                        repo->encrypted ? QCoreApplication::translate("stackyardctl", ", encrypted") : QString())
            << '\n';
}

void printRedis(const RedisCluster &c, QTextStream &out)
{
    out << QCoreApplication::translate("stackyardctl", "Redis cluster %1 (group %2): mode %3, max memory %4, %5")
               .arg(c.name, c.group, c.mode, c.maxMemory.isEmpty() ? u"-"_s : c.maxMemory,
                    c.password.isEmpty() ? QCoreApplication::translate("stackyardctl", "no password") : QCoreApplication::translate("stackyardctl", "password set"))
        << '\n';
    for (const RedisInstance &i : c.instances)
        out << u"    %1  %2:%3  %4"_s.arg(i.name(c.name).leftJustified(22), i.address)
                   .arg(i.port)
                   .arg(i.isReplica() ? QCoreApplication::translate("stackyardctl", "replica of %1").arg(i.replicaOf) : QCoreApplication::translate("stackyardctl", "primary"))
            << '\n';
}

void printMinio(const MinioCluster &c, QTextStream &out)
{
    out << QCoreApplication::translate("stackyardctl", "MinIO cluster %1 (group %2): port %3, data %4").arg(c.name, c.group).arg(c.port).arg(c.dataPath) << '\n';
    for (const MinioCluster::Node &n : c.nodes)
        out << u"    %1-%2  %3"_s.arg(c.name).arg(n.seq).arg(n.address) << '\n';
    QStringList buckets;
    for (const MinioCluster::Bucket &b : c.buckets)
        buckets << b.name;
    out << QCoreApplication::translate("stackyardctl", "  buckets: %1").arg(buckets.join(u", "_s)) << '\n';
}

void printApp(const AppGroup &g, QTextStream &out)
{
    out << QCoreApplication::translate("stackyardctl", "App group %1 on %2").arg(g.group, g.hosts.join(u", "_s)) << '\n';
    for (const AppDefinition &a : g.apps) {
        out << u"    %1  %2"_s.arg(a.name.leftJustified(14), a.url.isEmpty() ? a.directory : a.url) << '\n';
        if (a.postgres.isSet())
            out << QCoreApplication::translate("stackyardctl", "      PostgreSQL: %1@%2:%3/%4%5")
                       .arg(a.postgres.user, a.postgres.host)
                       .arg(a.postgres.port)
                       .arg(a.postgres.database,
                            a.postgres.cluster.isEmpty() ? QCoreApplication::translate("stackyardctl", " (not in this inventory)") : u" (%1)"_s.arg(a.postgres.cluster))
                << '\n';
        if (a.redis.isSet())
            out << QCoreApplication::translate("stackyardctl", "      Redis: %1:%2%3")
                       .arg(a.redis.host)
                       .arg(a.redis.port)
                       .arg(a.redis.cluster.isEmpty() ? QCoreApplication::translate("stackyardctl", " (not in this inventory)") : u" (%1)"_s.arg(a.redis.cluster))
                << '\n';
        if (!a.dataDirs.isEmpty())
            out << QCoreApplication::translate("stackyardctl", "      data: %1").arg(a.dataDirs.join(u", "_s)) << '\n';
    }
}

int run(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl inventory show: expected FILE and CLUSTER") << "\n\n" << io.usage;
        return ExitUsage;
    }
    const Result<Inventory> inventory = InventoryLoader::loadNow(args.at(0));
    if (!inventory) {
        io.err << u"stackyardctl: "_s << inventory.error().toString() << '\n';
        return ExitFailure;
    }
    const QString &name = args.at(1);
    const bool json = parser.isSet(u"json"_s);
    const auto show = [&](const QJsonObject &o, const auto &print, const auto &view) {
        if (json)
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            print(view, io.out);
        return ExitOk;
    };
    for (const PgCluster &c : PgCluster::all(*inventory))
        if (c.name == name || c.group == name)
            return show(c.toJson(), printPg, c);
    for (const RedisCluster &c : RedisCluster::all(*inventory))
        if (c.name == name || c.group == name)
            return show(c.toJson(), printRedis, c);
    for (const MinioCluster &c : MinioCluster::all(*inventory))
        if (c.name == name || c.group == name)
            return show(c.toJson(), printMinio, c);
    for (const AppGroup &g : AppGroup::all(*inventory))
        if (g.group == name)
            return show(g.toJson(), printApp, g);
    io.err << u"stackyardctl: "_s
           << Error{QCoreApplication::translate("stackyardctl", "There is no cluster '%1' in the inventory").arg(name), args.at(0),
                    QCoreApplication::translate("stackyardctl", "List the clusters with: stackyardctl inventory list %1").arg(args.at(0)), {}}
                  .toString()
           << '\n';
    return ExitFailure;
}

} // namespace

Command inventoryShowCommand()
{
    return {{u"inventory"_s, u"show"_s}, QCoreApplication::translate("stackyardctl", "Show one cluster with every value resolved"), describe, run};
}

} // namespace stackyard::ctl
