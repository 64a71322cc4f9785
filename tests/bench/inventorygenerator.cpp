// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorygenerator.h"

#include <cstdio>

namespace stackyard::bench {

namespace {

std::string ip(int n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "10.%d.%d.%d", (n >> 16) & 255, (n >> 8) & 255, n & 255);
    return buf;
}

} // namespace

std::string generateInventory(int clusters, int hostsPerCluster)
{
    std::string out;
    out.reserve(std::size_t(clusters) * std::size_t(hostsPerCluster) * 160 + 4096);
    out += "---\n#==============================================================#\n"
           "# generated inventory for benchmarks\n"
           "#==============================================================#\nall:\n  children:\n\n";
    int host = 1;
    for (int c = 0; c < clusters; ++c) {
        const std::string name = "pg-" + std::to_string(c);
        out += "    #----------------------------------#\n    # cluster " + name + "\n"
               "    #----------------------------------#\n    " + name + ":\n      hosts:\n";
        for (int h = 0; h < hostsPerCluster; ++h, ++host)
            out += "        " + ip(host) + ": { pg_seq: " + std::to_string(h + 1) + ", pg_role: "
                   + (h == 0 ? "primary" : "replica") + " }" + (h == 0 ? "   # the primary\n" : "\n");
        out += "      vars:\n        pg_cluster: " + name + "\n"
               "        pg_users:\n"
               "          - { name: dbuser_" + std::to_string(c) + " ,password: '${secret:" + name
               + "/app}' ,pgbouncer: true ,roles: [ dbrole_readwrite ] ,comment: app user }\n"
               "          - { name: dbuser_view ,password: '${secret:" + name + "/view}' ,roles: [ dbrole_readonly ] }\n"
               "        pg_databases:\n"
               "          - { name: app" + std::to_string(c) + " ,owner: dbuser_" + std::to_string(c)
               + " ,extensions: [ { name: vector } ] ,comment: app database }\n"
               "        pg_hba_rules:\n"
               "          - { user: dbuser_" + std::to_string(c) + " ,db: all ,addr: intra ,auth: pwd ,title: 'app access' }\n\n";
        if (c % 10 == 0) {
            const std::string redis = "redis-" + std::to_string(c);
            out += "    " + redis + ":\n      hosts:\n        " + ip(host - 1) + ": { redis_node: 1 ,redis_instances: { 6379: {} ,6380: { replica_of: '"
                   + ip(host - 1) + " 6379' } } }\n      vars: { redis_cluster: " + redis
                   + " ,redis_password: '${secret:" + redis + "}' ,redis_max_memory: 64MB }\n\n";
        }
    }
    out += "  vars:\n    version: v4.5.0\n    admin_ip: 10.0.0.1\n    region: default\n    pg_version: 17\n";
    return out;
}

} // namespace stackyard::bench
