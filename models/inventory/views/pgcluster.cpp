// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/pgcluster.h"

#include "inventory/resolvedvariables.h"
#include "inventory/views/viewreading.h"
#include "yaml/yamlpointer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using views::flag;
using views::number;
using views::text;

PgUser readUser(const YAML::Node &n, const QString &pointer)
{
    PgUser u;
    u.pointer = pointer;
    if (n.IsScalar()) { // a bare name
        u.name = QString::fromStdString(n.Scalar());
        return u;
    }
    u.name = text(n, "name");
    u.state = text(n, "state", u.state);
    u.password = text(n, "password");
    u.login = flag(n, "login");
    u.superuser = flag(n, "superuser");
    u.createdb = flag(n, "createdb");
    u.createrole = flag(n, "createrole");
    u.inherit = flag(n, "inherit");
    u.replication = flag(n, "replication");
    u.bypassrls = flag(n, "bypassrls");
    u.connlimit = number(n, "connlimit");
    u.expireInDays = number(n, "expire_in");
    u.expireAt = text(n, "expire_at");
    u.comment = text(n, "comment");
    u.pgbouncer = flag(n, "pgbouncer").value_or(false);
    u.poolMode = text(n, "pool_mode");
    u.parameters = views::pairs(views::child(n, "parameters"));
    for (const YAML::Node &r : views::child(n, "roles")) {
        PgRoleMembership m;
        if (r.IsScalar()) {
            m.name = QString::fromStdString(r.Scalar());
        } else {
            m.name = text(r, "name");
            m.state = text(r, "state", m.state);
            m.admin = flag(r, "admin");
        }
        if (!m.name.isEmpty())
            u.roles.append(m);
    }
    return u;
}

PgDatabase readDatabase(const YAML::Node &n, const QString &pointer)
{
    PgDatabase d;
    d.pointer = pointer;
    if (n.IsScalar()) {
        d.name = QString::fromStdString(n.Scalar());
        return d;
    }
    d.name = text(n, "name");
    d.state = text(n, "state", d.state);
    d.owner = text(n, "owner");
    d.templateName = text(n, "template");
    d.encoding = text(n, "encoding");
    d.locale = text(n, "locale");
    d.lcCollate = text(n, "lc_collate");
    d.lcCtype = text(n, "lc_ctype");
    d.tablespace = text(n, "tablespace");
    d.strategy = text(n, "strategy");
    d.localeProvider = text(n, "locale_provider");
    d.comment = text(n, "comment");
    d.isTemplate = flag(n, "is_template");
    d.allowConn = flag(n, "allowconn");
    d.revokeConn = flag(n, "revokeconn");
    d.connlimit = number(n, "connlimit");
    d.pgbouncer = flag(n, "pgbouncer").value_or(true);
    d.baseline = text(n, "baseline");
    d.parameters = views::pairs(views::child(n, "parameters"));
    for (const YAML::Node &s : views::child(n, "schemas")) {
        PgSchema schema;
        if (s.IsScalar()) {
            schema.name = QString::fromStdString(s.Scalar());
        } else {
            schema.name = text(s, "name");
            schema.owner = text(s, "owner");
            schema.absent = text(s, "state") == u"absent"_s;
        }
        if (!schema.name.isEmpty())
            d.schemas.append(schema);
    }
    for (const YAML::Node &e : views::child(n, "extensions")) {
        PgExtension ext;
        if (e.IsScalar()) {
            ext.name = QString::fromStdString(e.Scalar());
        } else {
            ext.name = text(e, "name");
            ext.schema = text(e, "schema");
            ext.version = text(e, "version");
            ext.absent = text(e, "state") == u"absent"_s;
        }
        if (!ext.name.isEmpty())
            d.extensions.append(ext);
    }
    return d;
}

PgHbaRule readHbaRule(const YAML::Node &n, const QString &pointer, bool fromDefaults)
{
    PgHbaRule r;
    r.pointer = pointer;
    r.fromDefaults = fromDefaults;
    r.user = text(n, "user", r.user);
    r.db = text(n, "db", r.db);
    r.addr = text(n, "addr");
    r.auth = text(n, "auth", r.auth);
    r.title = text(n, "title");
    r.role = text(n, "role", r.role);
    r.order = number(n, "order");
    r.rules = ResolvedVariables::toStrings(views::child(n, "rules"));
    return r;
}

QList<PgBackrestRepo> readRepos(const YAML::Node &repos)
{
    QList<PgBackrestRepo> out;
    if (!repos.IsMap())
        return out;
    for (auto it = repos.begin(); it != repos.end(); ++it) {
        PgBackrestRepo r;
        r.name = QString::fromStdString(it->first.Scalar());
        const YAML::Node n = it->second;
        r.type = text(n, "type", u"posix"_s);
        r.path = text(n, "path");
        r.retentionFullType = text(n, "retention_full_type", u"count"_s);
        r.retentionFull = number(n, "retention_full");
        r.encrypted = !text(n, "cipher_type").isEmpty() && text(n, "cipher_type") != u"none"_s;
        r.options = views::pairs(n);
        out.append(r);
    }
    return out;
}

template<typename T, typename Read>
QList<T> readList(const ResolvedVariables::Value &v, Read read)
{
    QList<T> out;
    if (!v.node.IsSequence())
        return out;
    std::size_t i = 0;
    for (const YAML::Node &item : v.node)
        out.append(read(item, views::itemPointer(v.pointer, i++)));
    return out;
}

// Fills the cluster-wide settings from the variables of one member host.
void readClusterVars(PgCluster &c, const ResolvedVariables &vars)
{
    c.version = vars.integer(u"pg_version"_s, c.version);
    c.port = vars.integer(u"pg_port"_s, c.port);
    c.dataDir = vars.string(u"pg_data"_s);
    c.dbsu = vars.string(u"pg_dbsu"_s, u"postgres"_s);
    c.listen = vars.string(u"pg_listen"_s);
    c.passwordEncryption = vars.string(u"pg_pwd_enc"_s, u"scram-sha-256"_s);
    c.locale = vars.string(u"pg_locale"_s);
    c.encoding = vars.string(u"pg_encoding"_s);
    c.extensionPackages = vars.strings(u"pg_extensions"_s);
    c.users = readList<PgUser>(vars.value(u"pg_users"_s), readUser);
    c.databases = readList<PgDatabase>(vars.value(u"pg_databases"_s), readDatabase);
    c.hbaRules = readList<PgHbaRule>(vars.value(u"pg_default_hba_rules"_s),
                                     [](const YAML::Node &n, const QString &p) { return readHbaRule(n, p, true); });
    c.hbaRules += readList<PgHbaRule>(vars.value(u"pg_hba_rules"_s),
                                      [](const YAML::Node &n, const QString &p) { return readHbaRule(n, p, false); });
    c.backrestEnabled = vars.boolean(u"pgbackrest_enabled"_s, true);
    c.backrestMethod = vars.string(u"pgbackrest_method"_s, u"local"_s);
    c.backrestRepos = readRepos(vars.value(u"pgbackrest_repo"_s).node);
}

QString hostVarsPointer(const Inventory &inventory, const Inventory::Group &g, const QString &hostKey)
{
    const yaml::Tree &t = inventory.tree();
    const yaml::Tree::Index v = t.find(g.hosts, hostKey.toStdString());
    return v == yaml::Tree::npos ? QString() : QString::fromStdString(yaml::Pointer::of(t, v).toString());
}

} // namespace

QList<PgUser> PgCluster::usersFrom(const YAML::Node &list, const QString &listPointer)
{
    return readList<PgUser>(ResolvedVariables::Value{list, EffectiveVariable::Source::Default, listPointer}, readUser);
}

QList<PgCluster> PgCluster::all(const Inventory &inventory)
{
    QList<PgCluster> out;
    QHash<QString, qsizetype> index;
    const yaml::Tree &t = inventory.tree();
    for (const Inventory::Group &g : inventory.groups()) {
        const std::string groupCluster = t.scalar(t.find(g.vars, "pg_cluster"));
        for (const QString &host : g.hostKeys) {
            const yaml::Tree::Index hostVars = inventory.hostVars(g, host);
            std::string name = t.scalar(t.find(hostVars, "pg_cluster"));
            if (name.empty())
                name = groupCluster;
            if (name.empty())
                continue;
            const auto vars = ResolvedVariables::forHost(inventory, host);
            if (!vars)
                continue;
            const QString cluster = QString::fromStdString(name);
            auto it = index.find(cluster);
            if (it == index.end()) {
                PgCluster c;
                c.name = cluster;
                c.group = g.name;
                readClusterVars(c, *vars);
                out.append(c);
                it = index.insert(cluster, out.size() - 1);
            }
            PgInstance i;
            i.hostKey = host;
            i.address = vars->string(u"ansible_host"_s, host);
            i.seq = vars->integer(u"pg_seq"_s, -1);
            i.role = vars->string(u"pg_role"_s);
            i.port = vars->integer(u"pg_port"_s, 5432);
            i.upstream = vars->string(u"pg_upstream"_s);
            i.offlineQuery = vars->boolean(u"pg_offline_query"_s);
            i.pointer = hostVarsPointer(inventory, g, host);
            out[*it].instances.append(i);
        }
    }
    return out;
}

Result<PgCluster> PgCluster::find(const Inventory &inventory, const QString &nameOrGroup)
{
    const QList<PgCluster> clusters = all(inventory);
    QStringList names;
    for (const PgCluster &c : clusters) {
        if (c.name == nameOrGroup)
            return c;
        names.append(c.name);
    }
    for (const PgCluster &c : clusters)
        if (c.group == nameOrGroup)
            return c;
    return Error{QCoreApplication::translate("PgCluster", "There is no PostgreSQL cluster '%1' in the inventory").arg(nameOrGroup),
                 inventory.fileName(),
                 names.isEmpty() ? QCoreApplication::translate("PgCluster", "The inventory defines no PostgreSQL cluster (a group with pg_cluster).")
                                 : QCoreApplication::translate("PgCluster", "Its PostgreSQL clusters: %1").arg(names.join(u", "_s)),
                 {}};
}

const PgInstance *PgCluster::primary() const
{
    for (const PgInstance &i : instances)
        if (i.role == u"primary"_s)
            return &i;
    return nullptr;
}

const PgUser *PgCluster::user(const QString &userName) const
{
    for (const PgUser &u : users)
        if (u.name == userName)
            return &u;
    return nullptr;
}

const PgDatabase *PgCluster::database(const QString &databaseName) const
{
    for (const PgDatabase &d : databases)
        if (d.name == databaseName)
            return &d;
    return nullptr;
}

const PgBackrestRepo *PgCluster::activeRepo() const
{
    for (const PgBackrestRepo &r : backrestRepos)
        if (r.name == backrestMethod)
            return &r;
    return nullptr;
}

QJsonObject PgCluster::toJson() const
{
    using views::put;
    QJsonObject o{{u"name"_s, name}, {u"group"_s, group}, {u"kind"_s, u"postgresql"_s}, {u"version"_s, version},
                  {u"port"_s, port}};
    put(o, "data_dir", dataDir);
    put(o, "dbsu", dbsu);
    put(o, "password_encryption", passwordEncryption);
    o.insert(u"extension_packages"_s, QJsonArray::fromStringList(extensionPackages));
    QJsonArray inst;
    for (const PgInstance &i : instances) {
        QJsonObject j{{u"name"_s, i.name(name)}, {u"host"_s, i.hostKey}, {u"address"_s, i.address}, {u"seq"_s, i.seq},
                      {u"role"_s, i.role}, {u"port"_s, i.port}};
        put(j, "upstream", i.upstream);
        inst.append(j);
    }
    o.insert(u"instances"_s, inst);
    QJsonArray us;
    for (const PgUser &u : users) {
        QJsonObject j{{u"name"_s, u.name}, {u"state"_s, u.state}, {u"has_password"_s, !u.password.isEmpty()},
                      {u"pgbouncer"_s, u.pgbouncer}};
        put(j, "login", u.login);
        put(j, "superuser", u.superuser);
        put(j, "createdb", u.createdb);
        put(j, "createrole", u.createrole);
        put(j, "inherit", u.inherit);
        put(j, "replication", u.replication);
        put(j, "bypassrls", u.bypassrls);
        put(j, "connlimit", u.connlimit);
        put(j, "expire_in", u.expireInDays);
        put(j, "expire_at", u.expireAt);
        put(j, "comment", u.comment);
        put(j, "pool_mode", u.poolMode);
        QJsonArray roles;
        for (const PgRoleMembership &m : u.roles)
            roles.append(m.state == u"grant"_s ? QJsonValue(m.name) : QJsonValue(QJsonObject{{u"name"_s, m.name}, {u"state"_s, m.state}}));
        j.insert(u"roles"_s, roles);
        if (!u.parameters.isEmpty())
            j.insert(u"parameters"_s, views::toJson(u.parameters));
        us.append(j);
    }
    o.insert(u"users"_s, us);
    QJsonArray ds;
    for (const PgDatabase &d : databases) {
        QJsonObject j{{u"name"_s, d.name}, {u"state"_s, d.state}, {u"pgbouncer"_s, d.pgbouncer}};
        put(j, "owner", d.owner);
        put(j, "template", d.templateName);
        put(j, "encoding", d.encoding);
        put(j, "locale", d.locale);
        put(j, "comment", d.comment);
        put(j, "connlimit", d.connlimit);
        put(j, "revokeconn", d.revokeConn);
        QJsonArray schemas, extensions;
        for (const PgSchema &s : d.schemas)
            schemas.append(s.name);
        for (const PgExtension &e : d.extensions) {
            QJsonObject x{{u"name"_s, e.name}};
            put(x, "schema", e.schema);
            put(x, "version", e.version);
            extensions.append(x);
        }
        j.insert(u"schemas"_s, schemas);
        j.insert(u"extensions"_s, extensions);
        ds.append(j);
    }
    o.insert(u"databases"_s, ds);
    QJsonArray hba;
    for (const PgHbaRule &r : hbaRules) {
        QJsonObject j{{u"user"_s, r.user}, {u"db"_s, r.db}, {u"addr"_s, r.addr}, {u"auth"_s, r.auth},
                      {u"role"_s, r.role}, {u"default"_s, r.fromDefaults}};
        put(j, "title", r.title);
        put(j, "order", r.order);
        if (!r.rules.isEmpty())
            j.insert(u"rules"_s, QJsonArray::fromStringList(r.rules));
        hba.append(j);
    }
    o.insert(u"hba_rules"_s, hba);
    QJsonObject backrest{{u"enabled"_s, backrestEnabled}, {u"method"_s, backrestMethod}};
    if (const PgBackrestRepo *r = activeRepo()) {
        QJsonObject repo{{u"type"_s, r->type}, {u"path"_s, r->path}, {u"encrypted"_s, r->encrypted},
                         {u"retention_full_type"_s, r->retentionFullType}};
        put(repo, "retention_full", r->retentionFull);
        backrest.insert(u"repo"_s, repo);
    }
    o.insert(u"pgbackrest"_s, backrest);
    return o;
}

} // namespace stackyard
