# SPDX-License-Identifier: GPL-3.0-or-later
# Log ingest into the model with a regex filter against `cat FILE > /dev/null` of the same file.
add_executable(bench_logs bench_logs.cpp ratioreporter.h)
stackyard_warnings(bench_logs)
target_link_libraries(bench_logs PRIVATE stackyard_models benchmark::benchmark)
add_test(NAME bench_logs_smoke COMMAND bench_logs --smoke)
set_tests_properties(bench_logs_smoke PROPERTIES LABELS bench TIMEOUT 600)
