// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/cli.h"

namespace stackyard::ctl {

// stackyardctl host check|exec|copy: the inventory's hosts over SSH (or locally).
QList<Command> hostCommands();

// host check (hostcheck.cpp).
void describeHostCheck(QCommandLineParser &parser);
int runHostCheck(const QCommandLineParser &parser, Io &io);

} // namespace stackyard::ctl
