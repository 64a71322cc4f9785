// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtargets.h"
#include "health/healthtypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace stackyard {

class HealthMonitor;

// One row per card of the health overview (a PostgreSQL or Redis cluster, an app, a host):
// its worst status, a key figure with a short history for the sparkline, and a line of details.
// Fed by a HealthMonitor on the same thread; cheap per snapshot (one row changes).
class HealthOverviewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(HealthStatus)
        SeverityRole,                  // 0 up … 3 down, for sorting
        KindRole,                      // int(TargetKind)
        KindNameRole,                  // "PostgreSQL", "Redis", "App", "Host" (translated)
        NameRole,
        GroupIdRole,
        KeyFigureRole,                 // "1,234 TPS"
        DetailRole,                    // "connections 12/100 · lag 0 s" or the reason when not up
        CountsRole,                    // "2/3 up"
        SparklineRole,                 // QList<double>, oldest first
    };

    static constexpr int kSparklinePoints = 60;

    explicit HealthOverviewModel(QObject *parent = nullptr);

    // Follows monitor (nullptr: none); rows are the monitor's groups.
    void setMonitor(HealthMonitor *monitor);
    // Rebuilds the rows from the monitor's layout (after HealthMonitor::setLayout()).
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &groupId) const;

    // The figures of a group from its targets' snapshots: exposed for the CLI and tests.
    struct Figures
    {
        HealthStatus status = HealthStatus::Unknown;
        double key = -1;     // the key figure's value, -1 when none
        QString keyText;
        QString detail;
        int up = 0;
        int total = 0;
    };
    static Figures figures(const HealthGroup &group, const QList<HealthSnapshot> &snapshots);
    static QString kindDisplayName(TargetKind kind);

private:
    void snapshotUpdated(const HealthSnapshot &snapshot);

    struct Row
    {
        HealthGroup group;
        Figures figures;
        QList<double> sparkline;
        QDateTime sparklineAt; // when the last point was added
    };

    HealthMonitor *mMonitor = nullptr;
    QList<Row> mRows;
    QHash<QString, int> mRowOfTarget;
};

} // namespace stackyard
