// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/exportermetrics.h"

#include "health/hoststats.h"
#include "health/metricnames.h"
#include "health/prometheustext.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace stackyard {

namespace {

// The first of several names an exporter may use for the same figure, summed over its labels.
std::optional<double> firstSum(const PrometheusDocument &doc, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const auto v = doc.sum(QString::fromLatin1(name)))
            return v;
    }
    return std::nullopt;
}

class Filler
{
public:
    Filler(const ExporterCounters &previous, double seconds, HealthSnapshot &snapshot)
        : mPrevious(previous)
        , mSeconds(seconds)
        , mSnapshot(snapshot)
    { }

    void put(const char *name, std::optional<double> value)
    {
        if (value && std::isfinite(*value))
            mSnapshot.metrics.insert(QString::fromLatin1(name), *value);
    }
    // Remembers a counter and returns its rate per second since the previous scrape.
    std::optional<double> rate(const char *key, std::optional<double> counter)
    {
        if (!counter)
            return std::nullopt;
        const QString k = QString::fromLatin1(key);
        mCounters.insert(k, *counter);
        const auto it = mPrevious.constFind(k);
        if (it == mPrevious.constEnd() || mSeconds <= 0 || *counter < *it)
            return std::nullopt;
        return (*counter - *it) / mSeconds;
    }
    ExporterCounters counters() const { return mCounters; }

private:
    const ExporterCounters &mPrevious;
    double mSeconds;
    HealthSnapshot &mSnapshot;
    ExporterCounters mCounters;
};

std::optional<double> percentOf(std::optional<double> part, std::optional<double> whole)
{
    if (!part || !whole || *whole <= 0)
        return std::nullopt;
    return 100.0 * *part / *whole;
}

std::optional<double> sumOf(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a + *b;
}

bool setStatus(const PrometheusDocument &doc, const char *upName, const QString &server, HealthSnapshot &s)
{
    const auto up = doc.value(QString::fromLatin1(upName));
    if (!up) {
        s.status = HealthStatus::Unknown;
        s.reason = QCoreApplication::translate("ExporterMetrics", "the exporter serves no %1: not a %2 exporter")
                       .arg(QString::fromLatin1(upName), server);
        return false;
    }
    if (*up < 1) {
        s.status = HealthStatus::Down;
        s.reason = QCoreApplication::translate("ExporterMetrics", "the exporter cannot reach %1").arg(server);
        return false;
    }
    s.status = HealthStatus::Up;
    return true;
}

ExporterCounters fillPostgres(const PrometheusDocument &doc, Filler &f, HealthSnapshot &s, qint64 nowMsecs)
{
    using namespace metric;
    if (!setStatus(doc, "pg_up", QStringLiteral("PostgreSQL"), s))
        return f.counters();
    const auto connections = firstSum(doc, { "pg_db_numbackends", "pg_stat_database_numbackends" });
    const auto maxConnections = firstSum(doc, { "pg_setting_max_connections", "pg_settings_max_connections" });
    f.put(kPgConnections, connections);
    f.put(kPgMaxConnections, maxConnections);
    f.put(kPgConnectionsPercent, percentOf(connections, maxConnections));
    const auto commits = f.rate("commits", firstSum(doc, { "pg_db_xact_commit", "pg_stat_database_xact_commit" }));
    const auto rollbacks
        = f.rate("rollbacks", firstSum(doc, { "pg_db_xact_rollback", "pg_stat_database_xact_rollback" }));
    f.put(kPgCommitsPerSecond, commits);
    f.put(kPgRollbacksPerSecond, rollbacks);
    f.put(kPgTps, sumOf(commits, rollbacks));
    const auto hits = f.rate("blks_hit", firstSum(doc, { "pg_db_blks_hit", "pg_stat_database_blks_hit" }));
    const auto reads = f.rate("blks_read", firstSum(doc, { "pg_db_blks_read", "pg_stat_database_blks_read" }));
    const auto touched = sumOf(hits, reads);
    if (touched && *touched > 0)
        f.put(kPgCacheHitPercent, percentOf(hits, touched));
    f.put(kPgDatabaseBytes, firstSum(doc, { "pg_db_size_bytes", "pg_database_size_bytes" }));
    f.put(kPgReplicationLagSeconds, firstSum(doc, { "pg_lag", "pg_replication_lag_seconds", "pg_replication_lag" }));
    if (const auto uptime = doc.value(QStringLiteral("pg_uptime")))
        f.put(kPgUptimeSeconds, uptime);
    else if (const auto start = doc.value(QStringLiteral("pg_postmaster_start_time_seconds")))
        f.put(kPgUptimeSeconds, double(nowMsecs) / 1000.0 - *start);
    return f.counters();
}

ExporterCounters fillRedis(const PrometheusDocument &doc, Filler &f, HealthSnapshot &s, qint64 nowMsecs)
{
    using namespace metric;
    if (!setStatus(doc, "redis_up", QStringLiteral("Redis"), s))
        return f.counters();
    const auto used = doc.value(QStringLiteral("redis_memory_used_bytes"));
    const auto max = doc.value(QStringLiteral("redis_memory_max_bytes"));
    f.put(kRedisConnectedClients, doc.value(QStringLiteral("redis_connected_clients")));
    f.put(kRedisUsedMemoryBytes, used);
    f.put(kRedisMaxMemoryBytes, max);
    f.put(kRedisMemoryPercent, percentOf(used, max));
    f.put(kRedisOpsPerSecond, f.rate("commands", doc.value(QStringLiteral("redis_commands_processed_total"))));
    const auto hits = f.rate("hits", doc.value(QStringLiteral("redis_keyspace_hits_total")));
    const auto misses = f.rate("misses", doc.value(QStringLiteral("redis_keyspace_misses_total")));
    const auto lookups = sumOf(hits, misses);
    if (lookups && *lookups > 0)
        f.put(kRedisHitPercent, percentOf(hits, lookups));
    f.put(kRedisEvictedKeys, doc.value(QStringLiteral("redis_evicted_keys_total")));
    f.put(kRedisConnectedReplicas, doc.value(QStringLiteral("redis_connected_slaves")));
    f.put(kRedisKeys, doc.sum(QStringLiteral("redis_db_keys")));
    if (const auto saved = doc.value(QStringLiteral("redis_rdb_last_save_timestamp_seconds")); saved && *saved > 0)
        f.put(kRedisLastSaveAgeSeconds, std::max(0.0, double(nowMsecs) / 1000.0 - *saved));
    f.put(kRedisLastSaveOk, doc.value(QStringLiteral("redis_rdb_last_bgsave_status")));
    const auto info = doc.find(QStringLiteral("redis_instance_info"));
    if (!info.isEmpty()) {
        s.facts.insert(QStringLiteral("version"), info.first()->label(QStringLiteral("redis_version")));
        s.facts.insert(QStringLiteral("role"), info.first()->label(QStringLiteral("role")));
    }
    return f.counters();
}

} // namespace

ExporterCounters ExporterMetrics::fill(TargetKind kind, const PrometheusDocument &doc, const ExporterCounters &previous,
    double seconds, qint64 nowMsecs, HealthSnapshot &snapshot)
{
    Filler f(previous, seconds, snapshot);
    snapshot.facts.insert(QStringLiteral("source"), QStringLiteral("exporter"));
    switch (kind) {
    case TargetKind::Postgres:
        return fillPostgres(doc, f, snapshot, nowMsecs);
    case TargetKind::Redis:
        return fillRedis(doc, f, snapshot, nowMsecs);
    case TargetKind::Host: {
        const Result<HostStats> stats = HostStats::fromNodeExporter(doc);
        if (!stats) {
            snapshot.status = HealthStatus::Unknown;
            snapshot.reason = stats.error().what;
            return {};
        }
        CpuTimes before { previous.value(QStringLiteral("cpu.busy")), previous.value(QStringLiteral("cpu.total")) };
        stats->fill(snapshot, before);
        snapshot.status = HealthStatus::Up;
        return { { QStringLiteral("cpu.busy"), stats->cpu.busy }, { QStringLiteral("cpu.total"), stats->cpu.total } };
    }
    case TargetKind::Http:
        break;
    }
    snapshot.status = HealthStatus::Unknown;
    snapshot.reason = QCoreApplication::translate("ExporterMetrics", "HTTP endpoints have no exporter");
    return {};
}

} // namespace stackyard
