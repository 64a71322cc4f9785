// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/runrecord.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace stackyard {

class PlanTreeModel;

// The provisioning runs recorded on this machine, newest first, filtered by text and result;
// the selected run's steps with their states and durations, and its plan and outputs. Records
// are read on a worker thread.
class RunsView : public QWidget
{
    Q_OBJECT

public:
    explicit RunsView(QWidget *parent = nullptr);

    // Reads the records again (off the GUI thread).
    void refresh();
    // For tests: where the records are read from ("" = the app data folder).
    void setFolder(const QString &folder) { mFolder = folder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const QList<RunRecord> &runs);
    void select(const QModelIndex &index);
    void showRecord(const RunRecord &record);
    void applyFilter();

    QString mFolder;
    QLineEdit *mFilter;
    QComboBox *mResultFilter;
    QTableView *mTable;
    QStandardItemModel *mRuns;
    QSortFilterProxyModel *mProxy;
    QTreeView *mSteps;
    PlanTreeModel *mStepsModel;
    QPlainTextEdit *mDetail;
    QLabel *mSummary;
    quint64 mGeneration = 0;
};

} // namespace stackyard
