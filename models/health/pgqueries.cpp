// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/pgqueries.h"

#include "health/metrickey.h"
#include "health/metricnames.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard::pghealth {

namespace {

// json_build_object takes at most 100 arguments: the counters and replication live in
// nested objects. Every CASE keeps functions that fail during recovery (pg_current_wal_lsn)
// away from a replica, and the replica-only ones away from a primary.
constexpr char kPollQuery[] = R"SQL(SELECT json_build_object(
 'version', current_setting('server_version'),
 'in_recovery', pg_is_in_recovery(),
 'server_addr', host(inet_server_addr()),
 'server_port', inet_server_port(),
 'uptime', extract(epoch FROM now() - pg_postmaster_start_time()),
 'max_connections', current_setting('max_connections')::int,
 'connections', (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
 'longest_xact', (SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) FROM pg_stat_activity
                  WHERE backend_type = 'client backend' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()),
 'waiting_locks', (SELECT count(*) FROM pg_locks WHERE NOT granted),
 'xact', (SELECT json_build_object('commit', sum(xact_commit), 'rollback', sum(xact_rollback),
                                   'hit', sum(blks_hit), 'read', sum(blks_read)) FROM pg_stat_database),
 'databases', (SELECT coalesce(json_agg(json_build_object('name', datname, 'bytes', pg_database_size(oid))
                                        ORDER BY datname), '[]')
               FROM pg_database WHERE NOT datistemplate AND datallowconn AND has_database_privilege(oid, 'CONNECT')),
 'archive_mode', current_setting('archive_mode'),
 'archiver', (SELECT json_build_object('failed', failed_count, 'last_wal', last_archived_wal,
                                       'last_age', extract(epoch FROM now() - last_archived_time),
                                       'last_failed_wal', last_failed_wal) FROM pg_stat_archiver),
 'replicas', (SELECT coalesce(json_agg(json_build_object(
                'name', application_name, 'addr', host(client_addr), 'state', state, 'sync', sync_state,
                'lag_bytes', pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn()
                                                  ELSE pg_current_wal_lsn() END, replay_lsn),
                'lag_seconds', coalesce(extract(epoch FROM replay_lag), 0)) ORDER BY application_name, pid), '[]')
              FROM pg_stat_replication),
 'receiver', CASE WHEN pg_is_in_recovery() THEN (SELECT json_build_object('status', status,
                'sender', sender_host || ':' || sender_port) FROM pg_stat_wal_receiver) END,
 'own_lag_bytes', CASE WHEN pg_is_in_recovery()
                  THEN pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) END,
 'own_lag_seconds', CASE WHEN pg_is_in_recovery() THEN
                      CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                      ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END END,
 'replay_paused', CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() END
))SQL";

bool isNumber(const QJsonValue &value)
{
    return value.isDouble();
}

// Sets the metric when the value is a number; a null (a column without data) leaves it absent.
void setMetric(HealthSnapshot &snapshot, const char *name, const QJsonValue &value)
{
    if (isNumber(value))
        snapshot.metrics.insert(metricKey(name), value.toDouble());
}

void setFact(HealthSnapshot &snapshot, const QString &name, const QJsonValue &value)
{
    if (value.isString() && !value.toString().isEmpty())
        snapshot.facts.insert(name, value.toString());
}

void degrade(HealthSnapshot &snapshot, const QString &reason)
{
    snapshot.status = worseStatus(snapshot.status, HealthStatus::Degraded);
    if (snapshot.reason.isEmpty())
        snapshot.reason = reason;
    else
        snapshot.reason += u"; "_s + reason;
}

void readDatabases(const QJsonArray &databases, HealthSnapshot &snapshot)
{
    double total = 0;
    QList<HealthDetailRow> rows;
    for (const QJsonValue &value : databases) {
        const QJsonObject db = value.toObject();
        HealthDetailRow row;
        row.name = db.value(u"name"_s).toString();
        row.values.insert(u"size_bytes"_s, db.value(u"bytes"_s).toDouble());
        total += db.value(u"bytes"_s).toDouble();
        rows.append(row);
    }
    snapshot.details.insert(u"databases"_s, rows);
    snapshot.metrics.insert(metricKey(metric::kPgDatabaseBytes), total);
}

// Primary: one row per walsender (a replica or a base backup), the worst lag as the metric.
void readReplicas(const QJsonArray &replicas, HealthSnapshot &snapshot)
{
    QList<HealthDetailRow> rows;
    double worstBytes = -1;
    double worstSeconds = -1;
    for (const QJsonValue &value : replicas) {
        const QJsonObject replica = value.toObject();
        HealthDetailRow row;
        const QString addr = replica.value(u"addr"_s).toString();
        row.name = replica.value(u"name"_s).toString();
        if (row.name.isEmpty())
            row.name = addr;
        const QString state = replica.value(u"state"_s).toString();
        row.text.insert(u"state"_s, state);
        row.text.insert(u"client_addr"_s, addr);
        row.text.insert(u"sync_state"_s, replica.value(u"sync"_s).toString());
        if (isNumber(replica.value(u"lag_bytes"_s))) {
            row.values.insert(u"lag_bytes"_s, replica.value(u"lag_bytes"_s).toDouble());
            worstBytes = std::max(worstBytes, replica.value(u"lag_bytes"_s).toDouble());
        }
        row.values.insert(u"lag_seconds"_s, replica.value(u"lag_seconds"_s).toDouble());
        worstSeconds = std::max(worstSeconds, replica.value(u"lag_seconds"_s).toDouble());
        rows.append(row);
        // A base backup's walsender is not a replica that should stream.
        if (state != u"streaming"_s && state != u"backup"_s)
            degrade(snapshot,
                QCoreApplication::translate("PostgresProbe", "replica %1 is %2, not streaming").arg(row.name, state));
    }
    snapshot.details.insert(u"replicas"_s, rows);
    snapshot.metrics.insert(metricKey(metric::kPgReplicas), double(rows.size()));
    if (worstBytes >= 0)
        snapshot.metrics.insert(metricKey(metric::kPgReplicationLagBytes), worstBytes);
    if (worstSeconds >= 0)
        snapshot.metrics.insert(metricKey(metric::kPgReplicationLagSeconds), worstSeconds);
}

// Replica: its own lag behind what it received, and whether it still receives.
void readOwnReplication(const QJsonObject &state, HealthSnapshot &snapshot)
{
    setMetric(snapshot, metric::kPgReplicationLagBytes, state.value(u"own_lag_bytes"_s));
    setMetric(snapshot, metric::kPgReplicationLagSeconds, state.value(u"own_lag_seconds"_s));
    const QJsonObject receiver = state.value(u"receiver"_s).toObject();
    const QString status = receiver.value(u"status"_s).toString();
    setFact(snapshot, u"upstream"_s, receiver.value(u"sender"_s));
    if (!status.isEmpty())
        snapshot.facts.insert(u"wal_receiver"_s, status);
    if (status != u"streaming"_s)
        degrade(snapshot,
            status.isEmpty()
                ? QCoreApplication::translate("PostgresProbe", "not replicating: no WAL receiver is running")
                : QCoreApplication::translate("PostgresProbe", "not streaming from the primary (WAL receiver: %1)")
                      .arg(status));
    if (state.value(u"replay_paused"_s).toBool())
        degrade(snapshot, QCoreApplication::translate("PostgresProbe", "WAL replay is paused"));
}

} // namespace

QByteArray pollQuery()
{
    return QByteArray(kPollQuery);
}

PgCounters readPollResult(
    const QJsonObject &state, const PgCounters &previous, double secondsSincePrevious, HealthSnapshot &snapshot)
{
    snapshot.status = HealthStatus::Up;
    snapshot.reason.clear();
    const bool replica = state.value(u"in_recovery"_s).toBool();
    setFact(snapshot, u"version"_s, state.value(u"version"_s));
    snapshot.facts.insert(u"role"_s, replica ? u"replica"_s : u"primary"_s);
    if (state.value(u"server_addr"_s).isString())
        snapshot.facts.insert(u"server_address"_s,
            u"%1:%2"_s.arg(state.value(u"server_addr"_s).toString()).arg(state.value(u"server_port"_s).toInt()));
    setFact(snapshot, u"archive_mode"_s, state.value(u"archive_mode"_s));

    setMetric(snapshot, metric::kPgUptimeSeconds, state.value(u"uptime"_s));
    const double connections = state.value(u"connections"_s).toDouble();
    const double maxConnections = state.value(u"max_connections"_s).toDouble();
    snapshot.metrics.insert(metricKey(metric::kPgConnections), connections);
    snapshot.metrics.insert(metricKey(metric::kPgMaxConnections), maxConnections);
    if (maxConnections > 0)
        snapshot.metrics.insert(metricKey(metric::kPgConnectionsPercent), 100.0 * connections / maxConnections);
    setMetric(snapshot, metric::kPgLongestTransactionSeconds, state.value(u"longest_xact"_s));
    setMetric(snapshot, metric::kPgWaitingLocks, state.value(u"waiting_locks"_s));

    PgCounters counters;
    const QJsonObject xact = state.value(u"xact"_s).toObject();
    counters.commits = xact.value(u"commit"_s).toDouble();
    counters.rollbacks = xact.value(u"rollback"_s).toDouble();
    counters.blocksHit = xact.value(u"hit"_s).toDouble();
    counters.blocksRead = xact.value(u"read"_s).toDouble();
    const QJsonObject archiver = state.value(u"archiver"_s).toObject();
    counters.archiveFailures = archiver.value(u"failed"_s).toDouble();
    counters.valid = true;

    // Rates need a previous poll; a counter that went down was reset (pg_stat_reset): no rate.
    const bool rates = previous.valid && secondsSincePrevious > 0 && counters.commits >= previous.commits
        && counters.rollbacks >= previous.rollbacks;
    if (rates) {
        const double commits = (counters.commits - previous.commits) / secondsSincePrevious;
        const double rollbacks = (counters.rollbacks - previous.rollbacks) / secondsSincePrevious;
        snapshot.metrics.insert(metricKey(metric::kPgCommitsPerSecond), commits);
        snapshot.metrics.insert(metricKey(metric::kPgRollbacksPerSecond), rollbacks);
        snapshot.metrics.insert(metricKey(metric::kPgTps), commits + rollbacks);
    }
    // The hit ratio since the previous poll when blocks were touched since; else since the reset.
    double hit = counters.blocksHit;
    double read = counters.blocksRead;
    if (previous.valid && counters.blocksHit >= previous.blocksHit && counters.blocksRead >= previous.blocksRead
        && (counters.blocksHit - previous.blocksHit) + (counters.blocksRead - previous.blocksRead) > 0) {
        hit = counters.blocksHit - previous.blocksHit;
        read = counters.blocksRead - previous.blocksRead;
    }
    if (hit + read > 0)
        snapshot.metrics.insert(metricKey(metric::kPgCacheHitPercent), 100.0 * hit / (hit + read));

    readDatabases(state.value(u"databases"_s).toArray(), snapshot);
    readReplicas(state.value(u"replicas"_s).toArray(), snapshot);
    if (replica)
        readOwnReplication(state, snapshot);

    snapshot.metrics.insert(metricKey(metric::kPgArchiveFailures), counters.archiveFailures);
    setMetric(snapshot, metric::kPgLastArchiveAgeSeconds, archiver.value(u"last_age"_s));
    setFact(snapshot, u"last_archived_wal"_s, archiver.value(u"last_wal"_s));
    if (previous.valid && counters.archiveFailures > previous.archiveFailures) {
        const int failures = int(counters.archiveFailures - previous.archiveFailures);
        const QString wal = archiver.value(u"last_failed_wal"_s).toString();
        degrade(snapshot,
            QCoreApplication::translate("PostgresProbe",
                "WAL archiving failed %n time(s) since the last poll (last failed: %1)", nullptr, failures)
                .arg(wal));
    }
    return counters;
}

QString shortError(const QByteArray &libpqMessage)
{
    QString text = QString::fromUtf8(libpqMessage).trimmed();
    const qsizetype newline = text.indexOf(u'\n');
    if (newline >= 0)
        text.truncate(newline);
    // libpq 14+: 'connection to server at "host" (addr), port N failed: FATAL:  password …'
    const qsizetype failed = text.indexOf(u" failed: "_s);
    if (text.startsWith(u"connection to server"_s) && failed >= 0)
        text = text.mid(failed + 9);
    for (const QString &severity : { u"FATAL:"_s, u"ERROR:"_s, u"PANIC:"_s })
        if (text.startsWith(severity))
            text = text.mid(severity.size()).trimmed();
    text = text.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("PostgresProbe", "the connection failed without a message");
    return text;
}

} // namespace stackyard::pghealth
