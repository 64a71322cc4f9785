// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stackyard {

// The one quoting helper for POSIX shells. Every remote command is an argument vector; this
// turns it into words a POSIX sh reads back unchanged: each word in single quotes, a single
// quote inside as '\''. Spaces, quotes, $(), `…`, ;, |, newlines and non-ASCII survive as they
// are. Never paste user input into a shell string: quote it with these.
QString shellQuoteWord(const QString &word);
// The words quoted and joined by single spaces.
QString shellQuote(const QStringList &words);

} // namespace stackyard
