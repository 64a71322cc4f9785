# SPDX-License-Identifier: GPL-3.0-or-later
# The log viewer panel.
target_sources(stackyard_ui PRIVATE
  logs/loglevelcolors.cpp logs/loglevelcolors.h)
# logspanel.cpp/.h are listed in ui/CMakeLists.txt.
