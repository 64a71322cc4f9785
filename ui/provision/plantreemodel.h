// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/plan.h"
#include "provision/stepresult.h"

#include <QAbstractItemModel>

class QTreeView;

namespace stackyard {

// A plan as a tree: one row per step (its title, then one column per host with the step's state
// on that host, then its duration), and under each step its check, its files and its commands,
// whose full text is the row's tooltip and StepDetailRole. Results update the step rows as an
// apply goes.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { StepIndexRole = Qt::UserRole + 1, StepDetailRole, StateRole };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    // A recorded run: its steps (no commands, they are in the record's plan text) and results.
    void setSteps(const QList<PlanStep> &steps, const QStringList &hosts, const QList<StepResult> &results);
    void clear();
    void setResult(int step, const StepResult &result);
    const StepResult &result(int step) const { return mResults.at(step); }
    int stepCount() const { return int(mSteps.size()); }
    const PlanStep &step(int i) const { return mSteps.at(i); }
    // The row of step i (column 0).
    QModelIndex stepIndex(int i) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateIcon(StepResult::State state);
    // Shows this model in view: the step column takes the room left (long commands elide, their
    // whole text is in the tooltip), the host and time columns fit their contents.
    void attach(QTreeView *view);

private:
    struct Detail
    {
        QString label;  // one line
        QString text;   // the whole command or file content
    };
    static QList<Detail> detailsOf(const PlanStep &step);

    QList<PlanStep> mSteps;
    QList<QList<Detail>> mDetails;
    QList<StepResult> mResults;
    QStringList mHosts;
};

} // namespace stackyard
