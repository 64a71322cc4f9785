// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace stackyard {

// How a watched thing is doing. Unknown: not polled yet, or the probe could not tell (the
// reason says why). Degraded: answering, but something is wrong (a failing archiver, an
// unhealthy /health field, a replica that does not replicate).
enum class HealthStatus { Unknown, Up, Degraded, Down };

// What a probe watches.
enum class TargetKind { Postgres, Redis, Http, Host };

// One watched thing, as the inventory names it. id is stable across polls and runs:
// "postgres/pg-meta/pg-meta-1", "redis/redis-ms/redis-ms-1-6379", "http/dify/dify",
// "host/10.10.10.10".
struct HealthTarget
{
    TargetKind kind = TargetKind::Host;
    QString id;
    QString cluster;  // inventory group (pg_cluster, redis_cluster, app group); empty for hosts
    QString instance; // pg-meta-1, redis-ms-1-6379, the app name, the host key
    QString host;     // inventory host key the instance runs on
    QString address;  // what the probe connects to: "10.10.10.10:5432", a URL
};

// One named row of a per-item table inside a snapshot: a database with its size, a replica
// with its lag, a mount with its use. values holds numbers, text holds words.
struct HealthDetailRow
{
    QString name;
    QMap<QString, double> values;
    QMap<QString, QString> text;
};

// What one poll of one target saw. metrics uses the names in metricnames.h; facts holds
// words (version, role, the /health answer's fields); details holds per-item tables keyed by
// table name ("databases", "replicas", "mounts").
struct HealthSnapshot
{
    HealthTarget target;
    HealthStatus status = HealthStatus::Unknown;
    QString reason;        // why not Up: "connection refused", "password authentication failed"
    QDateTime at;          // when the poll started (UTC)
    qint64 durationMs = 0; // how long the poll took (connect included)
    QMap<QString, double> metrics;
    QMap<QString, QString> facts;
    QMap<QString, QList<HealthDetailRow>> details;

    double metric(const QString &name, double fallback = -1) const { return metrics.value(name, fallback); }
};

QString healthStatusName(HealthStatus status);       // "up", "degraded", "down", "unknown" (JSON, CLI)
QString healthStatusDisplayName(HealthStatus status); // translated, for people
QString targetKindName(TargetKind kind);             // "postgres", "redis", "http", "host"
// The worse of two statuses (Down > Degraded > Unknown > Up): a cluster's status is the worst
// of its instances'.
HealthStatus worseStatus(HealthStatus a, HealthStatus b);
// 0 up, 1 unknown, 2 degraded, 3 down: the order of worseStatus(), for sorting.
int healthSeverity(HealthStatus status);

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::HealthSnapshot)
