// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/duplicatekeyrules.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

void reportDuplicate(ValidationContext &ctx, Index first, Index second)
{
    ctx.error(second, u"yaml.duplicate-key"_s,
        QCoreApplication::translate("Validator",
            "Key '%1' appears twice in this mapping (first on line %2): only one of "
            "them would be used.")
            .arg(ctx.shown(second))
            .arg(ctx.tree().node(first).line + 1));
}

} // namespace

void DuplicateKeyRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    constexpr std::size_t smallMap = 12;
    std::unordered_map<std::string_view, Index> seen;
    for (Index map = 0; map < Index(t.size()); ++map) {
        if (!t.isMap(map) || t.entryCount(map) < 2)
            continue;
        const Index owner = ctx.keyOf(map);
        if (owner != npos && t.scalar(owner) == "redis_instances")
            continue;
        const std::size_t n = t.entryCount(map);
        if (n <= smallMap) {
            for (std::size_t i = 1; i < n; ++i) {
                const Index key = t.keyAt(map, i);
                if (!t.isScalar(key))
                    continue;
                for (std::size_t j = 0; j < i; ++j) {
                    const Index other = t.keyAt(map, j);
                    if (t.isScalar(other) && t.scalar(other) == t.scalar(key)) {
                        reportDuplicate(ctx, other, key);
                        break;
                    }
                }
            }
            continue;
        }
        seen.clear();
        for (std::size_t i = 0; i < n; ++i) {
            const Index key = t.keyAt(map, i);
            if (!t.isScalar(key))
                continue;
            const auto [it, fresh] = seen.try_emplace(t.scalar(key), key);
            if (!fresh)
                reportDuplicate(ctx, it->second, key);
        }
    }
}

} // namespace stackyard
