// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/plantreemodel.h"

#include "shared/themedicon.h"

#include <QFont>
#include <QHeaderView>
#include <QTreeView>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Internal ids: 0 for a step row, step + 1 for the details under a step.
constexpr quintptr kStepRow = 0;

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return nl < 0 ? text : text.left(nl) + u" …"_s;
}

QString duration(qint64 ms)
{
    return ms < 1000 ? QString::number(ms) + u" ms"_s : QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString PlanTreeModel::stateIcon(StepResult::State state)
{
    switch (state) {
    case StepResult::State::AlreadySo:
    case StepResult::State::Verified:
        return u"status-ok"_s;
    case StepResult::State::Changed:
        return u"status-changed"_s;
    case StepResult::State::Running:
        return u"status-running"_s;
    case StepResult::State::NotNeeded:
    case StepResult::State::Cancelled:
        return u"status-skipped"_s;
    case StepResult::State::Failed:
        return u"status-error"_s;
    case StepResult::State::Pending:
        break;
    }
    return u"status-pending"_s;
}

QList<PlanTreeModel::Detail> PlanTreeModel::detailsOf(const PlanStep &step)
{
    QList<Detail> out;
    if (step.check)
        out.append({tr("check: %1").arg(step.checkText.isEmpty() ? firstLine(step.check->previewText()) : step.checkText),
                    step.check->previewText()});
    for (const PlanFile &f : step.files) {
        const QString content = f.secret ? (f.maskedContent.isEmpty() ? tr("(%n bytes, holds secrets: not shown)", nullptr,
                                                                           int(f.content.size()))
                                                                      : QString::fromUtf8(f.maskedContent))
                                         : QString::fromUtf8(f.content);
        out.append({tr("file %1 (mode %2)").arg(f.path, QString::number(f.mode, 8)), content});
    }
    for (const PlanCommand &c : step.commands)
        out.append({u"$ "_s + firstLine(c.previewText()), c.previewText()});
    if (!step.notifies.isEmpty())
        out.append({tr("then, if it changed something: %1").arg(step.notifies.join(u", "_s)), step.notifies.join(u'\n')});
    return out;
}

void PlanTreeModel::setPlan(const Plan &plan)
{
    setSteps(plan.steps, plan.hosts, {});
}

void PlanTreeModel::setSteps(const QList<PlanStep> &steps, const QStringList &hosts, const QList<StepResult> &results)
{
    beginResetModel();
    mSteps = steps;
    mHosts = hosts;
    for (const PlanStep &s : steps)
        if (!mHosts.contains(s.host))
            mHosts.append(s.host);
    mDetails.clear();
    for (const PlanStep &s : steps)
        mDetails.append(detailsOf(s));
    mResults = results;
    mResults.resize(steps.size());
    endResetModel();
}

void PlanTreeModel::clear()
{
    setSteps({}, {}, {});
}

void PlanTreeModel::setResult(int step, const StepResult &result)
{
    if (step < 0 || step >= mResults.size())
        return;
    mResults[step] = result;
    emit dataChanged(index(step, 0), index(step, columnCount() - 1));
}

QModelIndex PlanTreeModel::stepIndex(int i) const
{
    return index(i, 0);
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kStepRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStepRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStepRow);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mSteps.size());
    if (parent.internalId() == kStepRow && parent.column() == 0)
        return int(mDetails.value(parent.row()).size());
    return 0;
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return 2 + int(mHosts.size());
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Step");
    if (section == columnCount() - 1)
        return tr("Time");
    return mHosts.value(section - 1);
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != kStepRow) {
        const int step = int(index.internalId() - 1);
        const Detail &d = mDetails.at(step).at(index.row());
        if (index.column() != 0)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return d.label;
        case Qt::ToolTipRole:
            return d.text.left(4000);
        case StepDetailRole:
            return d.text;
        case StepIndexRole:
            return step;
        case Qt::FontRole:
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        default:
            return {};
        }
    }
    const int row = index.row();
    const PlanStep &s = mSteps.at(row);
    const StepResult &r = mResults.at(row);
    const int hostColumn = 1 + int(mHosts.indexOf(s.host));
    if (role == StepIndexRole)
        return row;
    if (role == StateRole)
        return int(r.state);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return u"%1. %2"_s.arg(row + 1).arg(s.title);
        case Qt::ToolTipRole: {
            QString tip = s.title + u'\n' + s.id;
            if (!r.differences.isEmpty())
                tip += u"\n"_s + tr("Not yet so: %1").arg(r.differences.join(u"; "_s));
            if (!r.error.isEmpty())
                tip += u"\n"_s + r.error;
            return tip;
        }
        case Qt::DecorationRole:
            return themedIcon(stateIcon(r.state));
        default:
            return {};
        }
    }
    if (index.column() == columnCount() - 1) {
        if (role == Qt::DisplayRole && r.state != StepResult::State::Pending && r.state != StepResult::State::Running)
            return duration(r.durationMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (index.column() != hostColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (s.kind == PlanStep::Kind::Handler && r.state == StepResult::State::Pending)
            return tr("if notified");
        return StepResult::stateName(r.state);
    case Qt::DecorationRole:
        return themedIcon(stateIcon(r.state));
    case Qt::ToolTipRole:
        return r.error.isEmpty() ? r.differences.join(u'\n') : r.error;
    default:
        return {};
    }
}

void PlanTreeModel::attach(QTreeView *view)
{
    view->setModel(this);
    view->setUniformRowHeights(true);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto stretchSteps = [header] {
        if (header->count() > 0)
            header->setSectionResizeMode(0, QHeaderView::Stretch);
    };
    connect(this, &QAbstractItemModel::modelReset, view, stretchSteps);
    stretchSteps();
}

} // namespace stackyard
