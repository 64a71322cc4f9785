// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/redisinfo.h"

#include "health/metrickey.h"
#include "health/metricnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace stackyard::redishealth {

namespace {

void put(HealthSnapshot &snapshot, const char *name, double value)
{
    snapshot.metrics.insert(metricKey(name), value);
}

// The number under key, when there is one.
bool number(const InfoFields &info, const char *key, double *out)
{
    const auto it = info.constFind(QByteArrayView(key));
    if (it == info.constEnd())
        return false;
    bool ok = false;
    const double value = it->toDouble(&ok);
    if (ok)
        *out = value;
    return ok;
}

void copyMetric(const InfoFields &info, const char *key, HealthSnapshot &snapshot, const char *name)
{
    double value = 0;
    if (number(info, key, &value))
        put(snapshot, name, value);
}

void copyFact(const InfoFields &info, const char *key, HealthSnapshot &snapshot, const QString &name)
{
    const QByteArrayView value = info.value(QByteArrayView(key));
    if (!value.isEmpty())
        snapshot.facts.insert(name, QString::fromUtf8(value));
}

void degrade(HealthSnapshot &snapshot, const QString &reason)
{
    snapshot.status = worseStatus(snapshot.status, HealthStatus::Degraded);
    snapshot.reason = snapshot.reason.isEmpty() ? reason : snapshot.reason + u"; "_s + reason;
}

// A primary: one row per replica (slave0, slave1, …), lag = its offset behind ours.
void readReplicas(const InfoFields &info, HealthSnapshot &snapshot)
{
    double ourOffset = 0;
    number(info, "master_repl_offset", &ourOffset);
    double count = 0;
    number(info, "connected_slaves", &count);
    put(snapshot, metric::kRedisConnectedReplicas, count);
    QList<HealthDetailRow> rows;
    double worst = -1;
    for (int i = 0;; ++i) {
        const QByteArray slave = "slave" + QByteArray::number(i);
        const auto it = info.constFind(QByteArrayView(slave));
        if (it == info.constEnd())
            break;
        const InfoFields fields = parseFields(*it);
        HealthDetailRow row;
        row.name = QString::fromUtf8(fields.value("ip")) + u':' + QString::fromUtf8(fields.value("port"));
        const QString state = QString::fromUtf8(fields.value("state"));
        row.text.insert(u"state"_s, state);
        const double offset = fields.value("offset").toDouble();
        const double lag = std::max(0.0, ourOffset - offset);
        row.values.insert(u"offset"_s, offset);
        row.values.insert(u"lag_bytes"_s, lag);
        row.values.insert(u"lag_seconds"_s, fields.value("lag").toDouble()); // since its last ACK
        worst = std::max(worst, lag);
        rows.append(row);
        if (state != u"online"_s)
            degrade(snapshot,
                QCoreApplication::translate("RedisProbe", "replica %1 is %2, not online").arg(row.name, state));
    }
    snapshot.details.insert(u"replicas"_s, rows);
    if (worst >= 0)
        put(snapshot, metric::kRedisReplicationLagBytes, worst);
}

// A replica: its link to the primary.
void readUpstream(const InfoFields &info, HealthSnapshot &snapshot)
{
    const QByteArrayView host = info.value("master_host");
    if (!host.isEmpty())
        snapshot.facts.insert(
            u"upstream"_s, QString::fromUtf8(host) + u':' + QString::fromUtf8(info.value("master_port")));
    const QString link = QString::fromUtf8(info.value("master_link_status"));
    snapshot.facts.insert(u"master_link_status"_s, link);
    copyMetric(info, "master_last_io_seconds_ago", snapshot, metric::kRedisMasterLastIoSeconds);
    if (link != u"up"_s)
        degrade(snapshot,
            QCoreApplication::translate("RedisProbe", "the link to the primary is %1")
                .arg(link.isEmpty() ? u"?"_s : link));
}

} // namespace

InfoFields parseInfo(QByteArrayView text)
{
    InfoFields out;
    out.reserve(256); // Redis 7's default sections have ~180 lines
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        out.insert(line.first(colon), line.sliced(colon + 1));
    }
    return out;
}

InfoFields parseFields(QByteArrayView text)
{
    InfoFields out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(',', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView part = text.sliced(start, end - start);
        start = end + 1;
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            out.insert(part.first(eq), part.sliced(eq + 1));
    }
    return out;
}

RedisCounters readInfo(const InfoFields &info, const RedisCounters &previous, double secondsSincePrevious,
    qint64 nowSeconds, HealthSnapshot &snapshot)
{
    snapshot.status = HealthStatus::Up;
    snapshot.reason.clear();
    copyFact(info, "redis_version", snapshot, u"version"_s);
    copyFact(info, "redis_mode", snapshot, u"mode"_s);
    copyFact(info, "maxmemory_policy", snapshot, u"maxmemory_policy"_s);
    const bool replica = info.value("role") == "slave";
    snapshot.facts.insert(u"role"_s, replica ? u"replica"_s : u"primary"_s);

    copyMetric(info, "uptime_in_seconds", snapshot, metric::kRedisUptimeSeconds);
    copyMetric(info, "connected_clients", snapshot, metric::kRedisConnectedClients);
    copyMetric(info, "evicted_keys", snapshot, metric::kRedisEvictedKeys);
    double used = 0;
    double limit = 0;
    if (number(info, "used_memory", &used))
        put(snapshot, metric::kRedisUsedMemoryBytes, used);
    if (number(info, "maxmemory", &limit)) {
        put(snapshot, metric::kRedisMaxMemoryBytes, limit);
        if (limit > 0)
            put(snapshot, metric::kRedisMemoryPercent, 100.0 * used / limit);
    }

    RedisCounters counters;
    counters.valid = number(info, "total_commands_processed", &counters.commands);
    number(info, "keyspace_hits", &counters.hits);
    number(info, "keyspace_misses", &counters.misses);
    // Operations per second from the counter's difference to the previous poll (exact over the
    // interval); the server's own instantaneous estimate only on the first poll.
    if (counters.valid && previous.valid && secondsSincePrevious > 0 && counters.commands >= previous.commands)
        put(snapshot, metric::kRedisOpsPerSecond, (counters.commands - previous.commands) / secondsSincePrevious);
    else
        copyMetric(info, "instantaneous_ops_per_sec", snapshot, metric::kRedisOpsPerSecond);
    double hits = counters.hits;
    double misses = counters.misses;
    if (previous.valid && counters.hits >= previous.hits && counters.misses >= previous.misses
        && (counters.hits - previous.hits) + (counters.misses - previous.misses) > 0) {
        hits = counters.hits - previous.hits;
        misses = counters.misses - previous.misses;
    }
    if (hits + misses > 0)
        put(snapshot, metric::kRedisHitPercent, 100.0 * hits / (hits + misses));

    double keys = 0;
    QList<HealthDetailRow> keyspaces;
    for (auto it = info.constBegin(); it != info.constEnd(); ++it) {
        if (!it.key().startsWith("db") || it.key().size() < 3 || !std::isdigit(uchar(it.key().at(2))))
            continue;
        const InfoFields fields = parseFields(it.value());
        HealthDetailRow row;
        row.name = QString::fromLatin1(it.key());
        row.values.insert(u"keys"_s, fields.value("keys").toDouble());
        row.values.insert(u"expires"_s, fields.value("expires").toDouble());
        keys += fields.value("keys").toDouble();
        keyspaces.append(row);
    }
    std::sort(keyspaces.begin(), keyspaces.end(), [](const HealthDetailRow &a, const HealthDetailRow &b) {
        return a.name.mid(2).toInt() < b.name.mid(2).toInt();
    });
    snapshot.details.insert(u"keyspaces"_s, keyspaces);
    put(snapshot, metric::kRedisKeys, keys);

    // The last RDB save: its age and whether the last background save worked (Redis refuses
    // writes after a failed one while stop-writes-on-bgsave-error is on).
    double lastSave = 0;
    if (number(info, "rdb_last_save_time", &lastSave) && lastSave > 0)
        put(snapshot, metric::kRedisLastSaveAgeSeconds, std::max(0.0, double(nowSeconds) - lastSave));
    const QByteArrayView bgsave = info.value("rdb_last_bgsave_status");
    if (!bgsave.isEmpty()) {
        put(snapshot, metric::kRedisLastSaveOk, bgsave == "ok" ? 1 : 0);
        if (bgsave != "ok")
            degrade(snapshot, QCoreApplication::translate("RedisProbe", "the last background save (RDB) failed"));
    }

    if (replica)
        readUpstream(info, snapshot);
    else
        readReplicas(info, snapshot);
    return counters;
}

} // namespace stackyard::redishealth
