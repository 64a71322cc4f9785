// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The metric names probes put in HealthSnapshot::metrics, charts plot and alert rules test.
// Units are in the name's suffix; rates are per second, computed from the difference to the
// previous poll of the same probe (absent on the first poll).
namespace stackyard::metric {

// PostgreSQL
inline constexpr char kPgUptimeSeconds[] = "pg.uptime_seconds";
inline constexpr char kPgConnections[] = "pg.connections";
inline constexpr char kPgMaxConnections[] = "pg.max_connections";
inline constexpr char kPgConnectionsPercent[] = "pg.connections_percent";
inline constexpr char kPgCommitsPerSecond[] = "pg.commits_per_second";
inline constexpr char kPgRollbacksPerSecond[] = "pg.rollbacks_per_second";
inline constexpr char kPgTps[] = "pg.tps"; // commits + rollbacks per second
inline constexpr char kPgCacheHitPercent[] = "pg.cache_hit_percent";
inline constexpr char kPgDatabaseBytes[] = "pg.database_bytes"; // all databases
inline constexpr char kPgReplicationLagBytes[] = "pg.replication_lag_bytes";     // worst replica (primary) or own (replica)
inline constexpr char kPgReplicationLagSeconds[] = "pg.replication_lag_seconds"; // same
inline constexpr char kPgReplicas[] = "pg.replicas";
inline constexpr char kPgLongestTransactionSeconds[] = "pg.longest_transaction_seconds";
inline constexpr char kPgWaitingLocks[] = "pg.waiting_locks";
inline constexpr char kPgArchiveFailures[] = "pg.archive_failures";
inline constexpr char kPgLastArchiveAgeSeconds[] = "pg.last_archive_age_seconds";

// Redis
inline constexpr char kRedisConnectedClients[] = "redis.connected_clients";
inline constexpr char kRedisOpsPerSecond[] = "redis.ops_per_second";
inline constexpr char kRedisUsedMemoryBytes[] = "redis.used_memory_bytes";
inline constexpr char kRedisMaxMemoryBytes[] = "redis.maxmemory_bytes"; // 0: no limit
inline constexpr char kRedisMemoryPercent[] = "redis.memory_percent";   // absent without a limit
inline constexpr char kRedisHitPercent[] = "redis.hit_percent";
inline constexpr char kRedisEvictedKeys[] = "redis.evicted_keys";
inline constexpr char kRedisReplicationLagBytes[] = "redis.replication_lag_bytes";
inline constexpr char kRedisConnectedReplicas[] = "redis.connected_replicas";
inline constexpr char kRedisLastSaveAgeSeconds[] = "redis.last_save_age_seconds";
inline constexpr char kRedisLastSaveOk[] = "redis.last_save_ok"; // 1 or 0
inline constexpr char kRedisKeys[] = "redis.keys";
inline constexpr char kRedisUptimeSeconds[] = "redis.uptime_seconds";
inline constexpr char kRedisMasterLastIoSeconds[] = "redis.master_last_io_seconds"; // replica: since the primary last spoke

// HTTP endpoints
inline constexpr char kHttpStatusCode[] = "http.status_code";
inline constexpr char kHttpLatencyMs[] = "http.latency_ms";

// Hosts
inline constexpr char kHostCpuPercent[] = "host.cpu_percent";
inline constexpr char kHostLoad1[] = "host.load1";
inline constexpr char kHostLoad5[] = "host.load5";
inline constexpr char kHostLoad15[] = "host.load15";
inline constexpr char kHostMemoryPercent[] = "host.memory_percent";
inline constexpr char kHostMemoryTotalBytes[] = "host.memory_total_bytes";
inline constexpr char kHostSwapPercent[] = "host.swap_percent";
inline constexpr char kHostDiskPercent[] = "host.disk_percent"; // fullest mount
inline constexpr char kHostUptimeSeconds[] = "host.uptime_seconds";

// Backups (issue 7 fills it; alert rules already read it)
inline constexpr char kBackupAgeSeconds[] = "backup.last_age_seconds";

} // namespace stackyard::metric
