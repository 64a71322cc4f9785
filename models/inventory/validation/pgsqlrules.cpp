// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/pgsqlrules.h"

#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

struct Cluster
{
    Index groupKey = npos;
    Index primaryHost = npos;
    bool hidden = false; // an instance's vars are partly behind an alias: its role may be unseen
    std::unordered_map<long long, Index> seqHosts; // pg_seq -> host key
};

bool isClusterNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

} // namespace

bool PgsqlRules::checkClusterName(ValidationContext &ctx, Index node)
{
    const yaml::Tree &t = ctx.tree();
    const std::string &name = t.scalar(node);
    bool ok = t.isScalar(node) && !name.empty();
    for (char c : name)
        ok = ok && isClusterNameChar(c);
    if (!ok) {
        ctx.error(node, u"pg.cluster-name"_s,
            QCoreApplication::translate("Validator",
                "pg_cluster '%1' is not a valid cluster name: use letters, digits and "
                "'-' only.")
                .arg(ctx.shown(node)));
    } else if (name == "root") {
        ctx.error(node, u"pg.cluster-name"_s,
            QCoreApplication::translate("Validator", "pg_cluster cannot be 'root': choose another name."));
        ok = false;
    }
    return ok;
}

void PgsqlRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    std::unordered_map<std::string, Cluster> clusters;
    std::vector<std::string> order; // clusters in the order they appear
    std::unordered_set<Index> checkedNames;

    const auto &groups = ctx.groups();
    for (int g = 0; g < int(groups.size()); ++g) {
        const ValidationContext::Group &group = groups[std::size_t(g)];
        if (!(group.modules & ValidationContext::Pgsql))
            continue;
        const Index own = t.find(group.vars, "pg_cluster");
        if (own != npos && checkedNames.insert(own).second && checkClusterName(ctx, own)
            && t.scalar(own) != group.name) {
            ctx.warning(own, u"pg.cluster-group"_s,
                QCoreApplication::translate("Validator",
                    "pg_cluster '%1' differs from its group name '%2': Pigsty "
                    "expects the group to be named after the cluster.")
                    .arg(ctx.shown(own), QString::fromStdString(group.name)));
        }
        if (group.hosts == npos)
            continue;
        for (std::size_t e = 0; e < t.entryCount(group.hosts); ++e) {
            const Index hostKey = t.keyAt(group.hosts, e);
            const Index host = t.valueAt(group.hosts, e);
            const Index clusterNode = ctx.lookup(g, host, "pg_cluster");
            if (clusterNode == npos)
                continue;
            if (checkedNames.insert(clusterNode).second)
                checkClusterName(ctx, clusterNode);
            const std::string &name = t.scalar(clusterNode);
            const QString shownName = ctx.shown(clusterNode);
            auto [it, inserted] = clusters.try_emplace(name);
            Cluster &cluster = it->second;
            if (inserted) {
                cluster.groupKey = group.key;
                order.push_back(name);
            }

            const Index seq = ctx.lookup(g, host, "pg_seq");
            const auto seqValue = ScalarChecks::integer(t, seq);
            const bool hidden = ctx.mayHide(g, host);
            cluster.hidden = cluster.hidden || hidden;
            if (seq == npos) {
                if (!hidden)
                    ctx.error(hostKey, u"pg.seq"_s,
                        QCoreApplication::translate("Validator",
                            "Host '%1' of cluster '%2' has no pg_seq: every instance needs "
                            "an integer pg_seq.")
                            .arg(ctx.shown(hostKey), shownName));
            } else if (!seqValue || *seqValue < 0) {
                ctx.error(seq, u"pg.seq"_s,
                    QCoreApplication::translate("Validator", "pg_seq '%1' must be an integer of 0 or more.")
                        .arg(ctx.shown(seq)));
            } else if (const auto [s, fresh] = cluster.seqHosts.try_emplace(*seqValue, hostKey); !fresh) {
                ctx.error(seq, u"pg.seq-duplicate"_s,
                    QCoreApplication::translate("Validator",
                        "pg_seq %1 is already used by host '%2' in cluster '%3': it "
                        "must be unique within the cluster.")
                        .arg(*seqValue)
                        .arg(ctx.shown(s->second), shownName));
            }

            const Index role = ctx.lookup(g, host, "pg_role");
            const std::string &roleName = t.scalar(role);
            if (role == npos) {
                if (!hidden)
                    ctx.error(hostKey, u"pg.role"_s,
                        QCoreApplication::translate("Validator",
                            "Host '%1' of cluster '%2' has no pg_role: set primary, "
                            "replica, offline, standby or delayed.")
                            .arg(ctx.shown(hostKey), shownName));
            } else if (roleName != "primary" && roleName != "replica" && roleName != "offline" && roleName != "standby"
                && roleName != "delayed") {
                ctx.error(role, u"pg.role"_s,
                    QCoreApplication::translate("Validator",
                        "pg_role '%1' is not one of primary, replica, offline, "
                        "standby, delayed.")
                        .arg(ctx.shown(role)));
            } else if (roleName == "primary") {
                if (cluster.primaryHost == npos) {
                    cluster.primaryHost = hostKey;
                } else {
                    ctx.error(role, u"pg.primary-count"_s,
                        QCoreApplication::translate("Validator",
                            "Cluster '%1' already has a primary, host '%2': exactly "
                            "one instance may have pg_role: primary.")
                            .arg(shownName, ctx.shown(cluster.primaryHost)));
                }
            }
        }
    }
    for (const std::string &name : order) {
        const Cluster &cluster = clusters[name];
        if (cluster.primaryHost == npos && !cluster.hidden) {
            ctx.error(cluster.groupKey, u"pg.primary-count"_s,
                QCoreApplication::translate("Validator",
                    "Cluster '%1' has no primary: exactly one instance needs pg_role: "
                    "primary.")
                    .arg(QString::fromStdString(name)));
        }
    }
    checkAddresses(ctx);
}

void PgsqlRules::checkAddresses(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        const Index upstream = t.find(site.map, "pg_upstream");
        if (upstream != npos && !ScalarChecks::isNull(t, upstream) && !ScalarChecks::isTemplated(t.scalar(upstream))
            && !ScalarChecks::isIPv4(t.scalar(upstream))) {
            ctx.error(upstream, u"pg.upstream"_s,
                QCoreApplication::translate("Validator", "pg_upstream '%1' is not an IPv4 address.")
                    .arg(ctx.shown(upstream)));
        }
        const Index vip = t.find(site.map, "pg_vip_address");
        const std::string &v = t.scalar(vip);
        if (vip != npos && !ScalarChecks::isNull(t, vip) && !ScalarChecks::isTemplated(v)
            && (v.find('/') == std::string::npos || !ScalarChecks::isIPv4Cidr(v))) {
            ctx.error(vip, u"pg.vip-address"_s,
                QCoreApplication::translate("Validator",
                    "pg_vip_address '%1' must be an IPv4 address with a prefix "
                    "length, such as 10.10.10.2/24.")
                    .arg(ctx.shown(vip)));
        }
    }
}

} // namespace stackyard
