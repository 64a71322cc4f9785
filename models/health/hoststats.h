// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthtypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stackyard {

class PrometheusDocument;

// Cumulative CPU time of all CPUs (jiffies from /proc/stat, seconds from node_exporter): the
// CPU % of an interval is the busy share of the difference between two readings.
struct CpuTimes
{
    double busy = 0;
    double total = 0;
    bool isValid() const { return total > 0; }
    // -1 when it cannot be told (no earlier reading, a counter reset, no time between them).
    static double percentBetween(const CpuTimes &before, const CpuTimes &after);
};

struct MountUsage
{
    QString filesystem; // "/dev/sda1"
    QString mountPoint; // "/data"
    qint64 sizeBytes = 0;
    qint64 usedBytes = 0;
    qint64 availableBytes = 0;
    double percent = 0; // used / (used + available), as df's Capacity
};

// What one look at a Linux host saw: /proc/stat, /proc/loadavg, /proc/meminfo, /proc/uptime and
// df, read by command() in one run; or the same figures from a node_exporter scrape. Values not
// seen stay -1.
struct HostStats
{
    CpuTimes cpu;
    int cpuCount = 0;
    double load1 = -1;
    double load5 = -1;
    double load15 = -1;
    qint64 memTotalBytes = -1;
    qint64 memAvailableBytes = -1;
    qint64 swapTotalBytes = -1;
    qint64 swapFreeBytes = -1;
    double uptimeSeconds = -1;
    QList<MountUsage> mounts;

    // The one command a host poll runs: sh -c with a fixed script (no user input in it) that
    // prints each source after a "@@name" line and ends with "@@end".
    static QStringList command();
    // Parses command()'s output. An Error when it is not a Linux host's (no /proc/stat) or
    // was cut short (no "@@end").
    static Result<HostStats> parse(const QByteArray &output);
    // The same figures from node_exporter's node_cpu_seconds_total, node_load*, node_memory_*,
    // node_filesystem_* (real file systems only), node_boot_time_seconds and node_time_seconds.
    static Result<HostStats> fromNodeExporter(const PrometheusDocument &doc);

    // Parsers of the single sources, for tests.
    static bool parseStat(const QByteArray &text, HostStats &out);
    static bool parseLoadAvg(const QByteArray &text, HostStats &out);
    static bool parseMemInfo(const QByteArray &text, HostStats &out);
    static bool parseUptime(const QByteArray &text, HostStats &out);
    static QList<MountUsage> parseDf(const QByteArray &text);

    double memoryPercent() const;
    double swapPercent() const;
    // The fullest mount's percent; -1 without mounts.
    double diskPercent() const;

    // Writes the host.* metrics, the "mounts" details and the "cpus" fact into snapshot;
    // host.cpu_percent only when previous is a valid earlier reading.
    void fill(HealthSnapshot &snapshot, const CpuTimes &previous) const;
};

} // namespace stackyard
