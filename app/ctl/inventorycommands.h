// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl inventory …
QList<Command> inventoryCommands();

} // namespace stackyard::ctl
