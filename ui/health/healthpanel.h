// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/panel.h"

#include "health/alertengine.h"
#include "health/healthmonitor.h"
#include "health/healthtargets.h"
#include "health/probefactory.h"
#include "inventory/inventory.h"
#include "health/seriesstore.h"

#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace stackyard {

class AlertsModel;
class DesktopNotifier;
class EmptyState;
class HealthDetail;
class HealthOverview;
class HealthOverviewModel;
class InventorySession;
class SecretPrefetch;

// Health: every PostgreSQL and Redis instance, app endpoint and host of the open inventory,
// polled on a worker thread every Preferences::pollIntervalSeconds; an overview of cards
// (worst first) that drills down to instances, facts and time-series charts, and the alerts.
// Polling goes on while other panels are shown, so alerts fire whatever the user looks at.
class HealthPanel : public Panel
{
    Q_OBJECT

public:
    HealthPanel(InventorySession *session, const ShellActions &actions, QWidget *parent = nullptr);
    ~HealthPanel() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("health"); }
    void setInventory(const InventoryOverview *overview) override;

    HealthMonitor *monitor() const { return mMonitor; }
    HealthOverview *overview() const { return mOverview; }
    HealthDetail *detail() const { return mDetail; }
    const SeriesStore &series() const { return mSeries; }
    AlertEngine *alerts() const { return mAlerts; }
    AlertsModel *alertsModel() const { return mAlertsModel; }
    DesktopNotifier *notifier() const { return mNotifier; }
    // Opens the alert rules dialog; saved rules apply at once.
    void editAlertRules();

    void showGroup(const QString &groupId);
    void showOverview();

protected:
    void retranslate() override;

private:
    void rebuild();
    void startPolling(const SecretValues &secrets);
    void snapshotUpdated(const HealthSnapshot &snapshot);
    void updateStatusLine();
    void alertRaised(const Alert &alert);
    void alertCleared(const Alert &alert);
    std::optional<double> threshold(const QString &metric, const HealthSnapshot &snapshot) const;

    InventorySession *mSession;
    HealthMonitor *mMonitor;
    HealthOverviewModel *mModel;
    SeriesStore mSeries;
    AlertEngine *mAlerts;
    AlertsModel *mAlertsModel;
    DesktopNotifier *mNotifier;
    SecretPrefetch *mSecrets;
    HealthLayout mPendingLayout;
    HealthMonitor::Options mPendingOptions;
    Inventory mInventoryCopy;
    QTableView *mAlertsView;
    QLabel *mAlertsTitle;
    QPushButton *mRulesButton;
    EmptyState *mEmpty;
    QWidget *mContent;
    QStackedWidget *mPages;
    HealthOverview *mOverview;
    HealthDetail *mDetail;
    QLabel *mStatusLine;
    QPushButton *mPollNow;
    QTimer mTick;
    QString mSourceError; // stackyard_health_source/stackyard_prometheus_url that cannot be used
    QString mLayoutKey; // what the current layout was made from, to restart only on real changes
    int mPolls = 0;
};

} // namespace stackyard
