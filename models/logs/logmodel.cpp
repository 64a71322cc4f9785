// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logmodel.h"

#include "transport/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool earlier(const LogRecord &a, const LogRecord &b)
{
    return a.timeMs < b.timeMs;
}

// Runs function on the GUI (main) thread later; it checks itself whether its object is alive.
template<typename F>
void postToMain(F &&function)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), std::forward<F>(function), Qt::QueuedConnection);
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , mFilterGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<stackyard::LogBatch>();
}

LogModel::~LogModel()
{
    ++*mFilterGeneration; // a filter still being matched stops early
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(mMatcher ? qsizetype(mRows.size()) : mStore.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LogRecord &LogModel::recordOfRow(int row) const
{
    return mMatcher ? mStore.at(mRows[size_t(row)] - mDropped) : mStore.at(row);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogRecord &r = recordOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        case LevelColumn:
            return logLevelName(r.level);
        case SourceColumn:
            return mSources.value(r.source);
        case MessageColumn:
            return QString::fromUtf8(mStore.text(r));
        default:
            return {};
        }
    case LevelRole:
        return int(r.level);
    case TimeRole:
        return r.timeMs;
    case SourceRole:
        return int(r.source);
    case TextRole:
        return QString::fromUtf8(mStore.text(r));
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        break;
    }
    return {};
}

int LogModel::addSource(const QString &name)
{
    mSources << name;
    return int(mSources.size() - 1);
}

void LogModel::setCapacity(qsizetype lines)
{
    mCapacity = std::max<qsizetype>(1, lines);
    if (!mFiltering && !mPaused)
        dropBeyondCapacity();
    Q_EMIT countsChanged();
}

qint64 LogModel::memoryBytes() const
{
    qint64 pending = 0;
    for (const LogBatch &b : mPending)
        pending += b.text.size() + b.lines.size() * qint64(sizeof(LogLineRef));
    return mStore.memoryBytes() + qint64(mRows.size()) * 8 + pending;
}

void LogModel::append(const LogBatch &batch)
{
    if (batch.isEmpty())
        return;
    if (mPaused || mFiltering) {
        mPending.push_back(batch);
        mPendingLines += batch.size();
        while (mPendingLines - mPending.front().size() >= mCapacity && mPending.size() > 1) {
            mPendingLines -= mPending.front().size();
            mPending.erase(mPending.begin());
        }
        Q_EMIT countsChanged();
        return;
    }
    insert(batch);
    dropBeyondCapacity();
    Q_EMIT countsChanged();
}

void LogModel::insert(const LogBatch &batch)
{
    const qsizetype first = std::max<qsizetype>(0, batch.size() - mCapacity);
    std::vector<LogRecord> fresh;
    fresh.reserve(size_t(batch.size() - first));
    for (qsizetype i = first; i < batch.size(); ++i) {
        const LogLineRef &l = batch.lines.at(i);
        fresh.push_back(mStore.store(l.timeMs, l.level, quint16(batch.source), batch.textOf(l)));
    }
    if (!std::is_sorted(fresh.begin(), fresh.end(), earlier))
        std::stable_sort(fresh.begin(), fresh.end(), earlier);

    // Where the batch starts among the recent lines, by time.
    const qsizetype size = mStore.size();
    qsizetype pos = size;
    if (size > 0 && mStore.at(size - 1).timeMs > fresh.front().timeMs) {
        qsizetype lo = std::max<qsizetype>(0, size - kMergeWindow);
        qsizetype hi = size;
        while (lo < hi) { // first line later than the batch's first
            const qsizetype mid = (lo + hi) / 2;
            if (mStore.at(mid).timeMs <= fresh.front().timeMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        pos = lo;
    }
    std::vector<LogRecord> tail;
    if (pos < size) {
        std::vector<LogRecord> old;
        old.reserve(size_t(size - pos));
        for (qsizetype i = pos; i < size; ++i)
            old.push_back(mStore.at(i));
        tail.reserve(old.size() + fresh.size());
        std::merge(old.begin(), old.end(), fresh.begin(), fresh.end(), std::back_inserter(tail), earlier);
    } else {
        tail = std::move(fresh);
    }

    if (!mMatcher) {
        if (pos < size) {
            beginRemoveRows({}, int(pos), int(size - 1));
            mStore.replaceTail(pos, {});
            endRemoveRows();
        }
        beginInsertRows({}, int(pos), int(pos + qsizetype(tail.size()) - 1));
        mStore.replaceTail(pos, std::move(tail));
        endInsertRows();
        return;
    }
    const qint64 absolute = mDropped + pos;
    const auto from = std::lower_bound(mRows.begin(), mRows.end(), absolute);
    if (from != mRows.end()) {
        const int fromRow = int(from - mRows.begin());
        beginRemoveRows({}, fromRow, int(mRows.size()) - 1);
        mRows.erase(mRows.begin() + fromRow, mRows.end());
        endRemoveRows();
    }
    std::vector<qint64> matched;
    for (size_t i = 0; i < tail.size(); ++i)
        if (mMatcher->matches(tail[i].level, mStore.text(tail[i])))
            matched.push_back(absolute + qint64(i));
    mStore.replaceTail(pos, std::move(tail));
    if (!matched.empty()) {
        beginInsertRows({}, int(mRows.size()), int(mRows.size() + matched.size()) - 1);
        mRows.insert(mRows.end(), matched.begin(), matched.end());
        endInsertRows();
    }
}

void LogModel::dropBeyondCapacity()
{
    const qsizetype excess = mStore.size() - mCapacity;
    if (excess <= 0)
        return;
    if (!mMatcher) {
        beginRemoveRows({}, 0, int(excess - 1));
        mStore.dropFront(excess);
        mDropped += excess;
        endRemoveRows();
        return;
    }
    const auto end = std::lower_bound(mRows.begin(), mRows.end(), mDropped + excess);
    const int count = int(end - mRows.begin());
    if (count > 0) {
        beginRemoveRows({}, 0, count - 1);
        mRows.erase(mRows.begin(), end);
        endRemoveRows();
    }
    mStore.dropFront(excess);
    mDropped += excess;
}

void LogModel::clear()
{
    beginResetModel();
    if (mFiltering) { // the filter asked for applies at once: nothing to match
        ++*mFilterGeneration;
        mFiltering = false;
        mMatcher = mFilter.isActive() ? std::make_unique<LogMatcher>(mFilter) : nullptr;
    }
    mStore.clear();
    mRows.clear();
    mPending.clear();
    mPendingLines = 0;
    mDropped = 0;
    endResetModel();
    Q_EMIT filteringChanged(false);
    Q_EMIT countsChanged();
}

void LogModel::setPaused(bool paused)
{
    mPaused = paused;
    applyPending();
    Q_EMIT countsChanged();
}

void LogModel::applyPending()
{
    if (mPaused || mFiltering)
        return;
    std::vector<LogBatch> pending;
    pending.swap(mPending);
    mPendingLines = 0;
    for (const LogBatch &b : pending)
        insert(b);
    dropBeyondCapacity(); // also a bound lowered while lines were held back
    Q_EMIT countsChanged();
}

void LogModel::setFilter(const LogFilter &filter)
{
    const quint64 generation = ++*mFilterGeneration;
    mFilter = filter;
    if (!filter.isActive()) {
        beginResetModel();
        mMatcher.reset();
        mRows.clear();
        endResetModel();
        if (mFiltering) {
            mFiltering = false;
            Q_EMIT filteringChanged(false);
        }
        applyPending();
        return;
    }
    if (!mFiltering) {
        mFiltering = true;
        Q_EMIT filteringChanged(true);
    }
    auto snapshot = std::make_shared<LogStore::Snapshot>(mStore.snapshot());
    const qint64 dropped = mDropped;
    QPointer<LogModel> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, dropped, filter, generation, current = mFilterGeneration] {
        const LogMatcher matcher(filter);
        std::vector<qint64> rows;
        const auto &records = snapshot->records;
        for (size_t i = 0; i < records.size(); ++i) {
            if ((i & 0x3fff) == 0 && current->load() != generation)
                return; // a newer filter was asked for
            if (matcher.matches(records[i].level, snapshot->text(records[i])))
                rows.push_back(dropped + qint64(i));
        }
        postToMain([self, generation, filter, rows = std::move(rows)]() mutable {
            if (self)
                self->onFiltered(generation, filter, std::move(rows));
        });
    });
}

void LogModel::onFiltered(quint64 generation, const LogFilter &filter, std::vector<qint64> &&rows)
{
    if (generation != mFilterGeneration->load() || !mFiltering)
        return;
    beginResetModel();
    mMatcher = std::make_unique<LogMatcher>(filter);
    mRows.assign(rows.begin(), rows.end());
    endResetModel();
    mFiltering = false;
    Q_EMIT filteringChanged(false);
    applyPending();
    Q_EMIT countsChanged();
}

int LogModel::find(const LogFilter &pattern, int from, bool forward) const
{
    const int n = rowCount();
    if (n == 0 || pattern.text.isEmpty())
        return -1;
    LogFilter textOnly = pattern;
    textOnly.minimumLevel = LogLevel::Unknown;
    const LogMatcher matcher(textOnly);
    const int start = from < 0 || from >= n ? (forward ? -1 : n) : from;
    for (int step = 1; step <= n; ++step) {
        const int row = ((start + (forward ? step : -step)) % n + n) % n;
        if (matcher.matchesText(mStore.text(recordOfRow(row))))
            return row;
    }
    return -1;
}

QByteArray LogModel::rowText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return mStore.text(recordOfRow(row)).toByteArray();
}

LogLevel LogModel::rowLevel(int row) const
{
    return row < 0 || row >= rowCount() ? LogLevel::Unknown : recordOfRow(row).level;
}

QByteArray LogModel::rowsText(const QList<int> &rows) const
{
    QByteArray out;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        out += mStore.text(recordOfRow(row));
        out += '\n';
    }
    return out;
}

void LogModel::exportFiltered(const QString &path)
{
    auto snapshot = std::make_shared<LogStore::Snapshot>();
    if (mMatcher) {
        *snapshot = mStore.snapshot(0, 0);
        snapshot->records.reserve(mRows.size());
        for (qint64 absolute : mRows)
            snapshot->records.push_back(mStore.at(absolute - mDropped));
    } else {
        *snapshot = mStore.snapshot();
    }
    QPointer<LogModel> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, path] {
        Error error;
        qint64 lines = 0;
        AtomicFile file(path);
        Result<bool> ok = file.open();
        QByteArray buffer;
        const auto flush = [&] {
            if (ok && !buffer.isEmpty())
                ok = file.write(buffer.constData(), buffer.size());
            buffer.clear();
        };
        for (const LogRecord &r : snapshot->records) {
            if (!ok)
                break;
            buffer += snapshot->text(r);
            buffer += '\n';
            ++lines;
            if (buffer.size() >= 1 << 20)
                flush();
        }
        flush();
        if (ok)
            ok = file.commit(0644);
        if (!ok)
            error = ok.error();
        postToMain([self, path, lines, error] {
            if (self)
                Q_EMIT self->exportFinished(path, error.what.isEmpty() ? lines : 0, error);
        });
    });
}

} // namespace stackyard
