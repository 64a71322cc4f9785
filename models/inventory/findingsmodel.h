// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/finding.h"

#include <QAbstractTableModel>

namespace stackyard {

// The problems list: one row per finding (severity, line, message, rule), over a snapshot.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, LineRole, ColumnRole, PointerRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return mFindings; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings mFindings;
};

} // namespace stackyard
