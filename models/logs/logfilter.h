// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "logs/loglevel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>

namespace stackyard {

// Which lines to show: text (plain or a regular expression, case-insensitive unless asked) and
// a lowest level (Unknown: every line, also those without a level).
struct LogFilter
{
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    LogLevel minimumLevel = LogLevel::Unknown;

    bool isActive() const { return !text.isEmpty() || minimumLevel != LogLevel::Unknown; }
    // An invalid regular expression is an Error saying where.
    Result<bool> validate() const;
    friend bool operator==(const LogFilter &, const LogFilter &) = default;
};

// A LogFilter made ready for matching UTF-8 lines fast. Use one per thread.
class LogMatcher
{
public:
    explicit LogMatcher(const LogFilter &filter);

    bool matches(LogLevel level, QByteArrayView utf8) const;
    bool matchesText(QByteArrayView utf8) const;

private:
    LogFilter mFilter;
    QRegularExpression mRegex;
    QByteArray mNeedle;      // UTF-8; lower-cased when the search ignores ASCII case
    bool mAsciiNeedle = true;
};

} // namespace stackyard
