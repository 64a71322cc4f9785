// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace stackyard::bench {

// A large Pigsty-style inventory for benchmarks: `clusters` PostgreSQL clusters of
// `hostsPerCluster` hosts each, written the way Pigsty's templates are (comment blocks,
// trailing comments, comma-first flow mappings, users, databases and HBA rules per cluster),
// plus a Redis cluster for every tenth and the usual all.vars.
std::string generateInventory(int clusters, int hostsPerCluster);

} // namespace stackyard::bench
