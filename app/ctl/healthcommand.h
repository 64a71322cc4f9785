// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl health INVENTORY [CLUSTER] [--json] [--watch SECONDS]
Command healthCommand();

} // namespace stackyard::ctl
