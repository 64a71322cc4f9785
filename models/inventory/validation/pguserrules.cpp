// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/pguserrules.h"

#include "inventory/validation/namerules.h"
#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

constexpr std::array<std::string_view, 8> kBoolFields
    = { "login", "superuser", "createdb", "createrole", "inherit", "replication", "bypassrls", "pgbouncer" };
constexpr std::array<std::string_view, 3> kIntFields = { "connlimit", "expire_in", "pool_connlimit" };

bool isUserName(std::string_view s)
{
    if (s.empty() || s.size() > 63 || !((s.front() >= 'a' && s.front() <= 'z') || s.front() == '_'))
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '@' || c == '.' || c == '-'))
            return false;
    return true;
}

bool isDateOrInfinity(std::string_view s)
{
    if (s == "infinity")
        return true;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : { 0, 1, 2, 3, 5, 6, 8, 9 })
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

} // namespace

void PgUserRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        for (std::string_view var : { std::string_view("pg_users"), std::string_view("pg_default_roles") }) {
            const Index list = t.find(site.map, var);
            if (list != npos)
                checkList(ctx, list, t.findKey(site.map, var));
        }
    }
}

void PgUserRules::collectNames(const yaml::Tree &tree, Index list, std::unordered_set<std::string> &names)
{
    if (!tree.isSeq(list))
        return;
    for (Index item : tree.node(list).children)
        if (tree.isScalar(tree.find(item, "name")))
            names.insert(tree.scalar(tree.find(item, "name")));
}

void PgUserRules::checkList(ValidationContext &ctx, Index list, Index key)
{
    const yaml::Tree &t = ctx.tree();
    const QString var = ctx.shown(key);
    if (ScalarChecks::isNull(t, list))
        return;
    if (!t.isSeq(list)) {
        ctx.error(list, u"pg.user-list"_s,
            QCoreApplication::translate("Validator", "%1 must be a list of user definitions.").arg(var));
        return;
    }
    std::unordered_map<std::string, Index> seen;
    for (Index item : t.node(list).children) {
        if (!t.isMap(item)) {
            ctx.error(item, u"pg.user-list"_s,
                QCoreApplication::translate("Validator", "Each entry of %1 must be a mapping with at least a name.")
                    .arg(var));
            continue;
        }
        const Index name = t.find(item, "name");
        if (name == npos || ScalarChecks::isNull(t, name)) {
            ctx.error(name == npos ? item : name, u"pg.user-name"_s,
                QCoreApplication::translate("Validator", "This user definition has no name: 'name' is required."));
        } else if (!t.isScalar(name) || !isUserName(t.scalar(name))) {
            ctx.error(name, u"pg.user-name"_s,
                QCoreApplication::translate("Validator",
                    "User name '%1' is not valid: use 1 to 63 lower-case letters, "
                    "digits, '_', '@', '.' or '-', starting with a letter or '_'.")
                    .arg(ctx.shown(name)));
        } else if (const auto [it, fresh] = seen.try_emplace(t.scalar(name), name); !fresh) {
            ctx.error(name, u"pg.user-duplicate"_s,
                QCoreApplication::translate("Validator",
                    "User '%1' is defined twice in %2 (first on line %3): each user "
                    "name may appear once.")
                    .arg(ctx.shown(name), var)
                    .arg(t.node(it->second).line + 1));
        }
        const QString user = ctx.shown(name);
        for (std::size_t e = 0; e < t.entryCount(item); ++e)
            checkField(ctx, t.keyAt(item, e), t.valueAt(item, e), user);
    }
}

void PgUserRules::checkField(ValidationContext &ctx, Index key, Index value, const QString &user)
{
    const yaml::Tree &t = ctx.tree();
    const std::string &field = t.scalar(key);
    const QString shownField = ctx.shown(key);
    const std::string &v = t.scalar(value);
    if (ScalarChecks::isNull(t, value) || (t.isScalar(value) && ScalarChecks::isTemplated(v)))
        return; // null: no clause; templates are expanded by Ansible
    const auto wrong = [&](const QString &message) { ctx.error(value, u"pg.user-field"_s, message); };

    if (field == "name") {
        return;
    } else if (ScalarChecks::isOneOf(field, kBoolFields)) {
        if (!ScalarChecks::isBoolean(t, value))
            wrong(QCoreApplication::translate("Validator", "'%1' of user '%2' must be true or false.")
                      .arg(shownField, user));
    } else if (ScalarChecks::isOneOf(field, kIntFields)) {
        if (!ScalarChecks::integer(t, value))
            wrong(QCoreApplication::translate("Validator", "'%1' of user '%2' must be an integer.")
                      .arg(shownField, user));
    } else if (field == "state") {
        if (v != "create" && v != "absent")
            wrong(QCoreApplication::translate("Validator", "'state' of user '%1' must be create or absent.").arg(user));
    } else if (field == "pool_mode") {
        if (v != "transaction" && v != "session" && v != "statement")
            wrong(QCoreApplication::translate(
                "Validator", "'pool_mode' of user '%1' must be transaction, session or statement.")
                      .arg(user));
    } else if (field == "expire_at") {
        if (!t.isScalar(value) || !isDateOrInfinity(v))
            wrong(QCoreApplication::translate(
                "Validator", "'expire_at' of user '%1' must be a date (YYYY-MM-DD) or 'infinity'.")
                      .arg(user));
    } else if (field == "parameters") {
        if (!t.isMap(value))
            wrong(QCoreApplication::translate("Validator", "'parameters' of user '%1' must be a mapping of settings.")
                      .arg(user));
    } else if (field == "password" || field == "comment") {
        if (!t.isScalar(value))
            wrong(
                QCoreApplication::translate("Validator", "'%1' of user '%2' must be a string.").arg(shownField, user));
    } else if (field == "roles") {
        checkRoles(ctx, value, user);
    } else {
        ctx.warning(key, u"pg.user-unknown"_s,
            QCoreApplication::translate("Validator", "Unknown user field '%1' (kept as is).").arg(shownField));
    }
}

void PgUserRules::checkRoles(ValidationContext &ctx, Index roles, const QString &user)
{
    const yaml::Tree &t = ctx.tree();
    if (!t.isSeq(roles)) {
        ctx.error(roles, u"pg.user-field"_s,
            QCoreApplication::translate("Validator", "'roles' of user '%1' must be a list of role names.").arg(user));
        return;
    }
    for (Index role : t.node(roles).children) {
        if (t.isScalar(role)) {
            if (!ScalarChecks::isTemplated(t.scalar(role)))
                NameRules::check(ctx, role, NameRules::Kind::Role);
            continue;
        }
        if (!t.isMap(role)) {
            ctx.error(role, u"pg.user-field"_s,
                QCoreApplication::translate("Validator",
                    "Each role of user '%1' must be a role name or a mapping "
                    "{name, state, admin, set, inherit}.")
                    .arg(user));
            continue;
        }
        const Index name = t.find(role, "name");
        if (!t.isScalar(name)) {
            ctx.error(name == npos ? role : name, u"pg.user-field"_s,
                QCoreApplication::translate("Validator", "A role granted to user '%1' has no name.").arg(user));
        } else if (!ScalarChecks::isTemplated(t.scalar(name))) {
            NameRules::check(ctx, name, NameRules::Kind::Role);
        }
        for (std::size_t e = 0; e < t.entryCount(role); ++e) {
            const Index key = t.keyAt(role, e);
            const Index value = t.valueAt(role, e);
            const std::string &field = t.scalar(key);
            const std::string &v = t.scalar(value);
            if (field == "name" || ScalarChecks::isNull(t, value))
                continue;
            if (field == "state") {
                if (v != "grant" && v != "revoke" && v != "absent")
                    ctx.error(value, u"pg.user-field"_s,
                        QCoreApplication::translate("Validator",
                            "The 'state' of a role of user '%1' must be grant, revoke "
                            "or absent.")
                            .arg(user));
            } else if (field == "admin" || field == "set" || field == "inherit") {
                if (!ScalarChecks::isBoolean(t, value))
                    ctx.error(value, u"pg.user-field"_s,
                        QCoreApplication::translate("Validator", "'%1' of a role of user '%2' must be true or false.")
                            .arg(ctx.shown(key), user));
            } else {
                ctx.warning(key, u"pg.user-unknown"_s,
                    QCoreApplication::translate("Validator", "Unknown role field '%1' (kept as is).")
                        .arg(ctx.shown(key)));
            }
        }
    }
}

} // namespace stackyard
