// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"
#include "health/metricchart.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace stackyard {

class HealthMonitor;

// The drill-down of one card: its instances in a table (status, role, key figures, reason),
// the selected instance's facts and tables (databases, replicas, mounts), and time-series charts
// of the card's kind over 5 min / 1 h / 6 h with threshold lines; Pause freezes the charts.
class HealthDetail : public QWidget
{
    Q_OBJECT

public:
    // thresholds gives the alert threshold drawn on a metric's chart for a target (nullopt: none).
    using Thresholds = std::function<std::optional<double>(const QString &metric, const HealthSnapshot &snapshot)>;

    HealthDetail(HealthMonitor *monitor, MetricChart::PointsSource points, QWidget *parent = nullptr);

    void setThresholds(Thresholds thresholds) { mThresholds = std::move(thresholds); }
    void showGroup(const QString &groupId);
    const QString &groupId() const { return mGroupId; }

    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return mWindowMs; }
    void setPaused(bool paused);
    bool isPaused() const { return mPaused; }
    // Re-reads the charts (the panel's one-second tick).
    void refreshCharts();

    QList<MetricChart *> charts() const { return mCharts; }
    QStandardItemModel *instancesModel() const { return mInstances; }

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildCharts();
    void snapshotUpdated(const HealthSnapshot &snapshot);
    void fillRow(int row, const HealthSnapshot &snapshot);
    void showInstance();

    HealthMonitor *mMonitor;
    MetricChart::PointsSource mPoints;
    Thresholds mThresholds;
    QString mGroupId;
    qint64 mWindowMs = 5 * 60 * 1000;
    bool mPaused = false;

    QToolButton *mBack;
    QLabel *mTitle;
    QLabel *mStatus;
    QButtonGroup *mWindows;
    QToolButton *mWindowButtons[3];
    QToolButton *mPause;
    QStandardItemModel *mInstances;
    QTableView *mTable;
    QTreeWidget *mFacts;
    QGridLayout *mChartGrid;
    QList<MetricChart *> mCharts;
};

} // namespace stackyard
