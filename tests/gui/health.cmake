# SPDX-License-Identifier: GPL-3.0-or-later
# The Health panel against the fixture's real PostgreSQL and Redis and this machine as a host.
stackyard_add_test(NAME gui_healthpanel
  LABELS gui
  SOURCES tst_healthpanel.cpp
  LIBS stackyard_ui stackyard_testsupport
  FIXTURES servers
  WRAPPER "${CMAKE_CURRENT_SOURCE_DIR}/../harness/with-keyring"
  TIMEOUT 300)
