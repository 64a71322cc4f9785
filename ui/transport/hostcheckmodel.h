// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostcheck.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace stackyard {

// The rows of "Test all hosts": one per host, over HostCheckReport snapshots (no I/O in data()).
// A row is pending (no report yet), running, ok, failed or cancelled. The text helpers are
// shared with the host form's "Test connection" fields.
class HostCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HostColumn, StatusColumn, LatencyColumn, AuthColumn, OsColumn, KernelColumn, CpuColumn,
                  RamColumn, SudoColumn, ErrorColumn, ColumnCount };
    enum class State { Pending, Running, Done };

    explicit HostCheckModel(QObject *parent = nullptr);

    void setHosts(const QStringList &hosts);
    void setRunning(int row);
    void setReport(int row, const HostCheckReport &report);
    const HostCheckReport &report(int row) const { return mRows.at(row).report; }
    State state(int row) const { return mRows.at(row).state; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const HostCheckReport &report);
    static QString latencyText(const HostCheckReport &report);
    static QString hostKeyText(const HostCheckReport &report);
    static QString osText(const HostCheckReport &report);
    static QString cpuText(const HostCheckReport &report);
    static QString memoryText(const HostCheckReport &report);
    static QString sudoText(const HostCheckReport &report);
    // What failed, where (host [step]), the remote stderr or library message, what to do, and
    // the warnings.
    static QString errorText(const HostCheckReport &report);

private:
    struct Row
    {
        QString host;
        State state = State::Pending;
        HostCheckReport report;
    };
    QList<Row> mRows;
    QIcon mOk;
    QIcon mError;
    QIcon mWarn;
    QIcon mUnknown;
};

} // namespace stackyard
