// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/validator.h"

#include "inventory/validation/duplicatekeyrules.h"
#include "inventory/validation/hbarules.h"
#include "inventory/validation/hostrules.h"
#include "inventory/validation/moduleidentityrules.h"
#include "inventory/validation/pgdatabaserules.h"
#include "inventory/validation/pgsqlrules.h"
#include "inventory/validation/pguserrules.h"
#include "inventory/validation/portrules.h"
#include "inventory/validation/redisrules.h"
#include "inventory/validation/secretrules.h"
#include "inventory/validation/structurerules.h"
#include "inventory/validation/validationcontext.h"

namespace stackyard {

Findings Validator::check(const yaml::Tree &tree, const QString &fileName)
{
    ValidationContext ctx(tree, fileName);
    StructureRules::check(ctx);
    DuplicateKeyRules::check(ctx);
    HostRules::check(ctx);
    PgsqlRules::check(ctx);
    PgUserRules::check(ctx);
    PgDatabaseRules::check(ctx);
    HbaRules::check(ctx);
    RedisRules::check(ctx);
    ModuleIdentityRules::check(ctx);
    PortRules::check(ctx);
    SecretRules::check(ctx);
    return ctx.takeFindings();
}

} // namespace stackyard
