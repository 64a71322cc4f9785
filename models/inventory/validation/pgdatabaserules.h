// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string>
#include <unordered_set>

namespace stackyard {

// `pg_databases` lists, as pg-db.sql reads them: a list of mappings ("pg.db-list") with a name
// ("pg.db-name") that is safe in a shell and SQL ("name.unsafe", see NameRules), unique in the
// list ("pg.db-duplicate"); known fields of the right type: state create|absent|recreate,
// booleans, integer pool and connection limits, strategy FILE_COPY|WAL_LOG, locale_provider
// libc|icu|builtin, parameters a mapping, schemas a list of names or {name, owner, state},
// extensions a list of names or {name, schema, version, state} ("pg.db-field"); unknown fields
// are kept and warned about ("pg.db-unknown"); an owner that is neither a user of the cluster nor
// a default role is a warning ("pg.db-owner").
class PgDatabaseRules
{
public:
    static void check(ValidationContext &ctx);

private:
    static std::unordered_set<std::string> knownUsers(
        const ValidationContext &ctx, const ValidationContext::VarsSite &site);
    static void checkList(
        ValidationContext &ctx, ValidationContext::Index list, const std::unordered_set<std::string> &users);
    static void checkField(ValidationContext &ctx, ValidationContext::Index key, ValidationContext::Index value,
        const QString &db, const std::unordered_set<std::string> &users);
    static void checkItems(ValidationContext &ctx, ValidationContext::Index list, bool extensions, const QString &db);
};

} // namespace stackyard
