# SPDX-License-Identifier: GPL-3.0-or-later
# PostgreSQL and Redis probes (libpq, hiredis).
target_sources(stackyard_models PRIVATE
  health/pgqueries.cpp health/pgqueries.h
  health/postgresprobe.cpp health/postgresprobe.h
  health/redisinfo.cpp health/redisinfo.h
  health/redissocketwatcher.cpp health/redissocketwatcher.h
  health/redisprobe.cpp health/redisprobe.h
)
