// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logstore.h"

#include <cstring>

namespace stackyard {

LogRecord LogStore::store(qint64 timeMs, LogLevel level, quint16 source, QByteArrayView text)
{
    const quint32 length = quint32(std::min<qsizetype>(text.size(), kChunkBytes));
    if (mChunks.empty() || mChunks.back()->used + length > kChunkBytes) {
        auto chunk = std::make_shared<Chunk>();
        chunk->data.reset(new char[kChunkBytes]);
        mChunks.push_back(std::move(chunk));
    }
    Chunk &c = *mChunks.back();
    LogRecord r;
    r.timeMs = timeMs;
    r.chunk = mFirstChunk + quint32(mChunks.size() - 1);
    r.offset = c.used;
    r.length = length;
    r.source = source;
    r.level = level;
    if (length > 0)
        std::memcpy(c.data.get() + c.used, text.data(), length);
    c.used += length;
    ++c.live;
    return r;
}

void LogStore::replaceTail(qsizetype pos, std::vector<LogRecord> &&tail)
{
    mRecords.erase(mRecords.begin() + pos, mRecords.end());
    mRecords.insert(mRecords.end(), tail.begin(), tail.end());
}

void LogStore::dropFront(qsizetype count)
{
    count = std::min(count, size());
    for (qsizetype i = 0; i < count; ++i) {
        const LogRecord &r = mRecords.front();
        --mChunks[r.chunk - mFirstChunk]->live;
        mRecords.pop_front();
    }
    while (mChunks.size() > 1 && mChunks.front()->live == 0) {
        mChunks.pop_front();
        ++mFirstChunk;
    }
    if (mRecords.empty())
        mRecords.shrink_to_fit();
}

void LogStore::clear()
{
    mRecords.clear();
    mRecords.shrink_to_fit();
    mFirstChunk += quint32(mChunks.size());
    mChunks.clear();
}

LogStore::Snapshot LogStore::snapshot(qsizetype from, qsizetype to) const
{
    if (to < 0 || to > size())
        to = size();
    Snapshot s;
    s.records.assign(mRecords.begin() + from, mRecords.begin() + to);
    s.chunks.assign(mChunks.begin(), mChunks.end());
    s.firstChunk = mFirstChunk;
    return s;
}

qint64 LogStore::memoryBytes() const
{
    return qint64(mRecords.size()) * qint64(sizeof(LogRecord)) + qint64(mChunks.size()) * (kChunkBytes + 64);
}

} // namespace stackyard
