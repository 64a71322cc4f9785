// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl provision INVENTORY CLUSTER [--dry-run] [--limit HOST] [--user NAME | --database NAME]
Command provisionCommand();
// stackyardctl provision runs [--json]: the runs recorded on this machine.
Command provisionRunsCommand();

} // namespace stackyard::ctl
