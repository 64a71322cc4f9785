// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/loglevel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

namespace stackyard {

// One parsed line inside a LogBatch: its time (ms since the epoch, UTC), level, and where its
// UTF-8 text lies in the batch's buffer.
struct LogLineRef
{
    qint64 timeMs = 0;
    quint32 offset = 0;
    quint32 length = 0;
    LogLevel level = LogLevel::Unknown;
};

// Lines of one source, parsed on a worker thread and handed to the model in one piece (a queued
// signal carries it; copies share the data). Texts are stored back to back in one buffer.
struct LogBatch
{
    int source = 0; // the model's source index
    QByteArray text;
    QList<LogLineRef> lines;

    // Longer lines are cut here (the model stores each line in one arena chunk).
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    void add(qint64 timeMs, LogLevel level, QByteArrayView line);
    QByteArrayView textOf(const LogLineRef &line) const { return QByteArrayView(text).sliced(line.offset, line.length); }
    qsizetype size() const { return lines.size(); }
    bool isEmpty() const { return lines.isEmpty(); }
    // Stable sort by time: a source's lines in time order (several files of one source).
    void sortByTime();
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::LogBatch)
