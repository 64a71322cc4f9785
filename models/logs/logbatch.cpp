// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logbatch.h"

#include <algorithm>

namespace stackyard {

void LogBatch::add(qint64 timeMs, LogLevel level, QByteArrayView line)
{
    if (line.size() > kMaxLineBytes)
        line = line.first(kMaxLineBytes);
    LogLineRef ref;
    ref.timeMs = timeMs;
    ref.offset = quint32(text.size());
    ref.length = quint32(line.size());
    ref.level = level;
    text.append(line);
    lines.append(ref);
}

void LogBatch::sortByTime()
{
    if (!std::is_sorted(lines.cbegin(), lines.cend(), [](const LogLineRef &a, const LogLineRef &b) { return a.timeMs < b.timeMs; }))
        std::stable_sort(lines.begin(), lines.end(), [](const LogLineRef &a, const LogLineRef &b) { return a.timeMs < b.timeMs; });
}

} // namespace stackyard
