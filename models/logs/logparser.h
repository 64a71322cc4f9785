// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logbatch.h"
#include "logs/loglevel.h"

#include <QByteArray>
#include <QByteArrayView>

namespace stackyard {

// What one line of a log says about itself.
struct ParsedLine
{
    // Which format recognised it.
    enum class Format : quint8 { Plain, PostgreSQL, PostgreSQLCsv, Redis, NginxError, NginxAccess, Journal, Compose };

    qint64 timeMs = -1;                 // ms since the epoch (UTC); -1: the line has none
    LogLevel level = LogLevel::Unknown;
    bool continuation = false;          // belongs to the line before (PostgreSQL DETAIL/STATEMENT…, indented)
    Format format = Format::Plain;
    QByteArray text;                    // when set, the text to keep instead of the raw line (journald JSON, csvlog)
};

// Reads timestamp and level from log lines of PostgreSQL (stderr with log_line_prefix %m/%t
// [%p] …, and csvlog), Redis (pid:role dd Mon yyyy hh:mm:ss.mmm [.-*#] msg), nginx (error and
// combined access log), journald (journalctl -o json: PRIORITY, __REALTIME_TIMESTAMP, MESSAGE),
// docker compose (service | RFC 3339 time …) and common "time LEVEL msg" lines. A parser keeps
// the state of one source: a line without a time takes the previous line's, a continuation
// line its level too.
class LogParser
{
public:
    enum class Hint { Auto, Journal, Compose };

    explicit LogParser(Hint hint = Hint::Auto);

    // Stateless: one line as it stands. localOffsetSeconds for times that name no zone.
    static ParsedLine parse(QByteArrayView line, Hint hint, int localOffsetSeconds);

    // Parses line (without its newline) and appends it to batch with the time and level it gets.
    void add(LogBatch &batch, QByteArrayView line);
    // Splits data at newlines, adds each complete line, keeps an incomplete last one for later.
    void feed(LogBatch &batch, QByteArrayView data);
    // Adds what feed() kept (the stream ended without a newline).
    void flush(LogBatch &batch);

private:
    Hint mHint;
    int mLocalOffset;
    qint64 mLastTime = -1;
    LogLevel mLastLevel = LogLevel::Unknown;
    QByteArray mPartial;
};

} // namespace stackyard
