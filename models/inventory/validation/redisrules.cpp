// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/redisrules.h"

#include "inventory/validation/namerules.h"
#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

// "IP PORT" split at blanks; false unless exactly two words with an IPv4 and a port.
bool parseReplicaOf(std::string_view s, std::string &ip, long long &port)
{
    const auto word = [&s]() {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        std::size_t n = 0;
        while (n < s.size() && s[n] != ' ' && s[n] != '\t')
            ++n;
        const std::string_view w = s.substr(0, n);
        s.remove_prefix(n);
        return w;
    };
    const std::string_view a = word();
    const std::string_view p = word();
    if (!word().empty() || !ScalarChecks::isIPv4(a) || p.empty() || p.size() > 5)
        return false;
    port = 0;
    for (char c : p) {
        if (c < '0' || c > '9')
            return false;
        port = port * 10 + (c - '0');
    }
    ip = std::string(a);
    return port >= 1 && port <= 65535;
}

std::string instanceId(std::string_view ip, long long port)
{
    return std::string(ip) + ' ' + std::to_string(port);
}

} // namespace

struct RedisRules::State
{
    std::unordered_set<std::string> instances; // "ip port" of every instance
    std::vector<Index> replicaOf; // replica_of values to resolve at the end
    std::unordered_set<Index> checkedMaps; // redis_instances mappings already checked
    bool hidden = false; // some instances are behind an alias (unseen)
};

void RedisRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    State state;
    std::unordered_set<Index> checkedNames;
    std::unordered_map<std::string, std::unordered_map<long long, Index>> nodes; // cluster -> node -> host key
    const auto &groups = ctx.groups();
    for (int g = 0; g < int(groups.size()); ++g) {
        const ValidationContext::Group &group = groups[std::size_t(g)];
        if (!(group.modules & ValidationContext::Redis) || group.hosts == npos)
            continue;
        for (std::size_t e = 0; e < t.entryCount(group.hosts); ++e) {
            const Index hostKey = t.keyAt(group.hosts, e);
            const Index host = t.valueAt(group.hosts, e);
            const Index cluster = ctx.lookup(g, host, "redis_cluster");
            if (cluster == npos)
                continue;
            if (checkedNames.insert(cluster).second) {
                if (!t.isScalar(cluster) || t.scalar(cluster).empty())
                    ctx.error(cluster, u"redis.cluster"_s,
                        QCoreApplication::translate("Validator", "redis_cluster must be a non-empty name."));
                else
                    NameRules::check(ctx, cluster, NameRules::Kind::Cluster);
            }
            const QString clusterName = ctx.shown(cluster);

            const Index node = ctx.lookup(g, host, "redis_node");
            const auto nodeValue = ScalarChecks::integer(t, node);
            const bool hidden = ctx.mayHide(g, host);
            if (node == npos) {
                if (!hidden)
                    ctx.error(hostKey, u"redis.node"_s,
                        QCoreApplication::translate("Validator",
                            "Host '%1' of Redis cluster '%2' has no redis_node: every host "
                            "needs an integer redis_node.")
                            .arg(ctx.shown(hostKey), clusterName));
            } else if (!nodeValue) {
                ctx.error(node, u"redis.node"_s,
                    QCoreApplication::translate("Validator", "redis_node '%1' must be an integer.")
                        .arg(ctx.shown(node)));
            } else if (const auto [it, fresh] = nodes[t.scalar(cluster)].try_emplace(*nodeValue, hostKey); !fresh) {
                ctx.error(node, u"redis.node"_s,
                    QCoreApplication::translate("Validator",
                        "redis_node %1 is already used by host '%2' in Redis cluster "
                        "'%3': instance names would collide.")
                        .arg(*nodeValue)
                        .arg(ctx.shown(it->second), clusterName));
            }

            const Index instances = ctx.lookup(g, host, "redis_instances");
            state.hidden = state.hidden || hidden || ctx.isOpaque(instances);
            if (instances == npos) {
                if (!hidden)
                    ctx.error(hostKey, u"redis.instances"_s,
                        QCoreApplication::translate("Validator",
                            "Host '%1' of Redis cluster '%2' has no redis_instances: list "
                            "its instances as {port: {}}.")
                            .arg(ctx.shown(hostKey), clusterName));
            } else if (!t.isMap(instances) && !ctx.isOpaque(instances)) {
                ctx.error(instances, u"redis.instances"_s,
                    QCoreApplication::translate("Validator",
                        "redis_instances must be a mapping of ports to instance "
                        "definitions, such as { 6379: {} }."));
            } else if (t.isMap(instances)) {
                checkInstances(ctx, state, hostKey, host, instances);
            }
        }
    }

    for (Index value : state.replicaOf) {
        std::string ip;
        long long port = 0;
        if (!t.isScalar(value) || !parseReplicaOf(t.scalar(value), ip, port)) {
            ctx.error(value, u"redis.replica-of"_s,
                QCoreApplication::translate("Validator",
                    "replica_of '%1' must be an IPv4 address and a port separated by a "
                    "blank, such as '10.10.10.10 6379'.")
                    .arg(ctx.shown(value)));
        } else if (!state.hidden && !state.instances.contains(instanceId(ip, port))) {
            ctx.error(value, u"redis.replica-of"_s,
                QCoreApplication::translate("Validator", "replica_of '%1' names no instance of the inventory.")
                    .arg(ctx.shown(value)));
        }
    }
    checkVars(ctx);
}

void RedisRules::checkInstances(ValidationContext &ctx, State &state, Index hostKey, Index host, Index instances)
{
    const yaml::Tree &t = ctx.tree();
    const bool firstVisit = state.checkedMaps.insert(instances).second;
    const std::string &ansibleHost = t.scalar(t.find(host, "ansible_host"));
    std::unordered_map<long long, Index> ports;
    for (std::size_t e = 0; e < t.entryCount(instances); ++e) {
        const Index key = t.keyAt(instances, e);
        const Index value = t.valueAt(instances, e);
        if (t.scalar(key) == "<<")
            continue; // merged from an alias (see ValidationContext::isOpaque)
        const auto port = ScalarChecks::integer(t, key);
        if (!port || *port < 1 || *port > 65535) {
            if (firstVisit)
                ctx.error(key, u"redis.port"_s,
                    QCoreApplication::translate("Validator",
                        "Redis instance key '%1' must be an integer port between 1 and "
                        "65535.")
                        .arg(ctx.shown(key)));
            continue;
        }
        if (const auto [it, fresh] = ports.try_emplace(*port, key); !fresh) {
            if (firstVisit)
                ctx.error(key, u"redis.port-duplicate"_s,
                    QCoreApplication::translate("Validator",
                        "Redis port %1 is defined twice on this host (first on line "
                        "%2).")
                        .arg(*port)
                        .arg(t.node(it->second).line + 1));
            continue;
        }
        state.instances.insert(instanceId(t.scalar(hostKey), *port));
        if (!ansibleHost.empty())
            state.instances.insert(instanceId(ansibleHost, *port));
        if (!firstVisit)
            continue;
        if (!t.isMap(value) && !ScalarChecks::isNull(t, value)) {
            ctx.error(value, u"redis.instances"_s,
                QCoreApplication::translate("Validator",
                    "The definition of Redis instance %1 must be a mapping, such as {} "
                    "or { replica_of: '10.10.10.10 6379' }.")
                    .arg(*port));
            continue;
        }
        const Index replicaOf = t.find(value, "replica_of");
        if (replicaOf != npos && !ScalarChecks::isNull(t, replicaOf) && !ScalarChecks::isTemplated(t.scalar(replicaOf)))
            state.replicaOf.push_back(replicaOf);
    }
}

void RedisRules::checkVars(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        const Index mode = t.find(site.map, "redis_mode");
        const std::string &m = t.scalar(mode);
        if (mode != npos && m != "standalone" && m != "cluster" && m != "sentinel")
            ctx.error(mode, u"redis.mode"_s,
                QCoreApplication::translate("Validator", "redis_mode '%1' is not one of standalone, cluster, sentinel.")
                    .arg(ctx.shown(mode)));

        const Index fsMain = t.find(site.map, "redis_fs_main");
        const std::string &fs = t.scalar(fsMain);
        if (fs == "/data" || fs == "/data/")
            ctx.error(fsMain, u"redis.fs-main"_s,
                QCoreApplication::translate("Validator",
                    "redis_fs_main cannot be /data: Redis data would mix with other "
                    "services; use a subdirectory such as /data/redis."));

        const Index monitors = t.find(site.map, "redis_sentinel_monitor");
        if (monitors == npos || ScalarChecks::isNull(t, monitors))
            continue;
        if (!t.isSeq(monitors)) {
            ctx.error(monitors, u"redis.sentinel-monitor"_s,
                QCoreApplication::translate("Validator",
                    "redis_sentinel_monitor must be a list of {name, host, port} "
                    "entries."));
            continue;
        }
        for (Index item : t.node(monitors).children) {
            if (!t.isMap(item) || !t.isScalar(t.find(item, "name")) || !t.isScalar(t.find(item, "host")))
                ctx.error(item, u"redis.sentinel-monitor"_s,
                    QCoreApplication::translate("Validator", "Each sentinel monitor entry needs a name and a host."));
        }
    }
}

} // namespace stackyard
