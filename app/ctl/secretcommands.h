// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl secret set|get|delete|check NAME: secrets in the OS keychain, referenced from an
// inventory as ${secret:NAME}.
QList<Command> secretCommands();

} // namespace stackyard::ctl
