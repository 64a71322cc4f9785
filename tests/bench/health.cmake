# SPDX-License-Identifier: GPL-3.0-or-later
# One poll cycle of PostgreSQL + Redis probes against a bare libpq/hiredis poll(2) loop, CPU time
# per cycle. Starts its own PostgreSQL and Redis (tests/integration/localdbservers).
add_executable(bench_health bench_health.cpp ratioreporter.h)
stackyard_warnings(bench_health)
target_link_libraries(bench_health PRIVATE stackyard_models stackyard_localdbservers benchmark::benchmark
  PostgreSQL::PostgreSQL PkgConfig::HIREDIS)
add_test(NAME bench_health_smoke COMMAND bench_health --smoke)
set_tests_properties(bench_health_smoke PROPERTIES LABELS bench TIMEOUT 600)

# The health model's data paths: Prometheus text parsing against splitting the lines, bounded
# series appends against std::vector, and the fleet's memory budget.
add_executable(bench_healthdata bench_healthdata.cpp ratioreporter.h)
stackyard_warnings(bench_healthdata)
target_link_libraries(bench_healthdata PRIVATE stackyard_models benchmark::benchmark)
add_test(NAME bench_healthdata_smoke COMMAND bench_healthdata --benchmark_min_time=0.01)
set_tests_properties(bench_healthdata_smoke PROPERTIES LABELS bench TIMEOUT 300)
