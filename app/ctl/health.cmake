# SPDX-License-Identifier: GPL-3.0-or-later
# stackyardctl health
target_sources(stackyardctl PRIVATE ctl/healthcommand.cpp ctl/healthcommand.h)
