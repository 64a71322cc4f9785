// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/metricseries.h"

#include <cmath>

namespace stackyard {

MetricSeries::MetricSeries()
{
    int offset = 0;
    for (int i = 0; i < kTierCount; ++i) {
        mRings[i].start = offset;
        offset += kTiers[i].capacity;
    }
}

bool MetricSeries::append(qint64 msecs, double value)
{
    if (!std::isfinite(value) || (mLastMs >= 0 && msecs < mLastMs))
        return false;
    if (mBaseMs < 0)
        mBaseMs = msecs;
    // Tenths of a second in 31 bits last 6.8 years; a series older than that starts over.
    if ((msecs - mBaseMs) / 100 > std::numeric_limits<qint32>::max()) {
        *this = MetricSeries();
        mBaseMs = msecs;
    }
    mLastMs = msecs;
    mLastValue = float(value);
    store(0, msecs, value);
    for (int i = 1; i < kTierCount; ++i) {
        Ring &r = mRings[i];
        const qint64 bucket = msecs / kTiers[i].bucketMs;
        if (r.samples > 0 && bucket != r.bucket) {
            store(i, r.bucket * kTiers[i].bucketMs, r.sum / r.samples);
            r.sum = 0;
            r.samples = 0;
        }
        r.bucket = bucket;
        r.sum += value;
        ++r.samples;
    }
    return true;
}

void MetricSeries::store(int tier, qint64 msecs, double value)
{
    Ring &r = mRings[tier];
    const int capacity = kTiers[tier].capacity;
    Stored &slot = mPoints[r.start + r.head];
    if (r.count == capacity) {
        // The oldest point goes: from now on this tier holds everything after it only.
        const qint64 evicted = timeOf(slot);
        r.coveredFromMs = kTiers[tier].bucketMs == 0 ? evicted + 1 : evicted + kTiers[tier].bucketMs;
    } else {
        ++r.count;
    }
    // A bucket may start before the first point (mBaseMs); clamp to the base.
    slot.tenths = qint32(std::max<qint64>(0, msecs - mBaseMs) / 100);
    slot.value = float(value);
    r.head = (r.head + 1) % capacity;
}

int MetricSeries::tierFor(qint64 fromMsecs) const
{
    for (int i = 0; i < kTierCount; ++i) {
        if (fromMsecs >= mRings[i].coveredFromMs)
            return i;
    }
    return kTierCount - 1;
}

QList<SeriesPoint> MetricSeries::points(qint64 fromMsecs, qint64 toMsecs) const
{
    QList<SeriesPoint> out;
    if (isEmpty() || toMsecs < fromMsecs)
        return out;
    const int tier = tierFor(fromMsecs);
    const Ring &r = mRings[tier];
    const int capacity = kTiers[tier].capacity;
    const int bucketMs = kTiers[tier].bucketMs;
    const int oldest = (r.head - r.count + capacity) % capacity;
    for (int n = 0; n < r.count; ++n) {
        const Stored &s = mPoints[r.start + (oldest + n) % capacity];
        const qint64 t = timeOf(s);
        // A bucket that began before the window but reaches into it belongs to it.
        if (t > toMsecs)
            break;
        if (t + std::max(bucketMs, 1) <= fromMsecs)
            continue;
        out.append({ t, double(s.value) });
    }
    if (bucketMs > 0 && r.samples > 0) {
        const qint64 t = r.bucket * bucketMs;
        if (t <= toMsecs && t + bucketMs > fromMsecs)
            out.append({ t, r.sum / r.samples });
    }
    return out;
}

std::optional<SeriesPoint> MetricSeries::latest() const
{
    if (isEmpty())
        return std::nullopt;
    return SeriesPoint { mLastMs, double(mLastValue) };
}

} // namespace stackyard
