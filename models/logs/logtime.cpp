// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logtime.h"

#include <QDateTime>

namespace stackyard::logtime {

namespace {

bool readDigits(QByteArrayView t, qsizetype pos, int n, int *out)
{
    if (pos < 0 || pos + n > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = t[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool at(QByteArrayView t, qsizetype pos, char c)
{
    return pos < t.size() && t[pos] == c;
}

int monthFromName(QByteArrayView t, qsizetype pos)
{
    static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (pos + 3 > t.size())
        return 0;
    for (int m = 0; m < 12; ++m)
        if (t[pos] == names[m * 3] && t[pos + 1] == names[m * 3 + 1] && t[pos + 2] == names[m * 3 + 2])
            return m + 1;
    return 0;
}

bool valid(int mo, int d, int h, int mi, int s)
{
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60;
}

// ".789" / ",123" / ".123456789": milliseconds; pos advanced past the digits.
int readFraction(QByteArrayView t, qsizetype *pos)
{
    if (!(at(t, *pos, '.') || at(t, *pos, ',')) || *pos + 1 >= t.size() || t[*pos + 1] < '0' || t[*pos + 1] > '9')
        return 0;
    ++*pos;
    int ms = 0;
    int digits = 0;
    while (*pos < t.size() && t[*pos] >= '0' && t[*pos] <= '9') {
        if (digits < 3)
            ms = ms * 10 + (t[*pos] - '0');
        ++digits;
        ++*pos;
    }
    for (; digits < 3; ++digits)
        ms *= 10;
    return ms;
}

// "+08", "+0530", "+05:30", "-07:00" at pos: seconds east of UTC.
bool readOffset(QByteArrayView t, qsizetype *pos, int *seconds)
{
    if (!(at(t, *pos, '+') || at(t, *pos, '-')))
        return false;
    const int sign = t[*pos] == '-' ? -1 : 1;
    int h = 0;
    int m = 0;
    qsizetype p = *pos + 1;
    if (!readDigits(t, p, 2, &h))
        return false;
    p += 2;
    if (at(t, p, ':'))
        ++p;
    if (readDigits(t, p, 2, &m))
        p += 2;
    *seconds = sign * (h * 3600 + m * 60);
    *pos = p;
    return true;
}

// Zone abbreviations PostgreSQL's %m/%t print; a bare upper-case word after a time is more
// often a level ("INFO") than a zone.
bool isZoneName(QByteArrayView zone)
{
    static const char *const names[] = {"UTC", "GMT", "Z", "CST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "MST",
                                        "MDT", "CDT", "MSK", "JST", "KST", "IST", "HKT", "SGT", "AEST", "AEDT",
                                        "BST", "EET", "EEST", "WET", "WEST", "NZST", "NZDT", "HST", "AKST"};
    for (const char *n : names)
        if (zone == n)
            return true;
    return false;
}

} // namespace

qint64 epochMs(int year, int month, int day, int hour, int minute, int second, int ms)
{
    // Days from civil (Howard Hinnant's algorithm).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + qint64(doe) - 719468;
    return ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms;
}

int localOffsetSeconds()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}

qint64 readIso(QByteArrayView t, qsizetype pos, int localOffset, qsizetype *end)
{
    int y, mo, d, h, mi, s;
    if (!readDigits(t, pos, 4, &y) || !at(t, pos + 4, '-') || !readDigits(t, pos + 5, 2, &mo) || !at(t, pos + 7, '-')
        || !readDigits(t, pos + 8, 2, &d) || !(at(t, pos + 10, ' ') || at(t, pos + 10, 'T'))
        || !readDigits(t, pos + 11, 2, &h) || !at(t, pos + 13, ':') || !readDigits(t, pos + 14, 2, &mi)
        || !at(t, pos + 16, ':') || !readDigits(t, pos + 17, 2, &s) || !valid(mo, d, h, mi, s))
        return -1;
    qsizetype p = pos + 19;
    const int ms = readFraction(t, &p);
    int offset = localOffset;
    if (at(t, p, 'Z')) {
        offset = 0;
        ++p;
    } else if (readOffset(t, &p, &offset)) {
    } else if (at(t, p, ' ')) {
        // A zone name: "UTC", "GMT" are UTC; other abbreviations are taken as local time.
        qsizetype q = p + 1;
        while (q < t.size() && ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= 'a' && t[q] <= 'z')))
            ++q;
        const QByteArrayView zone = t.sliced(p + 1, q - p - 1);
        if (isZoneName(zone)) {
            if (zone == "UTC" || zone == "GMT" || zone == "Z")
                offset = 0;
            p = q;
            int extra = 0;
            if (readOffset(t, &p, &extra)) // "UTC+8"
                offset += extra;
        } else {
            int numeric = 0;
            qsizetype r = p + 1;
            if (readOffset(t, &r, &numeric)) {
                offset = numeric;
                p = r;
            }
        }
    }
    *end = p;
    return epochMs(y, mo, d, h, mi, s, ms) - qint64(offset) * 1000;
}

qint64 readSlashed(QByteArrayView t, qsizetype pos, int localOffset, qsizetype *end)
{
    int y, mo, d, h, mi, s;
    if (!readDigits(t, pos, 4, &y) || !at(t, pos + 4, '/') || !readDigits(t, pos + 5, 2, &mo) || !at(t, pos + 7, '/')
        || !readDigits(t, pos + 8, 2, &d) || !at(t, pos + 10, ' ') || !readDigits(t, pos + 11, 2, &h)
        || !at(t, pos + 13, ':') || !readDigits(t, pos + 14, 2, &mi) || !at(t, pos + 16, ':')
        || !readDigits(t, pos + 17, 2, &s) || !valid(mo, d, h, mi, s))
        return -1;
    *end = pos + 19;
    return epochMs(y, mo, d, h, mi, s, 0) - qint64(localOffset) * 1000;
}

qint64 readDayMonthYear(QByteArrayView t, qsizetype pos, int localOffset, qsizetype *end)
{
    int d, y, h, mi, s;
    if (!readDigits(t, pos, 2, &d) || !at(t, pos + 2, ' '))
        return -1;
    const int mo = monthFromName(t, pos + 3);
    if (mo == 0 || !at(t, pos + 6, ' ') || !readDigits(t, pos + 7, 4, &y) || !at(t, pos + 11, ' ')
        || !readDigits(t, pos + 12, 2, &h) || !at(t, pos + 14, ':') || !readDigits(t, pos + 15, 2, &mi)
        || !at(t, pos + 17, ':') || !readDigits(t, pos + 18, 2, &s) || !valid(mo, d, h, mi, s))
        return -1;
    qsizetype p = pos + 20;
    const int ms = readFraction(t, &p);
    *end = p;
    return epochMs(y, mo, d, h, mi, s, ms) - qint64(localOffset) * 1000;
}

qint64 readCommonLog(QByteArrayView t, qsizetype pos, qsizetype *end)
{
    int d, y, h, mi, s;
    if (!readDigits(t, pos, 2, &d) || !at(t, pos + 2, '/'))
        return -1;
    const int mo = monthFromName(t, pos + 3);
    if (mo == 0 || !at(t, pos + 6, '/') || !readDigits(t, pos + 7, 4, &y) || !at(t, pos + 11, ':')
        || !readDigits(t, pos + 12, 2, &h) || !at(t, pos + 14, ':') || !readDigits(t, pos + 15, 2, &mi)
        || !at(t, pos + 17, ':') || !readDigits(t, pos + 18, 2, &s) || !valid(mo, d, h, mi, s) || !at(t, pos + 20, ' '))
        return -1;
    qsizetype p = pos + 21;
    int offset = 0;
    if (!readOffset(t, &p, &offset))
        return -1;
    *end = p;
    return epochMs(y, mo, d, h, mi, s, 0) - qint64(offset) * 1000;
}

} // namespace stackyard::logtime
