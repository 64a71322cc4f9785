// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/shellquote.h"

using namespace Qt::StringLiterals;

namespace stackyard {

QString shellQuoteWord(const QString &word)
{
    QString quoted;
    quoted.reserve(word.size() + 2);
    quoted += u'\'';
    for (const QChar c : word) {
        if (c == u'\'')
            quoted += u"'\\''"_s;
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellQuote(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted << shellQuoteWord(word);
    return quoted.join(u' ');
}

} // namespace stackyard
