// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/loglevel.h"

#include <QByteArrayView>

#include <deque>
#include <memory>
#include <vector>

namespace stackyard {

// One stored line: 24 bytes, its text in the store's arena.
struct LogRecord
{
    qint64 timeMs = 0;
    quint32 chunk = 0;  // arena chunk id
    quint32 offset = 0; // in the chunk
    quint32 length = 0;
    quint16 source = 0;
    LogLevel level = LogLevel::Unknown;
};
static_assert(sizeof(LogRecord) == 24);

// The lines of a log view, compactly: records in a deque, texts back to back in 1 MiB arena
// chunks that are freed when the last of their lines is dropped. So N lines of average length L
// take about N × (24 + L) bytes (plus at most a few chunks of slack).
class LogStore
{
public:
    static constexpr quint32 kChunkBytes = 1 << 20;

    struct Chunk
    {
        std::unique_ptr<char[]> data;
        quint32 used = 0;
        quint32 live = 0;
    };

    // A copy of the records and shares of the chunks: a worker thread reads it while the store
    // goes on (arena bytes are never rewritten, chunks stay alive while shared).
    struct Snapshot
    {
        std::vector<LogRecord> records;
        std::vector<std::shared_ptr<Chunk>> chunks;
        quint32 firstChunk = 0;
        QByteArrayView text(const LogRecord &r) const
        {
            return QByteArrayView(chunks[r.chunk - firstChunk]->data.get() + r.offset, r.length);
        }
    };

    qsizetype size() const { return qsizetype(mRecords.size()); }
    const LogRecord &at(qsizetype i) const { return mRecords[size_t(i)]; }
    QByteArrayView text(const LogRecord &r) const
    {
        return QByteArrayView(mChunks[r.chunk - mFirstChunk]->data.get() + r.offset, r.length);
    }

    // Copies text into the arena; the record is not inserted yet.
    LogRecord store(qint64 timeMs, LogLevel level, quint16 source, QByteArrayView text);
    // Replaces records [pos, size()) by tail (records from store()).
    void replaceTail(qsizetype pos, std::vector<LogRecord> &&tail);
    void dropFront(qsizetype count);
    void clear();

    // Records [from, to) with the chunks they need.
    Snapshot snapshot(qsizetype from = 0, qsizetype to = -1) const;
    // Records, arena chunks (in full) and the deque's own blocks.
    qint64 memoryBytes() const;

private:
    std::deque<LogRecord> mRecords;
    std::deque<std::shared_ptr<Chunk>> mChunks;
    quint32 mFirstChunk = 0;
};

} // namespace stackyard
