// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/structurerules.h"

#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

// An alias (*x) stands for a node the tree does not resolve: its shape is not checked.
static bool isAlias(const yaml::Tree &t, Index i)
{
    return i != npos && t.node(i).kind == yaml::Tree::Kind::Alias;
}

void StructureRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    const Index root = t.root();
    const Index all = t.find(root, "all");
    const Index allKey = t.findKey(root, "all");
    if (!t.isMap(all)) {
        ctx.error(allKey != npos ? allKey : root, u"structure.root"_s,
            QCoreApplication::translate("Validator",
                "The inventory has no top-level 'all' mapping: an Ansible inventory "
                "starts with 'all:' and its 'children' groups."));
        return;
    }
    Index vars = t.find(all, "vars");
    const Index varsKey = t.findKey(all, "vars");
    if (vars != npos && !t.isMap(vars) && !ScalarChecks::isNull(t, vars) && !isAlias(t, vars)) {
        ctx.error(vars, u"structure.vars"_s,
            QCoreApplication::translate("Validator", "'all.vars' must be a mapping of variables."));
    }
    if (!t.isMap(vars))
        vars = npos;
    ctx.setAll(allKey, vars, varsKey);
    if (vars != npos)
        ctx.addVarsSite({ vars, -1, npos });
    checkAdminIp(ctx);

    const Index children = t.find(all, "children");
    if (children == npos) {
        ctx.error(allKey, u"structure.children"_s,
            QCoreApplication::translate("Validator",
                "'all' has no 'children' mapping: define the groups (clusters) under "
                "all.children."));
        return;
    }
    if (!t.isMap(children)) {
        ctx.error(children, u"structure.children"_s,
            QCoreApplication::translate("Validator", "'all.children' must be a mapping of groups."));
        return;
    }
    checkGroups(ctx, children, -1);
}

void StructureRules::checkAdminIp(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    const Index vars = ctx.allVars();
    const Index ip = t.find(vars, "admin_ip");
    if (ip == npos) {
        ctx.warning(vars != npos ? ctx.allVarsKey() : ctx.allKey(), u"structure.admin-ip"_s,
            QCoreApplication::translate("Validator",
                "'all.vars' has no admin_ip: Pigsty needs the IPv4 address of the "
                "admin node there."));
    } else if (!t.isScalar(ip) || !ScalarChecks::isIPv4(t.scalar(ip))) {
        ctx.error(ip, u"structure.admin-ip"_s,
            QCoreApplication::translate("Validator", "admin_ip '%1' is not an IPv4 address.").arg(ctx.shown(ip)));
    }
}

void StructureRules::checkGroups(ValidationContext &ctx, Index children, int parent)
{
    const yaml::Tree &t = ctx.tree();
    for (std::size_t e = 0; e < t.entryCount(children); ++e) {
        const Index key = t.keyAt(children, e);
        const Index value = t.valueAt(children, e);
        const QString name = ctx.shown(key);
        if (ScalarChecks::isNull(t, value)) {
            ctx.error(key, u"structure.hosts"_s,
                QCoreApplication::translate("Validator",
                    "Group '%1' is empty: every group needs a non-empty 'hosts' "
                    "mapping.")
                    .arg(name));
            continue;
        }
        if (isAlias(t, value))
            continue;
        if (!t.isMap(value)) {
            ctx.error(value, u"structure.group"_s,
                QCoreApplication::translate(
                    "Validator", "Group '%1' must be a mapping with 'hosts' and optional 'vars'.")
                    .arg(name));
            continue;
        }
        ValidationContext::Group group;
        group.name = t.scalar(key);
        group.key = key;
        group.parent = parent;

        const Index nested = t.find(value, "children");
        const Index hosts = t.find(value, "hosts");
        const Index hostsKey = t.findKey(value, "hosts");
        if (hosts == npos) {
            if (!t.isMap(nested)) {
                ctx.error(key, u"structure.hosts"_s,
                    QCoreApplication::translate("Validator",
                        "Group '%1' has no 'hosts': every group needs a non-empty "
                        "'hosts' mapping.")
                        .arg(name));
            }
        } else if (ScalarChecks::isNull(t, hosts) || (t.isMap(hosts) && t.entryCount(hosts) == 0)) {
            ctx.error(hostsKey, u"structure.hosts"_s,
                QCoreApplication::translate(
                    "Validator", "Group '%1' has an empty 'hosts' mapping: list at least one host.")
                    .arg(name));
        } else if (!t.isMap(hosts) && !isAlias(t, hosts)) {
            ctx.error(hosts, u"structure.hosts"_s,
                QCoreApplication::translate("Validator",
                    "The 'hosts' of group '%1' must be a mapping of host addresses to "
                    "host variables.")
                    .arg(name));
        } else if (t.isMap(hosts)) {
            group.hosts = hosts;
        }

        const Index vars = t.find(value, "vars");
        if (vars != npos && !t.isMap(vars) && !ScalarChecks::isNull(t, vars) && !isAlias(t, vars)) {
            ctx.error(vars, u"structure.vars"_s,
                QCoreApplication::translate("Validator", "The 'vars' of group '%1' must be a mapping.").arg(name));
        } else if (t.isMap(vars)) {
            group.vars = vars;
        }
        group.opaqueVars = ctx.isOpaque(vars);

        const int g = ctx.addGroup(std::move(group));
        classify(ctx, g);
        if (vars != npos && t.isMap(vars))
            ctx.addVarsSite({ vars, g, npos });
        if (const Index h = ctx.groups()[std::size_t(g)].hosts; h != npos) {
            for (std::size_t i = 0; i < t.entryCount(h); ++i)
                if (t.isMap(t.valueAt(h, i)))
                    ctx.addVarsSite({ t.valueAt(h, i), g, t.keyAt(h, i) });
        }
        if (t.isMap(nested))
            checkGroups(ctx, nested, g);
    }
}

void StructureRules::classify(ValidationContext &ctx, int g)
{
    const yaml::Tree &t = ctx.tree();
    ValidationContext::Group &group = ctx.group(g);
    const auto anyHostHas = [&](std::string_view var) {
        if (group.hosts == npos)
            return false;
        for (std::size_t i = 0; i < t.entryCount(group.hosts); ++i) {
            const Index v = t.valueAt(group.hosts, i);
            if (t.isMap(v) && t.find(v, var) != npos)
                return true;
        }
        return false;
    };
    const auto marked = [&](std::string_view var) { return ctx.groupVar(g, var) != npos || anyHostHas(var); };
    std::uint8_t m = ValidationContext::NoModule;
    if (marked("pg_cluster"))
        m |= ValidationContext::Pgsql;
    if (marked("redis_cluster"))
        m |= ValidationContext::Redis;
    if (group.name == "minio" || marked("minio_cluster"))
        m |= ValidationContext::Minio;
    if (group.name == "etcd")
        m |= ValidationContext::Etcd;
    if (group.name == "infra")
        m |= ValidationContext::Infra;
    group.modules = m;
}

} // namespace stackyard
