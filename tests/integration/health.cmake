# SPDX-License-Identifier: GPL-3.0-or-later
# Health model against real servers: HTTP endpoints and exporters served by the test's own
# python3 http.server (health/healthserver.py), a Prometheus API answering recorded JSON from the
# same server, and hosts over LocalTransport and the fixture's sshd.
add_library(stackyard_healthtestserver STATIC health/healthtestserver.cpp health/healthtestserver.h)
stackyard_warnings(stackyard_healthtestserver)
target_include_directories(stackyard_healthtestserver PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(stackyard_healthtestserver PUBLIC Qt6::Core)

stackyard_add_test(NAME integration_health_http
  LABELS integration
  SOURCES tst_integration_health_http.cpp
  LIBS stackyard_healthtestserver stackyard_models Qt6::Network
  TIMEOUT 120)

stackyard_add_test(NAME integration_health_prometheus
  LABELS integration
  SOURCES tst_integration_health_prometheus.cpp
  LIBS stackyard_healthtestserver stackyard_models Qt6::Network
  TIMEOUT 120)

stackyard_add_test(NAME integration_health_host
  LABELS integration
  SOURCES tst_integration_health_host.cpp
  LIBS stackyard_healthtestserver stackyard_testsupport stackyard_transportchecks stackyard_models Qt6::Network
  FIXTURES servers
  TIMEOUT 180)
