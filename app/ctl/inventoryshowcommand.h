// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl inventory show FILE CLUSTER: one cluster as Stackyard reads it (typed view).
Command inventoryShowCommand();

} // namespace stackyard::ctl
