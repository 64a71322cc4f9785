// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "logs/logbatch.h"
#include "logs/logfilter.h"
#include "logs/logstore.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace stackyard {

// The lines of the log view: a bounded buffer (capacity lines, default 1,000,000; the oldest go
// first) of several sources merged by time, and the rows that pass the filter. Batches arrive
// from followers (append()); a new filter is matched against the whole buffer on a worker
// thread while the rows of the old one stay visible and new batches wait, then new batches are
// matched as they come. Pause keeps batches waiting too. No I/O in data().
// Memory: about 24 + L bytes per stored line (L its length), plus 8 per filtered row.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, TimeRole, SourceRole, TextRole };

    static constexpr qsizetype kDefaultCapacity = 1'000'000;
    // How far back (in lines) a batch may be merged in by its time.
    static constexpr qsizetype kMergeWindow = 20'000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A source's name for the source column; returns its index for LogBatch::source.
    int addSource(const QString &name);
    QString sourceName(int source) const { return mSources.value(source); }
    QStringList sources() const { return mSources; }

    void setCapacity(qsizetype lines);
    qsizetype capacity() const { return mCapacity; }
    // Lines held (all sources, before the filter).
    qsizetype totalLines() const { return mStore.size(); }
    // Lines waiting (pause or a filter being matched).
    qsizetype pendingLines() const { return mPendingLines; }
    qint64 memoryBytes() const;

    void append(const LogBatch &batch);
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return mPaused; }

    // Applies filter (asynchronously unless it is inactive): filteringChanged(true), later
    // filteringChanged(false) with the new rows in place.
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return mFilter; }
    bool isFiltering() const { return mFiltering; }

    // The next (or previous) row after from whose text matches pattern (its level is ignored),
    // wrapping around; -1 when none does.
    int find(const LogFilter &pattern, int from, bool forward) const;
    // The texts of rows, one per line, each ending with a newline.
    QByteArray rowsText(const QList<int> &rows) const;
    QByteArray rowText(int row) const;
    LogLevel rowLevel(int row) const;
    // Writes the filtered lines to path (atomically) on a worker thread; exportFinished tells.
    void exportFiltered(const QString &path);

Q_SIGNALS:
    void filteringChanged(bool filtering);
    // lines written, or error.what set.
    void exportFinished(const QString &path, qint64 lines, const stackyard::Error &error);
    // Lines held, pending or dropped changed (for a count indicator).
    void countsChanged();

private:
    const LogRecord &recordOfRow(int row) const;
    void insert(const LogBatch &batch);
    void dropBeyondCapacity();
    void applyPending();
    void onFiltered(quint64 generation, const LogFilter &filter, std::vector<qint64> &&rows);

    LogStore mStore;
    QStringList mSources;
    qsizetype mCapacity = kDefaultCapacity;
    qint64 mDropped = 0;            // lines dropped from the front so far
    LogFilter mFilter;
    std::unique_ptr<LogMatcher> mMatcher; // of mFilter, when active
    std::deque<qint64> mRows;       // with an active filter: absolute positions (mDropped + index)
    bool mFiltering = false;
    bool mPaused = false;
    std::vector<LogBatch> mPending;
    qsizetype mPendingLines = 0;
    std::shared_ptr<std::atomic<quint64>> mFilterGeneration;
};

} // namespace stackyard
