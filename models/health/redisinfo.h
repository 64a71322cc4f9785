// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace stackyard::redishealth {

// INFO's "key:value" lines ("# Section" headers and blank lines skipped), as views into text
// (which must outlive the result).
using InfoFields = QHash<QByteArrayView, QByteArrayView>;
InfoFields parseInfo(QByteArrayView text);

// "ip=10.0.0.2,port=6380,state=online,offset=42,lag=0" (slaveN, dbN lines) as key/value views.
InfoFields parseFields(QByteArrayView text);

// The cumulative counters of one poll, kept for the rates of the next one.
struct RedisCounters
{
    bool valid = false;
    double commands = 0; // total_commands_processed
    double hits = 0;
    double misses = 0;
};

// Fills snapshot's metrics, facts, details, status and reason from INFO (default sections).
// previous: the counters of the previous successful poll; nowSeconds: the Unix time, for the
// age of the last RDB save. Returns this poll's counters.
RedisCounters readInfo(const InfoFields &info, const RedisCounters &previous, double secondsSincePrevious,
    qint64 nowSeconds, HealthSnapshot &snapshot);

} // namespace stackyard::redishealth
