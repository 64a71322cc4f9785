// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/hostrules.h"

#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <array>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

struct ModuleName
{
    ValidationContext::Module module;
    const char *name;
};

constexpr std::array<ModuleName, 5> kModules = { {
    { ValidationContext::Pgsql, "pgsql" },
    { ValidationContext::Redis, "redis" },
    { ValidationContext::Minio, "minio" },
    { ValidationContext::Etcd, "etcd" },
    { ValidationContext::Infra, "infra" },
} };

} // namespace

void HostRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    // Per module: host key -> the first group that holds it.
    std::array<std::unordered_map<std::string, int>, kModules.size()> seen;
    const auto &groups = ctx.groups();
    for (int g = 0; g < int(groups.size()); ++g) {
        const ValidationContext::Group &group = groups[std::size_t(g)];
        if (group.hosts == npos)
            continue;
        for (std::size_t e = 0; e < t.entryCount(group.hosts); ++e) {
            const Index key = t.keyAt(group.hosts, e);
            const Index value = t.valueAt(group.hosts, e);
            const std::string &host = t.scalar(key);

            const bool opaque = ctx.isOpaque(value);
            if (!t.isMap(value) && !ScalarChecks::isNull(t, value) && !opaque) {
                ctx.error(value, u"host.vars"_s,
                    QCoreApplication::translate("Validator", "The variables of host '%1' must be a mapping (or empty).")
                        .arg(ctx.shown(key)));
            }
            if (!ScalarChecks::isIPv4(host) && !opaque) {
                const Index ansibleHost = t.find(value, "ansible_host");
                const bool local = t.scalar(ctx.lookup(g, value, "ansible_connection", true)) == "local";
                if (!local && (!t.isScalar(ansibleHost) || t.scalar(ansibleHost).empty())) {
                    ctx.error(key, u"host.address"_s,
                        QCoreApplication::translate("Validator",
                            "Host '%1' is not an IPv4 address and has no ansible_host: "
                            "use the host's IPv4 address as the key, or put its "
                            "address in ansible_host.")
                            .arg(ctx.shown(key)));
                }
            }

            for (std::size_t m = 0; m < kModules.size(); ++m) {
                if (!(group.modules & kModules[m].module))
                    continue;
                const auto [it, inserted] = seen[m].try_emplace(host, g);
                if (inserted)
                    continue;
                ctx.error(key, u"host.module-group"_s,
                    QCoreApplication::translate("Validator",
                        "Host '%1' is already in the %2 group '%3': a host may belong "
                        "to only one %2 group.")
                        .arg(ctx.shown(key), QLatin1StringView(kModules[m].name),
                            QString::fromStdString(groups[std::size_t(it->second)].name)));
            }
        }
    }
}

} // namespace stackyard
