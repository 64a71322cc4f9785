// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace stackyard {

// How severe a log line is, in one scale for every format (PostgreSQL's DEBUG1…PANIC, Redis's
// . - * #, nginx's debug…emerg, syslog priorities 7…0). Unknown: the line names no level.
// Ordered: a higher value is more severe (Unknown is below everything).
enum class LogLevel : quint8 { Unknown, Debug, Info, Notice, Warning, Error, Fatal };

constexpr int kLogLevelCount = 7;

// Translated name ("Warning").
QString logLevelName(LogLevel level);
// Stable key for the CLI and JSON ("warning").
QString logLevelKey(LogLevel level);
// From a key or a common spelling ("warn", "err", "crit", "panic", "emerg"), case-insensitive.
std::optional<LogLevel> logLevelFromKey(const QString &key);
// Syslog/journald PRIORITY 0…7.
LogLevel logLevelFromPriority(int priority);

} // namespace stackyard
