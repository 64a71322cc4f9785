// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"
#include "health/metricseries.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

namespace stackyard {

// The history behind the Health panel's charts: one MetricSeries per (target id, metric name),
// filled from every snapshot. Its memory is bytesPerSeries() × seriesCount() and never more
// than bytesPerSeries() × maxSeries(): when a new series would pass the cap, the series that
// was appended to least recently goes (a target that left the inventory, a metric no longer
// reported). A fleet of T targets with M metrics each needs T × M × bytesPerSeries(): 200 hosts
// and instances with 12 metrics each fit in about 26 MiB. Not thread-safe: use it on one thread.
class SeriesStore
{
public:
    static constexpr qsizetype kDefaultMaxSeries = 20000;

    explicit SeriesStore(qsizetype maxSeries = kDefaultMaxSeries);
    ~SeriesStore();

    // Records every metric of the snapshot at snapshot.at. Snapshots without metrics (a Down
    // target) add nothing: the charts show a gap.
    void append(const HealthSnapshot &snapshot);
    // One point; false when it was dropped (time went backwards, not a finite number).
    bool append(const QString &targetId, const QString &metric, qint64 msecs, double value);

    const MetricSeries *series(const QString &targetId, const QString &metric) const;
    QList<SeriesPoint> points(const QString &targetId, const QString &metric, qint64 fromMsecs, qint64 toMsecs) const;
    // The metrics recorded for a target, sorted.
    QStringList metrics(const QString &targetId) const;
    QStringList targets() const;

    void removeTarget(const QString &targetId);
    void clear();

    qsizetype seriesCount() const { return qsizetype(mSeries.size()); }
    qsizetype maxSeries() const { return mMaxSeries; }
    // What the series take: seriesCount() × bytesPerSeries().
    qsizetype memoryBytes() const { return seriesCount() * bytesPerSeries(); }
    // One series: its fixed rings, the key and the bookkeeping of the hash.
    static constexpr qsizetype bytesPerSeries() { return qsizetype(sizeof(MetricSeries)) + kKeyOverheadBytes; }

private:
    // A hash node, the key string (target id and metric name, ~64 characters) and the pointer.
    static constexpr qsizetype kKeyOverheadBytes = 192;

    static QString key(const QString &targetId, const QString &metric);
    MetricSeries *seriesFor(const QString &targetId, const QString &metric);
    void evictOldest();

    struct KeyHash
    {
        size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    std::unordered_map<QString, std::unique_ptr<MetricSeries>, KeyHash> mSeries;
    QHash<QString, QStringList> mMetricsOfTarget;
    qsizetype mMaxSeries;
};

} // namespace stackyard
