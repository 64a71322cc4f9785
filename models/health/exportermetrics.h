// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QHash>
#include <QString>

namespace stackyard {

class PrometheusDocument;

// The counters of one exporter scrape that rates are computed from at the next one.
using ExporterCounters = QHash<QString, double>;

// Turns an exporter's scrape into the metric names of metricnames.h, for the kind of target:
//   Postgres from pg_exporter (Pigsty: pg_up, pg_db_*, pg_setting_max_connections, pg_lag,
//            pg_uptime) or postgres_exporter (pg_stat_database_*, pg_settings_max_connections,
//            pg_postmaster_start_time_seconds, pg_replication_lag_seconds);
//   Redis    from redis_exporter (redis_up, redis_memory_*, redis_commands_processed_total, …);
//   Host     from node_exporter (see HostStats::fromNodeExporter).
// Status: Up when the exporter reaches its server (pg_up/redis_up 1), Down when it says it
// cannot (0), Unknown when the scrape is not that exporter's. Rates (TPS, ops/s, hit %, CPU %)
// need the previous scrape's counters and the seconds between the two; without them they are
// absent.
class ExporterMetrics
{
public:
    // Fills snapshot (status, reason, metrics, facts, details) and returns this scrape's
    // counters. nowMsecs: the scrape's time, for ages (last save).
    static ExporterCounters fill(TargetKind kind, const PrometheusDocument &doc, const ExporterCounters &previous,
        double seconds, qint64 nowMsecs, HealthSnapshot &snapshot);
};

} // namespace stackyard
