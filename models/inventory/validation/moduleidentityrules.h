// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string_view>

namespace stackyard {

// Identity of the MinIO, etcd and infra groups:
// "minio.cluster-global" minio_cluster is set in a group's vars, never in all.vars;
// "minio.cluster"        a minio group (named minio or carrying minio_cluster) has a non-empty
//                        minio_cluster (unsafe names are "name.unsafe");
// "minio.seq"            every MinIO host has an integer minio_seq >= 0;
// "minio.type"           minio_type, when set, is silo;
// "etcd.seq"             every host of group etcd has an integer etcd_seq >= 0;
// "etcd.group"           (warning) etcd_cluster set in a group not named etcd, which Pigsty ignores;
// "infra.seq"            every host of group infra has an integer infra_seq >= 0.
class ModuleIdentityRules
{
public:
    static void check(ValidationContext &ctx);

private:
    static void checkSeq(ValidationContext &ctx, int group, std::string_view var, const QString &rule);
};

} // namespace stackyard
