# SPDX-License-Identifier: GPL-3.0-or-later
# PostgreSQL and Redis health probes against real servers: the fixture's, and primaries +
# replicas the tests start themselves (localdbservers: initdb/pg_ctl/pg_basebackup as the
# postgres OS user, redis-server as a child). ctest -R 'integration_health(pg|redis)'
add_library(stackyard_localdbservers STATIC
  ${CMAKE_CURRENT_LIST_DIR}/localdbservers.cpp ${CMAKE_CURRENT_LIST_DIR}/localdbservers.h)
stackyard_warnings(stackyard_localdbservers)
target_include_directories(stackyard_localdbservers PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(stackyard_localdbservers PUBLIC Qt6::Core Qt6::Network PRIVATE PostgreSQL::PostgreSQL PkgConfig::HIREDIS)

stackyard_add_test(NAME integration_healthpg
  LABELS integration
  SOURCES tst_integration_healthpg.cpp
  LIBS stackyard_testsupport stackyard_localdbservers stackyard_models
  FIXTURES servers
  TIMEOUT 600)

stackyard_add_test(NAME integration_healthredis
  LABELS integration
  SOURCES tst_integration_healthredis.cpp
  LIBS stackyard_testsupport stackyard_localdbservers stackyard_models
  FIXTURES servers
  TIMEOUT 600)

# The parsers of the poll query's JSON and of INFO, over fixture texts (no server).
stackyard_add_test(NAME unit_healthdbparse
  LABELS unit
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_healthdbparse.cpp
  LIBS stackyard_models)
