// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <array>
#include <limits>
#include <optional>

namespace stackyard {

struct SeriesPoint
{
    qint64 msecs = 0; // UTC milliseconds since the epoch
    double value = 0;
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// One metric of one target over time, in a fixed amount of memory: rings of fixed capacity, one
// per tier, each point 8 bytes (time in tenths of a second from the first point, value as float).
//   tier 0: the raw points, the last 320 (5 min at one poll a second, longer at slower polls)
//   tier 1: 10 s averages, 370 of them (1 h)
//   tier 2: 1 min averages, 370 of them (6 h)
//   tier 3: 5 min averages, 300 of them (25 h)
// Every append goes to every tier; an aggregated tier keeps the bucket being filled aside and
// stores its average when the next bucket starts. Nothing grows after construction: a day of
// points costs what a minute costs. Times must not go backwards (such a point is dropped); NaN
// and infinite values are dropped.
class MetricSeries
{
public:
    struct Tier
    {
        int bucketMs; // 0: raw points
        int capacity;
    };
    static constexpr int kTierCount = 4;
    static constexpr std::array<Tier, kTierCount> kTiers { { { 0, 320 }, { 10'000, 370 }, { 60'000, 370 },
        { 300'000, 300 } } };

    MetricSeries();

    // False when the point was dropped (older than the last one, not finite).
    bool append(qint64 msecs, double value);

    // The points in [fromMsecs, toMsecs] from the finest tier that still holds everything since
    // fromMsecs (the coarsest when none does). An aggregated tier's point is the average of its
    // bucket, at the bucket's start; the bucket being filled is included.
    QList<SeriesPoint> points(qint64 fromMsecs, qint64 toMsecs) const;
    // The tier points() reads for a window starting at fromMsecs.
    int tierFor(qint64 fromMsecs) const;
    // How many points tier i holds now (the bucket being filled not counted).
    int size(int tier) const { return mRings[tier].count; }

    std::optional<SeriesPoint> latest() const;
    // -1 before the first append.
    qint64 lastAppendMsecs() const { return mLastMs; }
    bool isEmpty() const { return mLastMs < 0; }

    static constexpr int kTotalCapacity
        = kTiers[0].capacity + kTiers[1].capacity + kTiers[2].capacity + kTiers[3].capacity;
    static constexpr int totalCapacity() { return kTotalCapacity; }

private:
    struct Stored
    {
        qint32 tenths; // tenths of a second since mBaseMs
        float value;
    };
    struct Ring
    {
        int start = 0; // offset of the ring in mPoints
        int head = 0; // next slot written
        int count = 0;
        qint64 coveredFromMs = std::numeric_limits<qint64>::min(); // holds everything from here on
        // The bucket being filled (aggregated tiers).
        qint64 bucket = -1;
        double sum = 0;
        int samples = 0;
    };

    void store(int tier, qint64 msecs, double value);
    qint64 timeOf(const Stored &s) const { return mBaseMs + qint64(s.tenths) * 100; }

    std::array<Stored, kTotalCapacity> mPoints {};
    std::array<Ring, kTierCount> mRings {};
    qint64 mBaseMs = -1;
    qint64 mLastMs = -1;
    float mLastValue = 0;
};

} // namespace stackyard
