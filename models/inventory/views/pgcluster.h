// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <yaml-cpp/node/node.h>

#include <optional>

namespace stackyard {

// A PostgreSQL cluster as Pigsty defines it (pg_cluster, pg_seq/pg_role per host, pg_users,
// pg_databases, pg_hba_rules, pgBackRest settings), every value resolved with Ansible's
// precedence. A value type read from an Inventory: what provisioning, health and backups use.
// Optional fields are unset when the inventory does not say (then PostgreSQL's own default).
struct PgInstance
{
    QString hostKey;       // the key under hosts: (usually the IPv4 address)
    QString address;       // ansible_host, else the key
    int seq = -1;
    QString role;          // primary, replica, offline, standby, delayed
    int port = 5432;
    QString upstream;      // pg_upstream (cascading replica / standby leader)
    bool offlineQuery = false;
    QString pointer;       // of the host's variables mapping

    QString name(const QString &cluster) const { return cluster + u'-' + QString::number(seq); }
};

struct PgRoleMembership
{
    QString name;
    QString state = QStringLiteral("grant"); // grant, revoke, absent
    std::optional<bool> admin;
};

struct PgUser
{
    QString name;
    QString state = QStringLiteral("create"); // create, absent
    QString password;      // as written: "", plain text, a SCRAM/md5 hash or ${secret:NAME}
    std::optional<bool> login, superuser, createdb, createrole, inherit, replication, bypassrls;
    std::optional<int> connlimit;
    std::optional<int> expireInDays;
    QString expireAt;      // 'YYYY-MM-DD' or 'infinity'
    QString comment;
    QList<PgRoleMembership> roles;
    QList<QPair<QString, QString>> parameters; // ALTER ROLE … SET
    bool pgbouncer = false;
    QString poolMode;
    QString pointer;       // of the user's mapping in pg_users
};

struct PgSchema
{
    QString name;
    QString owner;
    bool absent = false;
};

struct PgExtension
{
    QString name;          // the extension (vector), not the package (pgvector)
    QString schema;
    QString version;
    bool absent = false;
};

struct PgDatabase
{
    QString name;
    QString state = QStringLiteral("create"); // create, absent, recreate
    QString owner, templateName, encoding, locale, lcCollate, lcCtype, tablespace, strategy, localeProvider;
    QString comment;
    std::optional<bool> isTemplate, allowConn, revokeConn;
    std::optional<int> connlimit;
    QList<PgSchema> schemas;
    QList<PgExtension> extensions;
    QList<QPair<QString, QString>> parameters; // ALTER DATABASE … SET
    bool pgbouncer = true;
    QString baseline;
    QString pointer;
};

struct PgHbaRule
{
    QString user = QStringLiteral("all");
    QString db = QStringLiteral("all");
    QString addr;          // alias (local, localhost, admin, infra, cluster, intra, world…) or IPv4[/n]
    QString auth = QStringLiteral("pwd");
    QString title;
    QString role = QStringLiteral("default"); // which instances it applies to
    std::optional<int> order;
    QStringList rules;     // raw pg_hba.conf lines instead of user/db/addr/auth
    bool fromDefaults = false; // pg_default_hba_rules rather than pg_hba_rules
    QString pointer;
};

struct PgBackrestRepo
{
    QString name;          // the key under pgbackrest_repo (local, minio, …)
    QString type;          // posix (a path on the host), s3, sftp, gcs, azure
    QString path;
    QString retentionFullType; // count, time
    std::optional<int> retentionFull;
    bool encrypted = false; // cipher_type set (aes-256-cbc)
    QList<QPair<QString, QString>> options; // every key as written, secrets included
};

struct PgCluster
{
    QString name;          // pg_cluster
    QString group;         // the inventory group holding it
    int version = 18;      // pg_version
    int port = 5432;       // pg_port (per instance in instances[].port)
    QString dataDir;       // pg_data
    QString dbsu;          // pg_dbsu
    QString listen;        // pg_listen
    QString passwordEncryption; // pg_pwd_enc
    QString locale, encoding;
    QStringList extensionPackages; // pg_extensions (package aliases, $v kept literal)
    QList<PgInstance> instances;
    QList<PgUser> users;
    QList<PgDatabase> databases;
    QList<PgHbaRule> hbaRules;     // pg_default_hba_rules then pg_hba_rules
    bool backrestEnabled = true;
    QString backrestMethod;        // the pgbackrest_repo entry in use
    QList<PgBackrestRepo> backrestRepos;

    const PgInstance *primary() const;
    const PgUser *user(const QString &name) const;
    const PgDatabase *database(const QString &name) const;
    const PgBackrestRepo *activeRepo() const;
    QJsonObject toJson() const;

    // Every PostgreSQL cluster of the inventory, by pg_cluster (a group may hold several when
    // hosts set pg_cluster themselves), in file order.
    static QList<PgCluster> all(const Inventory &inventory);
    // One cluster by pg_cluster or by group name; an Error names the file and lists the clusters.
    static Result<PgCluster> find(const Inventory &inventory, const QString &nameOrGroup);
    // Users as pg_users (and pg_default_roles) write them; item pointers under listPointer.
    static QList<PgUser> usersFrom(const YAML::Node &list, const QString &listPointer);
};

} // namespace stackyard
