// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string_view>

namespace stackyard {

// Names that end up in shell commands (bin/pgsql-db <cluster> <db>), file and unit names and SQL
// identifiers must be usable there as they are. The rule, for database, schema, extension, role
// and cluster names: 1 to 63 bytes (PostgreSQL truncates longer identifiers), starting with an
// ASCII letter or '_', then ASCII letters, digits, '_', '.', '-' or '@'. Such a name needs no
// quoting in a shell word and cannot close an SQL quote, so quotes, blanks, ';', '$(', backticks,
// backslashes, newlines, a leading digit or a leading '-' (read as an option) are errors
// ("name.unsafe"). Placeholders such as ${dbsu} are not names and are checked where Pigsty
// allows them (HbaRules), not here.
class NameRules
{
public:
    enum class Kind { Database, Schema, Extension, Role, Owner, Cluster };

    static bool isSafe(std::string_view name);
    // Reports "name.unsafe" at node unless its scalar value is a safe name; returns whether it is.
    static bool check(ValidationContext &ctx, ValidationContext::Index node, Kind kind);
};

} // namespace stackyard
