// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logparser.h"

#include "logs/logtime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Format = ParsedLine::Format;

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// PostgreSQL's severity words ("LOG", "DEBUG3", "STATEMENT"); continuation for the ones that
// add to the message before.
bool postgresSeverity(QByteArrayView w, LogLevel *level, bool *continuation)
{
    *continuation = false;
    if (w == "LOG" || w == "INFO")
        *level = LogLevel::Info;
    else if (w == "NOTICE")
        *level = LogLevel::Notice;
    else if (w == "WARNING")
        *level = LogLevel::Warning;
    else if (w == "ERROR")
        *level = LogLevel::Error;
    else if (w == "FATAL" || w == "PANIC")
        *level = LogLevel::Fatal;
    else if (w.size() == 6 && w.startsWith("DEBUG") && w[5] >= '1' && w[5] <= '5')
        *level = LogLevel::Debug;
    else if (w == "DEBUG")
        *level = LogLevel::Debug;
    else if (w == "DETAIL" || w == "HINT" || w == "STATEMENT" || w == "CONTEXT" || w == "QUERY" || w == "LOCATION") {
        *level = LogLevel::Unknown;
        *continuation = true;
    } else
        return false;
    return true;
}

// "… SEVERITY:  message": PostgreSQL writes two spaces after the severity's colon.
bool findPostgresSeverity(QByteArrayView line, qsizetype from, LogLevel *level, bool *continuation)
{
    const qsizetype limit = std::min<qsizetype>(line.size(), from + 200);
    for (qsizetype i = from; i + 2 < limit; ++i) {
        if (line[i] != ':' || line[i + 1] != ' ' || line[i + 2] != ' ')
            continue;
        qsizetype b = i;
        while (b > from && (isUpper(line[b - 1]) || isDigit(line[b - 1])))
            --b;
        if (b < i && (b == from || line[b - 1] == ' ' || line[b - 1] == ']' || line[b - 1] == '\t')
            && postgresSeverity(line.sliced(b, i - b), level, continuation))
            return true;
    }
    return false;
}

// Common level words near the start: upper case anywhere ("ERROR", "WARN"), any case in
// brackets or after "level=" ("[error]", "level=warn").
LogLevel genericLevel(QByteArrayView line, qsizetype from)
{
    const qsizetype limit = std::min<qsizetype>(line.size(), from + 120);
    qsizetype i = from;
    while (i < limit) {
        if (!isAlpha(line[i])) {
            ++i;
            continue;
        }
        const qsizetype b = i;
        while (i < line.size() && isAlpha(line[i]))
            ++i;
        const QByteArrayView word = line.sliced(b, i - b);
        if (word.size() < 3 || word.size() > 8)
            continue;
        bool upper = true;
        for (char c : word)
            upper = upper && isUpper(c);
        const bool bracketed = b > 0 && (line[b - 1] == '[' || line[b - 1] == '=' || line[b - 1] == '<')
            && (i >= line.size() || line[i] == ']' || line[i] == ' ' || line[i] == '>' || line[i] == ',');
        if (!upper && !bracketed)
            continue;
        const QString key = QString::fromLatin1(word.data(), word.size());
        if (key.compare(u"log"_s, Qt::CaseInsensitive) == 0)
            continue; // too common a word outside PostgreSQL
        if (const auto level = logLevelFromKey(key); level && *level != LogLevel::Unknown)
            return *level;
    }
    return LogLevel::Unknown;
}

// One CSV field at pos (quoted with "" escapes or bare); pos moves past the comma.
QByteArray csvField(QByteArrayView line, qsizetype *pos)
{
    QByteArray out;
    qsizetype p = *pos;
    if (p < line.size() && line[p] == '"') {
        ++p;
        while (p < line.size()) {
            if (line[p] == '"') {
                if (p + 1 < line.size() && line[p + 1] == '"') {
                    out += '"';
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
            out += line[p++];
        }
    } else {
        const qsizetype b = p;
        while (p < line.size() && line[p] != ',')
            ++p;
        out = line.sliced(b, p - b).toByteArray();
    }
    if (p < line.size() && line[p] == ',')
        ++p;
    *pos = p;
    return out;
}

bool parseCsvlog(QByteArrayView line, qint64 time, ParsedLine *out)
{
    // log_time,user,database,pid,connection_from,session_id,session_line,command_tag,
    // session_start,vxid,txid,error_severity,sql_state,message,…
    qsizetype p = 0;
    QList<QByteArray> fields;
    while (p < line.size() && fields.size() < 14)
        fields << csvField(line, &p);
    if (fields.size() < 14)
        return false;
    LogLevel level = LogLevel::Unknown;
    bool continuation = false;
    if (!postgresSeverity(fields.at(11), &level, &continuation))
        return false;
    out->timeMs = time;
    out->level = level == LogLevel::Unknown ? LogLevel::Info : level;
    out->format = Format::PostgreSQLCsv;
    QByteArray who = fields.at(1);
    if (!fields.at(2).isEmpty())
        who += '@' + fields.at(2);
    out->text = fields.at(0) + " [" + fields.at(3) + "] " + (who.isEmpty() ? QByteArray() : who + ' ') + fields.at(11)
        + ":  " + fields.at(13);
    return true;
}

bool parseJournal(QByteArrayView line, ParsedLine *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (!o.contains(u"__REALTIME_TIMESTAMP"_s) && !o.contains(u"MESSAGE"_s))
        return false;
    out->format = Format::Journal;
    bool ok = false;
    const qint64 us = o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong(&ok);
    out->timeMs = ok ? us / 1000 : -1;
    const int priority = o.value(u"PRIORITY"_s).toString().toInt(&ok);
    out->level = ok ? logLevelFromPriority(priority) : LogLevel::Unknown;
    QByteArray message;
    const QJsonValue m = o.value(u"MESSAGE"_s);
    if (m.isArray()) { // not valid UTF-8: journalctl gives the bytes
        for (const QJsonValue &b : m.toArray())
            message += char(b.toInt());
    } else {
        message = m.toString().toUtf8();
    }
    QString ident = o.value(u"SYSLOG_IDENTIFIER"_s).toString();
    if (ident.isEmpty())
        ident = o.value(u"_COMM"_s).toString();
    const QString pid = o.value(u"_PID"_s).toString();
    QByteArray prefix = ident.toUtf8();
    if (!pid.isEmpty())
        prefix += '[' + pid.toUtf8() + ']';
    out->text = prefix.isEmpty() ? message : prefix + ": " + message;
    return true;
}

// "1234:M 01 May 2024 12:34:56.789 # message"
bool parseRedis(QByteArrayView line, int localOffset, ParsedLine *out)
{
    qsizetype p = 0;
    while (p < line.size() && isDigit(line[p]))
        ++p;
    if (p == 0 || p + 3 >= line.size() || line[p] != ':' || line[p + 2] != ' ')
        return false;
    const char role = line[p + 1];
    if (role != 'M' && role != 'S' && role != 'C' && role != 'X')
        return false;
    qsizetype end = 0;
    const qint64 t = logtime::readDayMonthYear(line, p + 3, localOffset, &end);
    if (t < 0 || end + 2 >= line.size() || line[end] != ' ' || line[end + 2] != ' ')
        return false;
    switch (line[end + 1]) {
    case '.':
        out->level = LogLevel::Debug;
        break;
    case '-':
        out->level = LogLevel::Info;
        break;
    case '*':
        out->level = LogLevel::Notice;
        break;
    case '#':
        out->level = LogLevel::Warning;
        break;
    default:
        return false;
    }
    out->timeMs = t;
    out->format = Format::Redis;
    return true;
}

// "2024/05/01 12:34:56 [error] 1234#1234: *5 message"
bool parseNginxError(QByteArrayView line, int localOffset, ParsedLine *out)
{
    qsizetype end = 0;
    const qint64 t = logtime::readSlashed(line, 0, localOffset, &end);
    if (t < 0 || end + 2 >= line.size() || line[end] != ' ' || line[end + 1] != '[')
        return false;
    const qsizetype close = line.indexOf(']', end + 2);
    if (close < 0)
        return false;
    const QString word = QString::fromLatin1(line.sliced(end + 2, close - end - 2));
    const auto level = logLevelFromKey(word);
    out->timeMs = t;
    out->level = level.value_or(LogLevel::Unknown);
    out->format = Format::NginxError;
    return true;
}

// '127.0.0.1 - - [01/May/2024:12:34:56 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8"'
bool parseNginxAccess(QByteArrayView line, ParsedLine *out)
{
    const qsizetype open = line.indexOf(" [");
    if (open < 0 || open > 200)
        return false;
    qsizetype end = 0;
    const qint64 t = logtime::readCommonLog(line, open + 2, &end);
    if (t < 0 || end + 2 >= line.size() || line[end] != ']' || line[end + 1] != ' ' || line[end + 2] != '"')
        return false;
    const qsizetype close = line.indexOf('"', end + 3);
    if (close < 0 || close + 4 >= line.size() || line[close + 1] != ' ')
        return false;
    const QByteArrayView status = line.sliced(close + 2, 3);
    if (!isDigit(status[0]) || !isDigit(status[1]) || !isDigit(status[2]))
        return false;
    out->timeMs = t;
    out->level = status[0] == '5' ? LogLevel::Error : status[0] == '4' ? LogLevel::Warning : LogLevel::Info;
    out->format = Format::NginxAccess;
    return true;
}

// Lines that begin with an ISO time: PostgreSQL stderr (…LOG:  msg), csvlog, or "time LEVEL msg".
bool parseIsoLine(QByteArrayView line, int localOffset, ParsedLine *out)
{
    qsizetype end = 0;
    const qint64 t = logtime::readIso(line, 0, localOffset, &end);
    if (t < 0)
        return false;
    if (end < line.size() && line[end] == ',' && parseCsvlog(line, t, out))
        return true;
    out->timeMs = t;
    bool continuation = false;
    LogLevel level = LogLevel::Unknown;
    if (findPostgresSeverity(line, end, &level, &continuation)) {
        out->format = Format::PostgreSQL;
        out->level = level;
        out->continuation = continuation;
        return true;
    }
    out->level = genericLevel(line, end);
    return true;
}

} // namespace

LogParser::LogParser(Hint hint)
    : mHint(hint)
    , mLocalOffset(logtime::localOffsetSeconds())
{
}

ParsedLine LogParser::parse(QByteArrayView line, Hint hint, int localOffset)
{
    ParsedLine out;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return out;
    if (hint == Hint::Compose) {
        // "service-1  | 2024-05-01T12:34:56.789012345Z message" (logs --timestamps)
        const qsizetype bar = line.indexOf(" | ");
        if (bar > 0 && bar < 100) {
            const QByteArrayView inner = line.sliced(bar + 3);
            qsizetype end = 0;
            const qint64 t = logtime::readIso(inner, 0, localOffset, &end);
            const QByteArrayView message = t >= 0 && end < inner.size() ? inner.sliced(end + 1) : inner;
            ParsedLine own = parse(message, Hint::Auto, localOffset);
            own.timeMs = t >= 0 ? t : own.timeMs;
            own.format = Format::Compose;
            own.text.clear();
            return own;
        }
    }
    const char first = line[0];
    if ((first == '{' || hint == Hint::Journal) && parseJournal(line, &out))
        return out;
    if (isDigit(first)) {
        if (parseRedis(line, localOffset, &out) || parseNginxError(line, localOffset, &out))
            return out;
        out = {};
        if (parseIsoLine(line, localOffset, &out))
            return out;
        out = {};
    }
    if (first == '\t' || first == ' ') {
        out.continuation = true; // a statement's or a stack trace's next line
        return out;
    }
    if (parseNginxAccess(line, &out))
        return out;
    out = {};
    out.level = genericLevel(line, 0);
    // PostgreSQL without a prefix (log_line_prefix = ''): "LOG:  message".
    bool continuation = false;
    LogLevel pg = LogLevel::Unknown;
    if (out.level == LogLevel::Unknown && findPostgresSeverity(line, 0, &pg, &continuation)) {
        out.level = pg;
        out.continuation = continuation;
        out.format = Format::PostgreSQL;
    }
    return out;
}

void LogParser::add(LogBatch &batch, QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    ParsedLine p = parse(line, mHint, mLocalOffset);
    if (p.timeMs < 0)
        p.timeMs = mLastTime >= 0 ? mLastTime : QDateTime::currentMSecsSinceEpoch();
    if (p.continuation && p.level == LogLevel::Unknown)
        p.level = mLastLevel;
    mLastTime = p.timeMs;
    if (!p.continuation)
        mLastLevel = p.level;
    batch.add(p.timeMs, p.level, p.text.isNull() ? line : QByteArrayView(p.text));
}

void LogParser::feed(LogBatch &batch, QByteArrayView data)
{
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            break;
        if (!mPartial.isEmpty()) {
            mPartial.append(data.sliced(start, nl - start));
            add(batch, mPartial);
            mPartial.clear();
        } else {
            add(batch, data.sliced(start, nl - start));
        }
        start = nl + 1;
    }
    if (start < data.size()) {
        mPartial.append(data.sliced(start));
        if (mPartial.size() > LogBatch::kMaxLineBytes * 4) { // a "line" without end: keep its start
            add(batch, mPartial);
            mPartial.clear();
        }
    }
}

void LogParser::flush(LogBatch &batch)
{
    if (!mPartial.isEmpty())
        add(batch, mPartial);
    mPartial.clear();
}

} // namespace stackyard
