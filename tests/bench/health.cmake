# SPDX-License-Identifier: GPL-3.0-or-later
# One poll cycle of PostgreSQL + Redis probes against a bare libpq/hiredis poll(2) loop, CPU time
# per cycle. Starts its own PostgreSQL and Redis (tests/integration/localdbservers).
add_executable(bench_health bench_health.cpp ratioreporter.h)
stackyard_warnings(bench_health)
target_link_libraries(bench_health PRIVATE stackyard_models stackyard_localdbservers benchmark::benchmark
  PostgreSQL::PostgreSQL PkgConfig::HIREDIS)
add_test(NAME bench_health_smoke COMMAND bench_health --smoke)
set_tests_properties(bench_health_smoke PROPERTIES LABELS bench TIMEOUT 600)
