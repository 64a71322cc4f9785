// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/pgdatabaserules.h"

#include "inventory/validation/namerules.h"
#include "inventory/validation/pguserrules.h"
#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

constexpr std::array<std::string_view, 5> kBoolFields
    = { "is_template", "allowconn", "revokeconn", "pgbouncer", "register_datasource" };
constexpr std::array<std::string_view, 5> kIntFields
    = { "connlimit", "pool_size", "pool_size_min", "pool_reserve", "pool_connlimit" };
constexpr std::array<std::string_view, 13> kStringFields = { "owner", "template", "encoding", "locale", "lc_collate",
    "lc_ctype", "icu_locale", "icu_rules", "builtin_locale", "tablespace", "comment", "baseline", "pool_auth_user" };
// Roles every Pigsty cluster has (pg_default_roles and the system users).
constexpr std::array<std::string_view, 8> kDefaultRoles = { "postgres", "replicator", "dbuser_dba", "dbuser_monitor",
    "dbrole_readonly", "dbrole_offline", "dbrole_readwrite", "dbrole_admin" };
// Variables naming system users (their values are users too).
constexpr std::array<std::string_view, 4> kUserVars
    = { "pg_dbsu", "pg_admin_username", "pg_monitor_username", "pg_replication_username" };

void addUsersOf(const yaml::Tree &t, Index vars, std::unordered_set<std::string> &users)
{
    if (!t.isMap(vars))
        return;
    PgUserRules::collectNames(t, t.find(vars, "pg_users"), users);
    PgUserRules::collectNames(t, t.find(vars, "pg_default_roles"), users);
    for (std::string_view var : kUserVars)
        if (t.isScalar(t.find(vars, var)))
            users.insert(t.scalar(t.find(vars, var)));
}

} // namespace

void PgDatabaseRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        const Index list = t.find(site.map, "pg_databases");
        if (list == npos || ScalarChecks::isNull(t, list))
            continue;
        if (!t.isSeq(list)) {
            ctx.error(list, u"pg.db-list"_s,
                QCoreApplication::translate("Validator", "pg_databases must be a list of database definitions."));
            continue;
        }
        checkList(ctx, list, knownUsers(ctx, site));
    }
}

std::unordered_set<std::string> PgDatabaseRules::knownUsers(
    const ValidationContext &ctx, const ValidationContext::VarsSite &site)
{
    const yaml::Tree &t = ctx.tree();
    std::unordered_set<std::string> users;
    for (std::string_view r : kDefaultRoles)
        users.emplace(r);
    addUsersOf(t, ctx.allVars(), users);
    if (site.group < 0) {
        // Databases defined globally: any cluster's users may own them.
        for (const ValidationContext::Group &g : ctx.groups())
            addUsersOf(t, g.vars, users);
        return users;
    }
    addUsersOf(t, site.map, users);
    for (int g = site.group; g >= 0; g = ctx.groups()[std::size_t(g)].parent)
        addUsersOf(t, ctx.groups()[std::size_t(g)].vars, users);
    return users;
}

void PgDatabaseRules::checkList(ValidationContext &ctx, Index list, const std::unordered_set<std::string> &users)
{
    const yaml::Tree &t = ctx.tree();
    std::unordered_map<std::string, Index> seen;
    for (Index item : t.node(list).children) {
        if (!t.isMap(item)) {
            ctx.error(item, u"pg.db-list"_s,
                QCoreApplication::translate("Validator",
                    "Each entry of pg_databases must be a mapping with at least a "
                    "name."));
            continue;
        }
        const Index name = t.find(item, "name");
        if (!t.isScalar(name) || t.scalar(name).empty()) {
            ctx.error(name == npos ? item : name, u"pg.db-name"_s,
                QCoreApplication::translate("Validator", "This database definition has no name: 'name' is required."));
        } else if (NameRules::check(ctx, name, NameRules::Kind::Database)) {
            if (const auto [it, fresh] = seen.try_emplace(t.scalar(name), name); !fresh) {
                ctx.error(name, u"pg.db-duplicate"_s,
                    QCoreApplication::translate("Validator",
                        "Database '%1' is defined twice in pg_databases (first on "
                        "line %2): each database name may appear once.")
                        .arg(ctx.shown(name))
                        .arg(t.node(it->second).line + 1));
            }
        }
        const QString db = ctx.shown(name);
        for (std::size_t e = 0; e < t.entryCount(item); ++e)
            checkField(ctx, t.keyAt(item, e), t.valueAt(item, e), db, users);
    }
}

void PgDatabaseRules::checkField(
    ValidationContext &ctx, Index key, Index value, const QString &db, const std::unordered_set<std::string> &users)
{
    const yaml::Tree &t = ctx.tree();
    const std::string &field = t.scalar(key);
    const QString shownField = ctx.shown(key);
    const std::string &v = t.scalar(value);
    if (field == "name" || ScalarChecks::isNull(t, value) || (t.isScalar(value) && ScalarChecks::isTemplated(v)))
        return; // the name is checked with the list; null means no clause; templates are expanded later
    const auto wrong = [&](const QString &message) { ctx.error(value, u"pg.db-field"_s, message); };

    if (ScalarChecks::isOneOf(field, kBoolFields)) {
        if (!ScalarChecks::isBoolean(t, value))
            wrong(QCoreApplication::translate("Validator", "'%1' of database '%2' must be true or false.")
                      .arg(shownField, db));
    } else if (ScalarChecks::isOneOf(field, kIntFields)) {
        if (!ScalarChecks::integer(t, value))
            wrong(QCoreApplication::translate("Validator", "'%1' of database '%2' must be an integer.")
                      .arg(shownField, db));
    } else if (field == "state") {
        if (v != "create" && v != "absent" && v != "recreate")
            wrong(
                QCoreApplication::translate("Validator", "'state' of database '%1' must be create, absent or recreate.")
                    .arg(db));
    } else if (field == "pool_mode") {
        if (v != "transaction" && v != "session" && v != "statement")
            wrong(QCoreApplication::translate("Validator",
                "'pool_mode' of database '%1' must be transaction, session or "
                "statement.")
                      .arg(db));
    } else if (field == "strategy") {
        const QString s = ctx.text(value).toUpper();
        if (s != u"FILE_COPY"_s && s != u"WAL_LOG"_s)
            wrong(QCoreApplication::translate("Validator", "'strategy' of database '%1' must be FILE_COPY or WAL_LOG.")
                      .arg(db));
    } else if (field == "locale_provider") {
        if (v != "libc" && v != "icu" && v != "builtin")
            wrong(QCoreApplication::translate(
                "Validator", "'locale_provider' of database '%1' must be libc, icu or builtin.")
                      .arg(db));
    } else if (field == "parameters") {
        if (!t.isMap(value))
            wrong(
                QCoreApplication::translate("Validator", "'parameters' of database '%1' must be a mapping of settings.")
                    .arg(db));
    } else if (field == "schemas" || field == "extensions") {
        checkItems(ctx, value, field == "extensions", db);
    } else if (ScalarChecks::isOneOf(field, kStringFields)) {
        if (!t.isScalar(value)) {
            wrong(QCoreApplication::translate("Validator", "'%1' of database '%2' must be a string.")
                      .arg(shownField, db));
        } else if (field == "owner" && NameRules::check(ctx, value, NameRules::Kind::Owner) && !users.contains(v)) {
            ctx.warning(value, u"pg.db-owner"_s,
                QCoreApplication::translate("Validator",
                    "Owner '%1' of database '%2' is neither a user of the cluster "
                    "nor a default role: define it in pg_users first.")
                    .arg(ctx.shown(value), db));
        }
    } else {
        ctx.warning(key, u"pg.db-unknown"_s,
            QCoreApplication::translate("Validator", "Unknown database field '%1' (kept as is).").arg(shownField));
    }
}

void PgDatabaseRules::checkItems(ValidationContext &ctx, Index list, bool extensions, const QString &db)
{
    const yaml::Tree &t = ctx.tree();
    if (!t.isSeq(list)) {
        ctx.error(list, u"pg.db-field"_s,
            extensions
                ? QCoreApplication::translate("Validator", "'extensions' of database '%1' must be a list.").arg(db)
                : QCoreApplication::translate("Validator", "'schemas' of database '%1' must be a list.").arg(db));
        return;
    }
    const NameRules::Kind kind = extensions ? NameRules::Kind::Extension : NameRules::Kind::Schema;
    for (Index item : t.node(list).children) {
        if (t.isScalar(item)) {
            NameRules::check(ctx, item, kind);
            continue;
        }
        if (!t.isMap(item)) {
            ctx.error(item, u"pg.db-field"_s,
                extensions ? QCoreApplication::translate("Validator",
                    "Each extension of database '%1' must be a name or "
                    "a mapping {name, schema, version, state}.")
                                 .arg(db)
                           : QCoreApplication::translate("Validator",
                               "Each schema of database '%1' must be a name or a "
                               "mapping {name, owner, state}.")
                                 .arg(db));
            continue;
        }
        const Index name = t.find(item, "name");
        if (!t.isScalar(name)) {
            ctx.error(name == npos ? item : name, u"pg.db-field"_s,
                extensions
                    ? QCoreApplication::translate("Validator", "An extension of database '%1' has no name.").arg(db)
                    : QCoreApplication::translate("Validator", "A schema of database '%1' has no name.").arg(db));
        } else {
            NameRules::check(ctx, name, kind);
        }
        for (std::size_t e = 0; e < t.entryCount(item); ++e) {
            const Index key = t.keyAt(item, e);
            const Index value = t.valueAt(item, e);
            const std::string &field = t.scalar(key);
            if (field == "name" || ScalarChecks::isNull(t, value))
                continue;
            if (field == "state") {
                if (t.scalar(value) != "create" && t.scalar(value) != "absent")
                    ctx.error(value, u"pg.db-field"_s,
                        QCoreApplication::translate("Validator", "'state' here must be create or absent."));
            } else if ((extensions && field == "schema") || (!extensions && field == "owner")) {
                if (!t.isScalar(value))
                    ctx.error(value, u"pg.db-field"_s,
                        QCoreApplication::translate("Validator", "'%1' here must be a string.").arg(ctx.shown(key)));
                else if (!ScalarChecks::isTemplated(t.scalar(value)))
                    NameRules::check(ctx, value, extensions ? NameRules::Kind::Schema : NameRules::Kind::Owner);
            } else if (extensions && field == "version") {
                if (!t.isScalar(value))
                    ctx.error(value, u"pg.db-field"_s,
                        QCoreApplication::translate("Validator", "'version' here must be a string."));
            } else {
                ctx.warning(key, u"pg.db-unknown"_s,
                    extensions ? QCoreApplication::translate("Validator", "Unknown extension field '%1' (kept as is).")
                                     .arg(ctx.shown(key))
                               : QCoreApplication::translate("Validator", "Unknown schema field '%1' (kept as is).")
                                     .arg(ctx.shown(key)));
            }
        }
    }
}

} // namespace stackyard
