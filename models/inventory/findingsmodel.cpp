// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/findingsmodel.h"

#include <algorithm>

namespace stackyard {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    mFindings = findings;
    endResetModel();
}

int FindingsModel::errorCount() const
{
    return int(std::count_if(mFindings.cbegin(), mFindings.cend(), [](const Finding &f) { return f.isError(); }));
}

int FindingsModel::warningCount() const
{
    return int(mFindings.size()) - errorCount();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFindings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mFindings.size())
        return {};
    const Finding &f = mFindings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.isError() ? tr("Error") : tr("Warning");
        case LineColumn:
            return tr("%1:%2").arg(f.line).arg(f.column);
        case MessageColumn:
            return f.message;
        case RuleColumn:
            return f.rule;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return f.toString();
    case SeverityRole:
        return f.isError() ? 2 : 1;
    case LineRole:
        return f.line;
    case ColumnRole:
        return f.column;
    case PointerRole:
        return f.pointer;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Position");
    case MessageColumn:
        return tr("Message");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace stackyard
