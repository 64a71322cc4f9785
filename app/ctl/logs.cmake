# SPDX-License-Identifier: GPL-3.0-or-later
# stackyardctl logs
target_sources(stackyardctl PRIVATE ctl/logscommand.cpp ctl/logscommand.h)
