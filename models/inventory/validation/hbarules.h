// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// HBA rule lists (pg_hba_rules, pgb_hba_rules, pg_default_hba_rules, pgb_default_hba_rules) as
// Pigsty's pg_hba.conf and pgbouncer templates render them:
// "hba.list"        a list of mappings;
// "hba.addr"        addr is an alias (local localhost admin infra cluster intra intranet world
//                   all) or IPv4 a.b.c.d[/0-32] — IPv6 is not accepted by the templates; a rule
//                   needs addr unless it gives raw `rules`;
// "hba.auth"        auth is one of pwd ssl sha scram-sha-256 md5 ssl-sha ssl-md5 cert trust deny
//                   reject os ident peer;
// "hba.role"        role is default common primary replica offline standby delayed;
// "hba.order"       order is an integer;
// "hba.replication" `db: replication` is not allowed in pgbouncer rules;
// "hba.rules"       rules is a list of strings;
// "hba.user" / "hba.db"  a role / database name, all, +group (user), a comma list of those, or one
//                   of the aliases ${dbsu} ${repl} ${monitor} ${admin} (user), kept literally;
// "hba.title"       (warning) a rule without a title.
class HbaRules
{
public:
    static void check(ValidationContext &ctx);

private:
    static void checkList(
        ValidationContext &ctx, ValidationContext::Index list, ValidationContext::Index key, bool pgbouncer);
    static void checkRule(ValidationContext &ctx, ValidationContext::Index rule, bool pgbouncer);
    static void checkAddr(ValidationContext &ctx, ValidationContext::Index addr);
};

} // namespace stackyard
