// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace stackyard::logtime {

// Fast timestamp reading for log lines (no QDateTime per line). Each reader starts at text[pos],
// returns the time in ms since the epoch (UTC) or -1, and on success sets *end past what it read.
// localOffsetSeconds is used when the text names no zone (or a zone name other than UTC/GMT).

// "2024-05-01 12:34:56[.789][ UTC|+08|+05:30]" or with 'T' and 'Z' (ISO 8601 / RFC 3339,
// fractions up to nanoseconds).
qint64 readIso(QByteArrayView text, qsizetype pos, int localOffsetSeconds, qsizetype *end);
// "2024/05/01 12:34:56" (nginx error log), local time.
qint64 readSlashed(QByteArrayView text, qsizetype pos, int localOffsetSeconds, qsizetype *end);
// "01 May 2024 12:34:56.789" (Redis), local time.
qint64 readDayMonthYear(QByteArrayView text, qsizetype pos, int localOffsetSeconds, qsizetype *end);
// "01/May/2024:12:34:56 +0000" (nginx access log).
qint64 readCommonLog(QByteArrayView text, qsizetype pos, qsizetype *end);

// ms since the epoch of a civil UTC time.
qint64 epochMs(int year, int month, int day, int hour, int minute, int second, int ms);
// This machine's current offset from UTC, in seconds.
int localOffsetSeconds();

} // namespace stackyard::logtime
