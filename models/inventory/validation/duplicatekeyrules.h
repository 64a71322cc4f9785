// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// "yaml.duplicate-key": a key written twice in one mapping. YAML forbids it and Ansible silently
// keeps the last one, so half of what the user wrote is lost. (Redis instance ports are compared
// as numbers by RedisRules instead.)
class DuplicateKeyRules
{
public:
    static void check(ValidationContext &ctx);
};

} // namespace stackyard
