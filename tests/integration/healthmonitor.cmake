# SPDX-License-Identifier: GPL-3.0-or-later
# stackyardctl health against the fixture's PostgreSQL and Redis and this machine.
stackyard_add_test(NAME integration_healthcli
  LABELS integration
  SOURCES tst_integration_healthcli.cpp
  LIBS stackyard_testsupport Qt6::Network
  FIXTURES servers
  TIMEOUT 300)
set_property(TEST integration_healthcli APPEND PROPERTY ENVIRONMENT "STACKYARDCTL=$<TARGET_FILE:stackyardctl>")
