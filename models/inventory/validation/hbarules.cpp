// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/hbarules.h"

#include "inventory/validation/namerules.h"
#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

constexpr std::array<std::string_view, 9> kAddrAliases
    = { "local", "localhost", "admin", "infra", "cluster", "intra", "intranet", "world", "all" };
constexpr std::array<std::string_view, 14> kAuth = { "pwd", "ssl", "sha", "scram-sha-256", "md5", "ssl-sha", "ssl-md5",
    "cert", "trust", "deny", "reject", "os", "ident", "peer" };
constexpr std::array<std::string_view, 7> kRoles
    = { "default", "common", "primary", "replica", "offline", "standby", "delayed" };
constexpr std::array<std::string_view, 4> kUserAliases = { "${dbsu}", "${repl}", "${monitor}", "${admin}" };
constexpr std::array<std::string_view, 4> kDbKeywords = { "all", "replication", "sameuser", "samerole" };

// A comma-separated list whose every item passes ok (blanks around items allowed).
template<typename Ok> bool eachItem(std::string_view list, Ok ok)
{
    while (true) {
        const std::size_t comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (!ok(item))
            return false;
        if (comma == std::string_view::npos)
            return true;
        list.remove_prefix(comma + 1);
    }
}

bool isHbaUser(std::string_view s)
{
    if (s.find("{{") != std::string_view::npos)
        return true; // Jinja, expanded by Ansible
    return eachItem(s, [](std::string_view item) {
        if (item == "all" || ScalarChecks::isOneOf(item, kUserAliases))
            return true;
        if (!item.empty() && item.front() == '+')
            item.remove_prefix(1);
        return NameRules::isSafe(item);
    });
}

bool isHbaDb(std::string_view s)
{
    if (s.find("{{") != std::string_view::npos)
        return true;
    return eachItem(
        s, [](std::string_view item) { return ScalarChecks::isOneOf(item, kDbKeywords) || NameRules::isSafe(item); });
}

} // namespace

void HbaRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    static constexpr std::array<std::pair<std::string_view, bool>, 4> kLists = { {
        { "pg_hba_rules", false },
        { "pgb_hba_rules", true },
        { "pg_default_hba_rules", false },
        { "pgb_default_hba_rules", true },
    } };
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        for (const auto &[var, pgbouncer] : kLists) {
            const Index list = t.find(site.map, var);
            if (list != npos && !ScalarChecks::isNull(t, list))
                checkList(ctx, list, t.findKey(site.map, var), pgbouncer);
        }
    }
}

void HbaRules::checkList(ValidationContext &ctx, Index list, Index key, bool pgbouncer)
{
    const yaml::Tree &t = ctx.tree();
    if (!t.isSeq(list)) {
        ctx.error(list, u"hba.list"_s,
            QCoreApplication::translate("Validator", "%1 must be a list of HBA rules.").arg(ctx.shown(key)));
        return;
    }
    for (Index rule : t.node(list).children) {
        if (!t.isMap(rule)) {
            ctx.error(rule, u"hba.list"_s,
                QCoreApplication::translate("Validator",
                    "Each entry of %1 must be a mapping such as {user, db, addr, auth, "
                    "title}.")
                    .arg(ctx.shown(key)));
            continue;
        }
        checkRule(ctx, rule, pgbouncer);
    }
}

void HbaRules::checkRule(ValidationContext &ctx, Index rule, bool pgbouncer)
{
    const yaml::Tree &t = ctx.tree();
    const auto present = [&](Index v) { return v != npos && !ScalarChecks::isNull(t, v); };

    const Index rules = t.find(rule, "rules");
    if (present(rules)) {
        bool ok = t.isSeq(rules);
        if (ok)
            for (Index line : t.node(rules).children)
                ok = ok && t.isScalar(line);
        if (!ok)
            ctx.error(rules, u"hba.rules"_s,
                QCoreApplication::translate("Validator", "'rules' must be a list of pg_hba.conf lines."));
    }

    const Index addr = t.find(rule, "addr");
    if (present(addr))
        checkAddr(ctx, addr);
    else if (!present(rules))
        ctx.error(addr == npos ? rule : addr, u"hba.addr"_s,
            QCoreApplication::translate("Validator",
                "This HBA rule has no addr: give an address alias or IPv4 address, or "
                "raw lines in 'rules'."));

    const Index auth = t.find(rule, "auth");
    if (present(auth) && !ScalarChecks::isOneOf(t.scalar(auth), kAuth))
        ctx.error(auth, u"hba.auth"_s,
            QCoreApplication::translate("Validator",
                "auth '%1' is not one of pwd, ssl, sha, scram-sha-256, md5, ssl-sha, "
                "ssl-md5, cert, trust, deny, reject, os, ident, peer.")
                .arg(ctx.shown(auth)));

    const Index role = t.find(rule, "role");
    if (present(role) && !ScalarChecks::isOneOf(t.scalar(role), kRoles))
        ctx.error(role, u"hba.role"_s,
            QCoreApplication::translate("Validator",
                "HBA role '%1' is not one of default, common, primary, replica, "
                "offline, standby, delayed.")
                .arg(ctx.shown(role)));

    const Index order = t.find(rule, "order");
    if (present(order) && !ScalarChecks::integer(t, order))
        ctx.error(order, u"hba.order"_s,
            QCoreApplication::translate("Validator", "HBA order '%1' must be an integer.").arg(ctx.shown(order)));

    const Index db = t.find(rule, "db");
    if (present(db)) {
        if (pgbouncer && !eachItem(t.scalar(db), [](std::string_view item) { return item != "replication"; }))
            ctx.error(db, u"hba.replication"_s,
                QCoreApplication::translate("Validator",
                    "'db: replication' is not allowed in pgbouncer HBA rules: "
                    "pgbouncer does not proxy replication connections."));
        else if (!t.isScalar(db) || !isHbaDb(t.scalar(db)))
            ctx.error(db, u"hba.db"_s,
                QCoreApplication::translate("Validator",
                    "HBA db '%1' is not a database name, all, replication or a comma "
                    "list of those.")
                    .arg(ctx.shown(db)));
    }

    const Index user = t.find(rule, "user");
    if (present(user) && (!t.isScalar(user) || !isHbaUser(t.scalar(user))))
        ctx.error(user, u"hba.user"_s,
            QCoreApplication::translate("Validator",
                "HBA user '%1' is not a role name, all, +group, a comma list of those, "
                "or one of ${dbsu}, ${repl}, ${monitor}, ${admin}.")
                .arg(ctx.shown(user)));

    const Index title = t.find(rule, "title");
    if (!present(title))
        ctx.warning(title == npos ? rule : title, u"hba.title"_s,
            QCoreApplication::translate("Validator",
                "This HBA rule has no title: add one so the rendered pg_hba.conf "
                "says what it is for."));
}

void HbaRules::checkAddr(ValidationContext &ctx, Index addr)
{
    const yaml::Tree &t = ctx.tree();
    const std::string &a = t.scalar(addr);
    if (t.isScalar(addr) && (ScalarChecks::isOneOf(a, kAddrAliases) || ScalarChecks::isIPv4Cidr(a)))
        return;
    if (t.isScalar(addr) && a.find(':') != std::string::npos) {
        ctx.error(addr, u"hba.addr"_s,
            QCoreApplication::translate("Validator",
                "HBA addr '%1' is an IPv6 address: IPv6 is not accepted by Pigsty's "
                "HBA templates; use an IPv4 address or an alias such as intra or "
                "world.")
                .arg(ctx.shown(addr)));
        return;
    }
    ctx.error(addr, u"hba.addr"_s,
        QCoreApplication::translate("Validator",
            "HBA addr '%1' is not an alias (local, localhost, admin, infra, cluster, "
            "intra, intranet, world, all) or an IPv4 address with an optional /0-32 "
            "mask.")
            .arg(ctx.shown(addr)));
}

} // namespace stackyard
