// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

namespace stackyard {

// Hosts of every group: the key is an IPv4 address, or the host says where it is with
// `ansible_host` or runs here with `ansible_connection: local` ("host.address"); its value is a
// mapping of host vars or empty ("host.vars"); within one module (pgsql, redis, minio, etcd,
// infra) a host is in one group only, though it may be in groups of several modules
// ("host.module-group").
class HostRules
{
public:
    static void check(ValidationContext &ctx);
};

} // namespace stackyard
