// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/postgres/pgconfig.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(std::max<qint64>(1, bytes / (1024 * 1024))) + u"MB"_s;
}

int autoConnections(const QString &profile)
{
    if (profile == u"olap"_s)
        return 200;
    if (profile == u"tiny"_s)
        return 100;
    return 500; // oltp, crit
}

} // namespace

QString PgConfig::expandListen(const QString &listen, const QString &hostAddress, const QString &vip)
{
    QStringList out;
    for (QString part : listen.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        part.replace(u"${ip}"_s, hostAddress).replace(u"${lo}"_s, u"127.0.0.1"_s).replace(u"${vip}"_s, vip);
        if (!part.isEmpty() && !part.contains(u"${"_s) && !out.contains(part))
            out << part;
    }
    return out.isEmpty() ? u"localhost"_s : out.join(u',');
}

QList<QPair<QString, QString>> PgConfig::settings(const Input &in)
{
    const qint64 mem = in.memoryBytes > 0 ? in.memoryBytes : qint64(1) << 30;
    bool numeric = false;
    const int configured = in.maxConnections.toInt(&numeric);
    const int maxConnections = numeric && configured > 0 ? configured : autoConnections(in.profile);
    const double ratio = std::clamp(in.sharedBufferRatio, 0.1, 0.4);
    const qint64 sharedBuffers = qint64(double(mem) * ratio);
    const qint64 cache = std::max<qint64>(mem - sharedBuffers, mem / 2);
    const qint64 maintenance = std::min<qint64>(mem / 16, qint64(2) << 30);
    const qint64 work = std::clamp<qint64>((mem - sharedBuffers) / (qint64(maxConnections) * 3), 4 << 20, 256 << 20);
    const int cores = std::max(1, in.cores);

    QList<QPair<QString, QString>> s{
        {u"listen_addresses"_s, in.listen},
        {u"port"_s, QString::number(in.port)},
        {u"max_connections"_s, QString::number(maxConnections)},
        {u"superuser_reserved_connections"_s, u"10"_s},
        {u"password_encryption"_s, in.passwordEncryption == u"md5"_s ? u"md5"_s : u"scram-sha-256"_s},
        {u"shared_buffers"_s, megabytes(sharedBuffers)},
        {u"effective_cache_size"_s, megabytes(cache)},
        {u"maintenance_work_mem"_s, megabytes(maintenance)},
        {u"work_mem"_s, megabytes(work)},
        {u"max_worker_processes"_s, QString::number(std::max(8, cores * 2))},
        {u"max_parallel_workers"_s, QString::number(cores)},
        {u"max_parallel_workers_per_gather"_s, QString::number(in.profile == u"olap"_s ? std::max(1, cores / 2) : 0)},
        {u"random_page_cost"_s, in.storageType == u"HDD"_s ? u"4"_s : u"1.1"_s},
        {u"effective_io_concurrency"_s, in.storageType == u"HDD"_s ? u"2"_s : u"200"_s},
        {u"wal_level"_s, u"replica"_s},
        {u"max_wal_senders"_s, u"16"_s},
        {u"max_replication_slots"_s, u"16"_s},
        {u"wal_keep_size"_s, megabytes(std::min<qint64>(mem / 4, qint64(4) << 30))},
        {u"max_wal_size"_s, in.profile == u"tiny"_s ? u"1GB"_s : u"4GB"_s},
        {u"min_wal_size"_s, in.profile == u"tiny"_s ? u"80MB"_s : u"1GB"_s},
        {u"checkpoint_completion_target"_s, u"0.9"_s},
        {u"hot_standby"_s, u"on"_s},
        {u"hot_standby_feedback"_s, u"on"_s},
        {u"wal_log_hints"_s, u"on"_s},
        {u"log_min_duration_statement"_s, in.profile == u"crit"_s ? u"100"_s : u"1000"_s},
        {u"log_checkpoints"_s, u"on"_s},
        {u"log_lock_waits"_s, u"on"_s},
        {u"log_line_prefix"_s, u"%m [%p] %q%u@%d "_s},
        {u"track_io_timing"_s, u"on"_s},
    };
    if (!in.libraries.trimmed().isEmpty())
        s.append({u"shared_preload_libraries"_s, in.libraries.trimmed()});
    for (const auto &param : in.parameters) {
        const QString &key = param.first;
        const auto it = std::find_if(s.begin(), s.end(), [&key](const auto &p) { return p.first == key; });
        if (it != s.end())
            it->second = param.second;
        else
            s.append({key, param.second});
    }
    return s;
}

QString PgConfig::render(const Input &input)
{
    QString out = u"# Written by Stackyard from the inventory (pg_port, pg_listen, pg_conf, pg_max_conn,\n"
                  u"# pg_shared_buffer_ratio, pg_libs, pg_parameters) and the host's %1 memory and %2 cores.\n"
                  u"# Do not edit: provision again to change it.\n"_s.arg(megabytes(input.memoryBytes)).arg(input.cores);
    for (const auto &[key, value] : settings(input)) {
        QString v = value;
        v.replace(u'\'', u"''"_s);
        out += u"%1 = '%2'\n"_s.arg(key, v);
    }
    return out;
}

bool PgConfig::needsRestart(const QString &name)
{
    static const QStringList restart{u"listen_addresses"_s, u"port"_s, u"max_connections"_s,
                                     u"superuser_reserved_connections"_s, u"shared_buffers"_s,
                                     u"max_worker_processes"_s, u"wal_level"_s, u"max_wal_senders"_s,
                                     u"max_replication_slots"_s, u"hot_standby"_s, u"wal_log_hints"_s,
                                     u"shared_preload_libraries"_s, u"track_commit_timestamp"_s,
                                     u"max_prepared_transactions"_s, u"max_locks_per_transaction"_s};
    return restart.contains(name);
}

} // namespace stackyard
