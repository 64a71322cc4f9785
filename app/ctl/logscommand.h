// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl logs INVENTORY HOST SOURCE [--follow] [--lines N] [--level LEVEL] [--grep REGEX] [--json]
Command logsCommand();

} // namespace stackyard::ctl
