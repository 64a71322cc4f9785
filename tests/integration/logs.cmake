# SPDX-License-Identifier: GPL-3.0-or-later
# Logs against real files and the fixture's PostgreSQL, Redis and sshd: following through
# rotation over LocalTransport and SshTransport, real log levels, stackyardctl logs.
stackyard_add_test(NAME integration_logs
  LABELS integration
  SOURCES tst_integration_logs.cpp
  LIBS stackyard_testsupport stackyard_transportchecks stackyard_models
  FIXTURES servers
  TIMEOUT 300)
set_property(TEST integration_logs APPEND PROPERTY ENVIRONMENT "STACKYARDCTL=$<TARGET_FILE:stackyardctl>")
