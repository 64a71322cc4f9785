// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/hoststats.h"

#include "health/metricnames.h"
#include "health/prometheustext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stackyard {

double CpuTimes::percentBetween(const CpuTimes &before, const CpuTimes &after)
{
    if (!before.isValid() || !after.isValid())
        return -1;
    const double total = after.total - before.total;
    const double busy = after.busy - before.busy;
    if (total <= 0 || busy < 0)
        return -1;
    return std::clamp(100.0 * busy / total, 0.0, 100.0);
}

QStringList HostStats::command()
{
    // Pseudo and in-memory file systems say nothing about disks filling up.
    static const char script[] = "LC_ALL=C; export LC_ALL\n"
                                 "echo @@stat; cat /proc/stat\n"
                                 "echo @@loadavg; cat /proc/loadavg\n"
                                 "echo @@meminfo; cat /proc/meminfo\n"
                                 "echo @@uptime; cat /proc/uptime\n"
                                 "echo @@df; df -P -B1 -x tmpfs -x devtmpfs -x squashfs -x ramfs -x efivarfs "
                                 "-x overlay -x nsfs -x fuse.lxcfs 2>/dev/null || true\n"
                                 "echo @@end\n";
    return { QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script) };
}

static QList<QByteArray> fields(const QByteArray &line)
{
    return line.simplified().split(' ');
}

bool HostStats::parseStat(const QByteArray &text, HostStats &out)
{
    bool found = false;
    int cpus = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("cpu ")) {
            const QList<QByteArray> f = fields(line);
            if (f.size() < 5)
                return false;
            // user nice system idle iowait irq softirq steal (guest is counted in user)
            double total = 0;
            for (qsizetype i = 1; i < std::min<qsizetype>(f.size(), 9); ++i)
                total += f.at(i).toDouble();
            const double idle = f.at(4).toDouble() + (f.size() > 5 ? f.at(5).toDouble() : 0);
            out.cpu = { total - idle, total };
            found = true;
        } else if (line.startsWith("cpu")) {
            ++cpus;
        }
    }
    out.cpuCount = cpus;
    return found;
}

bool HostStats::parseLoadAvg(const QByteArray &text, HostStats &out)
{
    const QList<QByteArray> f = fields(text);
    if (f.size() < 3)
        return false;
    bool ok1 = false, ok5 = false, ok15 = false;
    out.load1 = f.at(0).toDouble(&ok1);
    out.load5 = f.at(1).toDouble(&ok5);
    out.load15 = f.at(2).toDouble(&ok15);
    return ok1 && ok5 && ok15;
}

bool HostStats::parseMemInfo(const QByteArray &text, HostStats &out)
{
    QHash<QByteArray, qint64> kb;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QList<QByteArray> f = fields(line.mid(colon + 1));
        bool ok = false;
        const qint64 value = f.value(0).toLongLong(&ok);
        if (ok)
            kb.insert(line.left(colon), f.value(1) == "kB" ? value * 1024 : value);
    }
    if (!kb.contains("MemTotal"))
        return false;
    out.memTotalBytes = kb.value("MemTotal");
    // Kernels before 3.14 have no MemAvailable: free + buffers + page cache comes close.
    out.memAvailableBytes = kb.contains("MemAvailable")
        ? kb.value("MemAvailable")
        : kb.value("MemFree") + kb.value("Buffers") + kb.value("Cached");
    out.swapTotalBytes = kb.value("SwapTotal", 0);
    out.swapFreeBytes = kb.value("SwapFree", 0);
    return true;
}

bool HostStats::parseUptime(const QByteArray &text, HostStats &out)
{
    bool ok = false;
    const double seconds = fields(text).value(0).toDouble(&ok);
    if (ok)
        out.uptimeSeconds = seconds;
    return ok;
}

QList<MountUsage> HostStats::parseDf(const QByteArray &text)
{
    // Filesystem 1-blocks Used Available Capacity Mounted-on; the mount point may hold spaces.
    static const QRegularExpression row(
        QStringLiteral("^(.*\\S)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+%|-)\\s+(/.*)$"));
    QList<MountUsage> out;
    for (const QByteArray &line : text.split('\n')) {
        const QRegularExpressionMatch m = row.match(QString::fromUtf8(line).trimmed());
        if (!m.hasMatch())
            continue;
        MountUsage u;
        u.filesystem = m.captured(1);
        u.sizeBytes = m.captured(2).toLongLong();
        u.usedBytes = m.captured(3).toLongLong();
        u.availableBytes = m.captured(4).toLongLong();
        u.mountPoint = m.captured(6);
        if (u.sizeBytes <= 0)
            continue;
        const qint64 usable = u.usedBytes + u.availableBytes;
        u.percent = usable > 0 ? 100.0 * double(u.usedBytes) / double(usable) : 0;
        out.append(u);
    }
    return out;
}

Result<HostStats> HostStats::parse(const QByteArray &output)
{
    QHash<QByteArray, QByteArray> sections;
    QByteArray current;
    bool ended = false;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("@@")) {
            current = line.mid(2).trimmed();
            if (current == "end")
                ended = true;
            sections.insert(current, {});
            continue;
        }
        if (!current.isEmpty())
            sections[current].append(line).append('\n');
    }
    const QString where = QCoreApplication::translate("HostStats", "host statistics");
    if (!ended)
        return Error { QCoreApplication::translate(
                           "HostStats", "the output of the host statistics command was cut short"),
            where, {}, {} };
    HostStats stats;
    if (!parseStat(sections.value("stat"), stats))
        return Error { QCoreApplication::translate("HostStats", "no /proc/stat on this host"), where,
            QCoreApplication::translate(
                "HostStats", "host statistics are read from /proc: only Linux hosts are supported"),
            {} };
    if (!parseMemInfo(sections.value("meminfo"), stats))
        return Error { QCoreApplication::translate("HostStats", "no MemTotal in /proc/meminfo"), where, {}, {} };
    parseLoadAvg(sections.value("loadavg"), stats);
    parseUptime(sections.value("uptime"), stats);
    stats.mounts = parseDf(sections.value("df"));
    return stats;
}

Result<HostStats> HostStats::fromNodeExporter(const PrometheusDocument &doc)
{
    HostStats stats;
    const QString cpuName = QStringLiteral("node_cpu_seconds_total");
    const auto cpuSamples = doc.find(cpuName);
    if (cpuSamples.isEmpty() && !doc.contains(QStringLiteral("node_memory_MemTotal_bytes"))) {
        return Error { QCoreApplication::translate("HostStats", "the exporter serves no node_exporter metrics"),
            QCoreApplication::translate("HostStats", "host statistics"), {}, {} };
    }
    QSet<QString> cpus;
    double total = 0, idle = 0;
    for (const PrometheusSample *s : cpuSamples) {
        if (std::isnan(s->value))
            continue;
        cpus.insert(s->label(QStringLiteral("cpu")));
        total += s->value;
        const QString mode = s->label(QStringLiteral("mode"));
        if (mode == u"idle" || mode == u"iowait")
            idle += s->value;
    }
    if (total > 0)
        stats.cpu = { total - idle, total };
    stats.cpuCount = int(cpus.size());
    stats.load1 = doc.value(QStringLiteral("node_load1")).value_or(-1);
    stats.load5 = doc.value(QStringLiteral("node_load5")).value_or(-1);
    stats.load15 = doc.value(QStringLiteral("node_load15")).value_or(-1);
    stats.memTotalBytes = qint64(doc.value(QStringLiteral("node_memory_MemTotal_bytes")).value_or(-1));
    stats.memAvailableBytes = qint64(doc.value(QStringLiteral("node_memory_MemAvailable_bytes")).value_or(-1));
    stats.swapTotalBytes = qint64(doc.value(QStringLiteral("node_memory_SwapTotal_bytes")).value_or(-1));
    stats.swapFreeBytes = qint64(doc.value(QStringLiteral("node_memory_SwapFree_bytes")).value_or(-1));
    const auto boot = doc.value(QStringLiteral("node_boot_time_seconds"));
    const auto now = doc.value(QStringLiteral("node_time_seconds"));
    if (boot && now)
        stats.uptimeSeconds = *now - *boot;

    static const QSet<QString> pseudo = { QStringLiteral("tmpfs"), QStringLiteral("devtmpfs"),
        QStringLiteral("squashfs"), QStringLiteral("ramfs"), QStringLiteral("overlay"), QStringLiteral("nsfs"),
        QStringLiteral("efivarfs"), QStringLiteral("fuse.lxcfs") };
    for (const PrometheusSample *size : doc.find(QStringLiteral("node_filesystem_size_bytes"))) {
        if (pseudo.contains(size->label(QStringLiteral("fstype"))) || size->value <= 0)
            continue;
        const PrometheusDocument::LabelFilter same
            = { { QStringLiteral("mountpoint"), size->label(QStringLiteral("mountpoint")) },
                  { QStringLiteral("device"), size->label(QStringLiteral("device")) } };
        MountUsage u;
        u.filesystem = size->label(QStringLiteral("device"));
        u.mountPoint = size->label(QStringLiteral("mountpoint"));
        u.sizeBytes = qint64(size->value);
        u.availableBytes = qint64(doc.value(QStringLiteral("node_filesystem_avail_bytes"), same).value_or(0));
        const qint64 free
            = qint64(doc.value(QStringLiteral("node_filesystem_free_bytes"), same).value_or(u.availableBytes));
        u.usedBytes = u.sizeBytes - free;
        const qint64 usable = u.usedBytes + u.availableBytes;
        u.percent = usable > 0 ? 100.0 * double(u.usedBytes) / double(usable) : 0;
        stats.mounts.append(u);
    }
    return stats;
}

double HostStats::memoryPercent() const
{
    if (memTotalBytes <= 0 || memAvailableBytes < 0)
        return -1;
    return 100.0 * double(memTotalBytes - memAvailableBytes) / double(memTotalBytes);
}

double HostStats::swapPercent() const
{
    if (swapTotalBytes < 0)
        return -1;
    if (swapTotalBytes == 0)
        return 0;
    return 100.0 * double(swapTotalBytes - swapFreeBytes) / double(swapTotalBytes);
}

double HostStats::diskPercent() const
{
    double fullest = -1;
    for (const MountUsage &m : mounts)
        fullest = std::max(fullest, m.percent);
    return fullest;
}

void HostStats::fill(HealthSnapshot &snapshot, const CpuTimes &previous) const
{
    const auto put = [&](const char *name, double value) {
        if (value >= 0)
            snapshot.metrics.insert(QString::fromLatin1(name), value);
    };
    put(metric::kHostCpuPercent, CpuTimes::percentBetween(previous, cpu));
    put(metric::kHostLoad1, load1);
    put(metric::kHostLoad5, load5);
    put(metric::kHostLoad15, load15);
    put(metric::kHostMemoryPercent, memoryPercent());
    put(metric::kHostMemoryTotalBytes, double(memTotalBytes));
    put(metric::kHostSwapPercent, swapPercent());
    put(metric::kHostDiskPercent, diskPercent());
    put(metric::kHostUptimeSeconds, uptimeSeconds);
    if (cpuCount > 0)
        snapshot.facts.insert(QStringLiteral("cpus"), QString::number(cpuCount));
    QList<HealthDetailRow> rows;
    for (const MountUsage &m : mounts) {
        HealthDetailRow row;
        row.name = m.mountPoint;
        row.values.insert(QStringLiteral("size_bytes"), double(m.sizeBytes));
        row.values.insert(QStringLiteral("used_bytes"), double(m.usedBytes));
        row.values.insert(QStringLiteral("available_bytes"), double(m.availableBytes));
        row.values.insert(QStringLiteral("percent"), m.percent);
        row.text.insert(QStringLiteral("filesystem"), m.filesystem);
        rows.append(row);
    }
    if (!rows.isEmpty())
        snapshot.details.insert(QStringLiteral("mounts"), rows);
}

} // namespace stackyard
