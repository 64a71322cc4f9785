// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// The shape of an Ansible inventory as Pigsty reads it: a top-level `all` mapping
// ("structure.root"), `all.children` a mapping of groups ("structure.children"), each group a
// mapping ("structure.group") with a non-empty `hosts` mapping ("structure.hosts") unless it only
// nests children, `vars` a mapping when present ("structure.vars"), and `all.vars.admin_ip` an
// IPv4 address ("structure.admin-ip": an error when wrong, a warning when missing).
// Fills the context's groups, their modules and the vars sites for the other rules.
class StructureRules
{
public:
    static void check(ValidationContext &ctx);

private:
    static void checkGroups(ValidationContext &ctx, ValidationContext::Index children, int parent);
    static void checkAdminIp(ValidationContext &ctx);
    static void classify(ValidationContext &ctx, int group);
};

} // namespace stackyard
