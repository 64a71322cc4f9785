// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostpattern.h"

namespace stackyard {

bool HostPattern::matches(QStringView pattern, QStringView name)
{
    // Iterative glob with backtracking to the last '*'.
    qsizetype p = 0, n = 0, star = -1, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p].toLower() == name[n].toLower())) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool HostPattern::listMatches(const QStringList &patterns, const QString &name)
{
    bool positive = false;
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(u'!')) {
            if (matches(QStringView(pattern).mid(1), name))
                return false;
        } else if (!pattern.isEmpty() && matches(pattern, name)) {
            positive = true;
        }
    }
    return positive;
}

} // namespace stackyard
