// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string>
#include <unordered_set>

namespace stackyard {

// `pg_users` and `pg_default_roles` lists (all.vars, group or host vars), as pg-user.sql reads
// them: a list of mappings ("pg.user-list") with a `name` matching ^[a-z_][a-z0-9_@.-]{0,62}$
// ("pg.user-name"), unique in the list ("pg.user-duplicate"); known fields of the right type —
// booleans, integer connlimit/expire_in/pool_connlimit, expire_at a date or 'infinity', state
// create|absent, pool_mode transaction|session|statement, parameters a mapping, roles a list of
// role names or {name, state, admin, set, inherit} ("pg.user-field"; unsafe role names are
// "name.unsafe"); unknown fields are kept and warned about ("pg.user-unknown").
class PgUserRules
{
public:
    static void check(ValidationContext &ctx);
    // Adds the names defined by a pg_users / pg_default_roles list to names.
    static void collectNames(
        const yaml::Tree &tree, ValidationContext::Index list, std::unordered_set<std::string> &names);

private:
    static void checkList(ValidationContext &ctx, ValidationContext::Index list, ValidationContext::Index key);
    static void checkField(
        ValidationContext &ctx, ValidationContext::Index key, ValidationContext::Index value, const QString &user);
    static void checkRoles(ValidationContext &ctx, ValidationContext::Index roles, const QString &user);
};

} // namespace stackyard
