// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logfilter.h"

#include <QCoreApplication>

namespace stackyard {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// needle is lower case ASCII.
bool containsIgnoringAsciiCase(QByteArrayView hay, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        const char c = hay[i];
        if (c != first && c != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < n && lower(hay[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

} // namespace

Result<bool> LogFilter::validate() const
{
    if (!regex || text.isEmpty())
        return true;
    const QRegularExpression re(text);
    if (re.isValid())
        return true;
    return Error{QCoreApplication::translate("LogFilter", "Invalid regular expression: %1").arg(re.errorString()),
                 QCoreApplication::translate("LogFilter", "at character %1").arg(re.patternErrorOffset() + 1),
                 QCoreApplication::translate("LogFilter", "Turn off \"Regex\" to search for the text as written."),
                 {}};
}

LogMatcher::LogMatcher(const LogFilter &filter)
    : mFilter(filter)
{
    if (filter.regex && !filter.text.isEmpty()) {
        mRegex = QRegularExpression(filter.text, filter.caseSensitive ? QRegularExpression::NoPatternOption
                                                                      : QRegularExpression::CaseInsensitiveOption);
        mRegex.optimize();
    } else {
        for (const QChar c : filter.text)
            mAsciiNeedle = mAsciiNeedle && c.unicode() < 128;
        mNeedle = (filter.caseSensitive || !mAsciiNeedle ? filter.text : filter.text.toLower()).toUtf8();
    }
}

bool LogMatcher::matchesText(QByteArrayView utf8) const
{
    if (mFilter.text.isEmpty())
        return true;
    if (mFilter.regex)
        return mRegex.isValid() && mRegex.match(QString::fromUtf8(utf8)).hasMatch();
    if (mFilter.caseSensitive)
        return utf8.indexOf(mNeedle) >= 0;
    if (mAsciiNeedle)
        return containsIgnoringAsciiCase(utf8, mNeedle);
    return QString::fromUtf8(utf8).contains(mFilter.text, Qt::CaseInsensitive);
}

bool LogMatcher::matches(LogLevel level, QByteArrayView utf8) const
{
    if (mFilter.minimumLevel != LogLevel::Unknown && quint8(level) < quint8(mFilter.minimumLevel))
        return false;
    return matchesText(utf8);
}

} // namespace stackyard
