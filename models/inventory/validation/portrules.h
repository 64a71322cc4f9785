// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// "number.port": the value of every `port` or `*_port` key (pg_port, ansible_port, storage_port,
// haproxy service and server ports, …) is an integer 1-65535, or a list of them
// (node_firewall_public_port). Jinja and ${…} placeholders are left to Ansible.
class PortRules
{
public:
    static void check(ValidationContext &ctx);
};

} // namespace stackyard
