// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/seriesstore.h"

#include <algorithm>

namespace stackyard {

SeriesStore::SeriesStore(qsizetype maxSeries)
    : mMaxSeries(std::max<qsizetype>(1, maxSeries))
{ }

SeriesStore::~SeriesStore() = default;

QString SeriesStore::key(const QString &targetId, const QString &metric)
{
    return targetId + QChar(0x1f) + metric;
}

void SeriesStore::append(const HealthSnapshot &snapshot)
{
    if (!snapshot.at.isValid())
        return;
    const qint64 at = snapshot.at.toMSecsSinceEpoch();
    for (auto it = snapshot.metrics.constBegin(); it != snapshot.metrics.constEnd(); ++it)
        append(snapshot.target.id, it.key(), at, it.value());
}

bool SeriesStore::append(const QString &targetId, const QString &metric, qint64 msecs, double value)
{
    return seriesFor(targetId, metric)->append(msecs, value);
}

MetricSeries *SeriesStore::seriesFor(const QString &targetId, const QString &metric)
{
    const QString k = key(targetId, metric);
    if (const auto it = mSeries.find(k); it != mSeries.end())
        return it->second.get();
    if (seriesCount() >= mMaxSeries)
        evictOldest();
    auto created = std::make_unique<MetricSeries>();
    MetricSeries *raw = created.get();
    mSeries.emplace(k, std::move(created));
    QStringList &names = mMetricsOfTarget[targetId];
    names.insert(std::lower_bound(names.begin(), names.end(), metric), metric);
    return raw;
}

void SeriesStore::evictOldest()
{
    auto oldest = mSeries.end();
    for (auto it = mSeries.begin(); it != mSeries.end(); ++it) {
        if (oldest == mSeries.end() || it->second->lastAppendMsecs() < oldest->second->lastAppendMsecs())
            oldest = it;
    }
    if (oldest == mSeries.end())
        return;
    const QString k = oldest->first;
    const qsizetype split = k.indexOf(QChar(0x1f));
    const QString targetId = k.left(split);
    QStringList &names = mMetricsOfTarget[targetId];
    names.removeOne(k.mid(split + 1));
    if (names.isEmpty())
        mMetricsOfTarget.remove(targetId);
    mSeries.erase(oldest);
}

const MetricSeries *SeriesStore::series(const QString &targetId, const QString &metric) const
{
    const auto it = mSeries.find(key(targetId, metric));
    return it == mSeries.end() ? nullptr : it->second.get();
}

QList<SeriesPoint> SeriesStore::points(
    const QString &targetId, const QString &metric, qint64 fromMsecs, qint64 toMsecs) const
{
    const MetricSeries *s = series(targetId, metric);
    return s ? s->points(fromMsecs, toMsecs) : QList<SeriesPoint>();
}

QStringList SeriesStore::metrics(const QString &targetId) const
{
    return mMetricsOfTarget.value(targetId);
}

QStringList SeriesStore::targets() const
{
    QStringList out = mMetricsOfTarget.keys();
    out.sort();
    return out;
}

void SeriesStore::removeTarget(const QString &targetId)
{
    const QStringList names = mMetricsOfTarget.take(targetId);
    for (const QString &metric : names)
        mSeries.erase(key(targetId, metric));
}

void SeriesStore::clear()
{
    mSeries.clear();
    mMetricsOfTarget.clear();
}

} // namespace stackyard
