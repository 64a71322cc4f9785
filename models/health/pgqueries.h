// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace stackyard::pghealth {

// The one statement a PostgreSQL probe sends per poll: a single row, a single JSON column
// with everything (version, role, activity, counters, sizes, replication, archiver). It
// works on a primary and on a replica (no function that fails during recovery is reached
// there) and needs pg_monitor or a superuser to see every row.
QByteArray pollQuery();

// The cumulative counters of one poll, kept for the rates of the next one.
struct PgCounters
{
    bool valid = false;
    double commits = 0;
    double rollbacks = 0;
    double blocksHit = 0;
    double blocksRead = 0;
    double archiveFailures = 0;
};

// Fills snapshot's metrics, facts, details, status and reason from the poll query's JSON.
// previous: the counters of the previous successful poll (rates need it and seconds > 0).
// Returns this poll's counters.
PgCounters readPollResult(
    const QJsonObject &state, const PgCounters &previous, double secondsSincePrevious, HealthSnapshot &snapshot);

// libpq's error message cut to what a person needs: the first line, without the
// "connection to server at … failed:" prefix and the severity ("FATAL:  ").
QString shortError(const QByteArray &libpqMessage);

} // namespace stackyard::pghealth
