// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/alertengine.h"

#include <QAbstractTableModel>

namespace stackyard {

// The alert list of the Health panel: active alerts first (oldest first), then the recently
// cleared ones (latest first). Follows an AlertEngine on the same thread.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, TargetColumn, MessageColumn, SinceColumn, ClearedColumn, ColumnCount };
    enum Role { ActiveRole = Qt::UserRole + 1, TargetIdRole, SeverityRole };

    explicit AlertsModel(AlertEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Alert &alert(int row) const { return mAlerts.at(row); }
    int activeCount() const { return mActive; }

private:
    void refresh();

    AlertEngine *mEngine;
    QList<Alert> mAlerts;
    int mActive = 0;
};

} // namespace stackyard
