// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/loglevel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QCoreApplication::translate("LogLevel", "Debug");
    case LogLevel::Info:
        return QCoreApplication::translate("LogLevel", "Info");
    case LogLevel::Notice:
        return QCoreApplication::translate("LogLevel", "Notice");
    case LogLevel::Warning:
        return QCoreApplication::translate("LogLevel", "Warning");
    case LogLevel::Error:
        return QCoreApplication::translate("LogLevel", "Error");
    case LogLevel::Fatal:
        return QCoreApplication::translate("LogLevel", "Fatal");
    case LogLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("LogLevel", "Unknown");
}

QString logLevelKey(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return u"debug"_s;
    case LogLevel::Info:
        return u"info"_s;
    case LogLevel::Notice:
        return u"notice"_s;
    case LogLevel::Warning:
        return u"warning"_s;
    case LogLevel::Error:
        return u"error"_s;
    case LogLevel::Fatal:
        return u"fatal"_s;
    case LogLevel::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<LogLevel> logLevelFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"debug"_s || k == u"trace"_s || k.startsWith(u"debug"_s))
        return LogLevel::Debug;
    if (k == u"info"_s || k == u"information"_s || k == u"log"_s || k == u"verbose"_s)
        return LogLevel::Info;
    if (k == u"notice"_s)
        return LogLevel::Notice;
    if (k == u"warning"_s || k == u"warn"_s)
        return LogLevel::Warning;
    if (k == u"error"_s || k == u"err"_s)
        return LogLevel::Error;
    if (k == u"fatal"_s || k == u"panic"_s || k == u"crit"_s || k == u"critical"_s || k == u"alert"_s || k == u"emerg"_s)
        return LogLevel::Fatal;
    if (k == u"unknown"_s)
        return LogLevel::Unknown;
    return std::nullopt;
}

LogLevel logLevelFromPriority(int priority)
{
    switch (priority) {
    case 0:
    case 1:
    case 2:
        return LogLevel::Fatal;
    case 3:
        return LogLevel::Error;
    case 4:
        return LogLevel::Warning;
    case 5:
        return LogLevel::Notice;
    case 6:
        return LogLevel::Info;
    case 7:
        return LogLevel::Debug;
    default:
        break;
    }
    return LogLevel::Unknown;
}

} // namespace stackyard
