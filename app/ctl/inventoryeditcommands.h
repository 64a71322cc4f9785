// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl inventory get | set | unset | vars: read and change single values by JSON
// Pointer through the same format-preserving edits as the console.
QList<Command> inventoryEditCommands();

} // namespace stackyard::ctl
