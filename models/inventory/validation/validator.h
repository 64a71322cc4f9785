// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/finding.h"
#include "yaml/yamltree.h"

#include <QString>

namespace stackyard {

// Checks a Pigsty-compatible inventory the way its templates and playbooks read it (not the
// stale bin/validate): every file of Pigsty's conf/ checks without errors. Each finding carries
// the position of the offending key or value (for something missing, the key of the mapping it
// is missing from), its JSON Pointer and a stable rule id; findings come sorted by line, then
// column. Linear in the size of the file: fine for 10,000-host inventories as the user types.
//
// The rules live in one class per group, each documenting its rule ids: StructureRules,
// DuplicateKeyRules, HostRules, PgsqlRules, PgUserRules, PgDatabaseRules, HbaRules, RedisRules,
// ModuleIdentityRules, SecretRules, PortRules, NameRules.
class Validator
{
public:
    static Findings check(const yaml::Tree &tree, const QString &fileName);
};

} // namespace stackyard
