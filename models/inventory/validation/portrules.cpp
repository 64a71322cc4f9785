// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/portrules.h"

#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;

bool isPortKey(std::string_view key)
{
    constexpr std::string_view suffix = "_port";
    return key == "port" || (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix);
}

void checkPort(ValidationContext &ctx, Index key, Index value)
{
    const yaml::Tree &t = ctx.tree();
    if (t.isScalar(value) && ScalarChecks::isTemplated(t.scalar(value)))
        return;
    const auto port = ScalarChecks::integer(t, value);
    if (port && *port >= 1 && *port <= 65535)
        return;
    ctx.error(value, u"number.port"_s,
        QCoreApplication::translate("Validator", "%1 '%2' must be an integer port between 1 and 65535.")
            .arg(ctx.shown(key), ctx.shown(value)));
}

} // namespace

void PortRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (Index map = 0; map < Index(t.size()); ++map) {
        if (!t.isMap(map))
            continue;
        for (std::size_t e = 0; e < t.entryCount(map); ++e) {
            const Index key = t.keyAt(map, e);
            if (!t.isScalar(key) || !isPortKey(t.scalar(key)))
                continue;
            const Index value = t.valueAt(map, e);
            if (t.isSeq(value)) {
                for (Index item : t.node(value).children)
                    checkPort(ctx, key, item);
            } else {
                checkPort(ctx, key, value);
            }
        }
    }
}

} // namespace stackyard
