// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthpanel.h"

#include "health/alertrulesdialog.h"
#include "health/alertsmodel.h"
#include "health/desktopnotifier.h"
#include "health/healthdetail.h"
#include "health/healthmonitor.h"
#include "health/healthoverview.h"
#include "health/healthoverviewmodel.h"
#include "health/metricnames.h"
#include "health/probefactory.h"
#include "health/secretprefetch.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "settings/preferences.h"
#include "shared/emptystate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Everything of a layout that a running monitor depends on, as one string.
QString layoutKey(const HealthLayout &layout)
{
    QStringList parts;
    for (const HealthTargetSpec &t : layout.targets)
        parts << QStringList{t.target.id, t.target.address, t.connectHost, QString::number(t.port), t.user, t.password,
                             t.database, t.url}
                     .join(u'\x1f');
    return parts.join(u'\x1e');
}

} // namespace

HealthPanel::HealthPanel(InventorySession *session, const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
    , mSession(session)
    , mMonitor(new HealthMonitor(this))
    , mModel(new HealthOverviewModel(this))
    , mAlerts(new AlertEngine(AlertRules::loadUser(), this))
    , mAlertsModel(new AlertsModel(mAlerts, this))
    , mNotifier(new DesktopNotifier(this))
    , mSecrets(new SecretPrefetch(this))
    , mEmpty(new EmptyState(u"health"_s, this))
    , mContent(new QWidget(this))
    , mPages(new QStackedWidget(mContent))
    , mStatusLine(new QLabel(mContent))
    , mPollNow(new QPushButton(mContent))
{
    mAlertsView = new QTableView(mContent);
    mAlertsTitle = new QLabel(mContent);
    mRulesButton = new QPushButton(mContent);
    mModel->setMonitor(mMonitor);
    connect(mSecrets, &SecretPrefetch::finished, this, &HealthPanel::startPolling);
    mOverview = new HealthOverview(mModel, mPages);
    mDetail = new HealthDetail(
        mMonitor,
        [this](const QString &target, const QString &metric, qint64 from, qint64 to) {
            QList<QPointF> points;
            for (const SeriesPoint &p : mSeries.points(target, metric, from, to))
                points << QPointF(double(p.msecs), p.value);
            return points;
        },
        mPages);
    mDetail->setThresholds([this](const QString &metric, const HealthSnapshot &s) { return threshold(metric, s); });
    mPages->addWidget(mOverview);
    mPages->addWidget(mDetail);
    connect(mOverview, &HealthOverview::groupActivated, this, &HealthPanel::showGroup);
    connect(mDetail, &HealthDetail::backRequested, this, &HealthPanel::showOverview);
    connect(mMonitor, &HealthMonitor::snapshotUpdated, this, &HealthPanel::snapshotUpdated);
    connect(mMonitor, &HealthMonitor::cycleFinished, this, [this] {
        ++mPolls;
        updateStatusLine();
    });
    mPollNow->setObjectName(u"healthPollNow"_s);
    connect(mPollNow, &QPushButton::clicked, mMonitor, &HealthMonitor::pollNow);
    mStatusLine->setObjectName(u"healthStatusLine"_s);
    connect(mAlerts, &AlertEngine::alertRaised, this, &HealthPanel::alertRaised);
    connect(mAlerts, &AlertEngine::alertCleared, this, &HealthPanel::alertCleared);
    connect(mAlerts, &AlertEngine::alertsChanged, this, &HealthPanel::updateStatusLine);

    mAlertsView->setObjectName(u"healthAlerts"_s);
    mAlertsView->setModel(mAlertsModel);
    mAlertsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mAlertsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mAlertsView->verticalHeader()->hide();
    mAlertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::MessageColumn, QHeaderView::Stretch);
    // Double-click an alert: the drill-down of its target's card.
    connect(mAlertsView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (const HealthGroup *group = mMonitor->layout().groupOf(i.data(AlertsModel::TargetIdRole).toString()))
            showGroup(group->id);
    });
    mRulesButton->setObjectName(u"healthAlertRules"_s);
    connect(mRulesButton, &QPushButton::clicked, this, &HealthPanel::editAlertRules);
    QFont bold = mAlertsTitle->font();
    bold.setBold(true);
    mAlertsTitle->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mStatusLine, 1);
    bar->addWidget(mPollNow);
    auto *alertsPane = new QWidget(mContent);
    auto *alertsBar = new QHBoxLayout;
    alertsBar->addWidget(mAlertsTitle, 1);
    alertsBar->addWidget(mRulesButton);
    auto *alertsLayout = new QVBoxLayout(alertsPane);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addLayout(alertsBar);
    alertsLayout->addWidget(mAlertsView, 1);
    auto *split = new QSplitter(Qt::Vertical, mContent);
    split->addWidget(mPages);
    split->addWidget(alertsPane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *content = new QVBoxLayout(mContent);
    content->addLayout(bar);
    content->addWidget(split, 1);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(mEmpty);
    stack->addWidget(mContent);
    mEmpty->setActions({actions.openInventory, actions.openSample});

    mTick.setInterval(1000);
    connect(&mTick, &QTimer::timeout, mDetail, &HealthDetail::refreshCharts);
    mTick.start();
    retranslate();
}

HealthPanel::~HealthPanel() = default;

QString HealthPanel::title() const
{
    return tr("Health");
}

void HealthPanel::retranslate()
{
    mEmpty->setHeadline(tr("Every instance, app and host at a glance"));
    mEmpty->setDescription(tr("Open an inventory: each PostgreSQL and Redis instance, app endpoint and host is polled and "
                              "shown green, amber or red, with live charts of transactions, connections, replication "
                              "lag, Redis operations and memory, CPU, disk and HTTP latency, and alerts when something "
                              "crosses a threshold."));
    mPollNow->setText(tr("Poll now"));
    mPollNow->setToolTip(tr("Poll every target now instead of waiting for the next interval"));
    mRulesButton->setText(tr("Alert Rules…"));
    mRulesButton->setToolTip(tr("Thresholds and durations of the alerts"));
    updateStatusLine();
}

void HealthPanel::setInventory(const InventoryOverview *overview)
{
    auto *stack = qobject_cast<QStackedLayout *>(layout());
    stack->setCurrentWidget(overview ? mContent : mEmpty);
    rebuild();
}

void HealthPanel::rebuild()
{
    const bool open = mSession->isOpen() && mSession->document()->hasInventory();
    const HealthLayout layout = open ? healthLayout(mSession->document()->inventory()) : HealthLayout();
    Result<PrometheusSourceSettings> prometheus = PrometheusSourceSettings();
    if (open)
        prometheus = PrometheusSourceSettings::fromInventory(mSession->document()->inventory());
    mSourceError = prometheus ? QString() : prometheus.error().toString();
    const QString source = prometheus && prometheus->enabled ? prometheus->url.toString() : QString();
    const QString key = open ? mSession->document()->inventory().fileName() + u'\x1d' + source + u'\x1d' + layoutKey(layout) : QString();
    if (key == mLayoutKey) {
        // Preferences ▸ Poll interval applies to the running monitor at once.
        const int intervalMs = std::max(1, Preferences::load(QSettings()).pollIntervalSeconds) * 1000;
        if (intervalMs != mMonitor->options().intervalMs) {
            mPendingOptions.intervalMs = intervalMs;
            mMonitor->setIntervalMs(intervalMs);
            updateStatusLine();
        }
        return;
    }
    mLayoutKey = key;
    mSeries.clear();
    for (const HealthTargetSpec &spec : mMonitor->layout().targets)
        if (!layout.target(spec.target.id))
            mAlerts->forgetTarget(spec.target.id);
    mPolls = 0;
    const Preferences preferences = Preferences::load(QSettings());
    HealthMonitor::Options options;
    options.intervalMs = std::max(1, preferences.pollIntervalSeconds) * 1000;
    // A first SSH connection may take seconds; a poll still running is simply not restarted.
    options.timeoutMs = 10000;
    if (prometheus)
        options.prometheus = *prometheus;
    // Targets show as unknown while their secrets are read; polling starts when they are.
    mMonitor->setLayout(layout, options);
    mModel->reset();
    if (!mDetail->groupId().isEmpty() && layout.group(mDetail->groupId()))
        mDetail->showGroup(mDetail->groupId());
    else
        showOverview();
    mPendingLayout = HealthLayout();
    if (open && !layout.targets.isEmpty()) {
        mPendingLayout = layout;
        mPendingOptions = options;
        mInventoryCopy = mSession->document()->inventory();
        mSecrets->start(secretNames(mInventoryCopy, layout));
    }
    updateStatusLine();
}

void HealthPanel::startPolling(const SecretValues &secrets)
{
    if (mPendingLayout.targets.isEmpty())
        return;
    HealthMonitor::Options options = mPendingOptions;
    options.reveal = revealFrom(secrets);
    options.factory = standardProbeFactory(backgroundTransports(mInventoryCopy, secrets));
    mMonitor->setLayout(mPendingLayout, options);
    mModel->reset();
    if (!mDetail->groupId().isEmpty() && mPendingLayout.group(mDetail->groupId()))
        mDetail->showGroup(mDetail->groupId());
    mMonitor->start();
    updateStatusLine();
}

void HealthPanel::showGroup(const QString &groupId)
{
    mDetail->showGroup(groupId);
    mPages->setCurrentWidget(mDetail);
    mDetail->refreshCharts();
}

void HealthPanel::showOverview()
{
    mPages->setCurrentWidget(mOverview);
}

void HealthPanel::snapshotUpdated(const HealthSnapshot &snapshot)
{
    mSeries.append(snapshot);
    mAlerts->evaluate(snapshot);
}

void HealthPanel::editAlertRules()
{
    AlertRulesDialog dialog(mAlerts->rules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AlertRules::saveUser(dialog.rules());
    mAlerts->setRules(dialog.rules());
}

void HealthPanel::alertRaised(const Alert &alert)
{
    mNotifier->notify(alert.ruleId + u'\n' + alert.target.id, tr("Stackyard: %1").arg(AlertRules::displayName(alert.kind)),
                      alert.message,
                      alert.severity == AlertSeverity::Critical ? DesktopNotifier::Urgency::Critical
                                                                : DesktopNotifier::Urgency::Normal);
}

void HealthPanel::alertCleared(const Alert &alert)
{
    mNotifier->notify(alert.ruleId + u'\n' + alert.target.id, tr("Stackyard: cleared"),
                      tr("%1 — since %2").arg(alert.message, QLocale().toString(alert.since.toLocalTime().time(), QLocale::ShortFormat)),
                      DesktopNotifier::Urgency::Low);
}

std::optional<double> HealthPanel::threshold(const QString &metricName, const HealthSnapshot &s) const
{
    auto rule = [this](AlertKind kind) -> std::optional<AlertRule> {
        for (const AlertRule &r : mAlerts->rules())
            if (r.kind == kind && r.enabled)
                return r;
        return std::nullopt;
    };
    if (metricName == QLatin1StringView(metric::kPgConnections)) {
        const double max = s.metric(QString::fromLatin1(metric::kPgMaxConnections));
        if (const auto r = rule(AlertKind::Connections); r && max > 0)
            return max * r->threshold / 100.0;
    } else if (metricName == QLatin1StringView(metric::kPgReplicationLagSeconds)) {
        if (const auto r = rule(AlertKind::ReplicationLag))
            return r->threshold;
    } else if (metricName == QLatin1StringView(metric::kHostMemoryPercent)) {
        if (const auto r = rule(AlertKind::Memory))
            return r->threshold;
    } else if (metricName == QLatin1StringView(metric::kHostDiskPercent)) {
        if (const auto r = rule(AlertKind::Disk))
            return r->threshold;
    } else if (metricName == QLatin1StringView(metric::kRedisUsedMemoryBytes)) {
        const double max = s.metric(QString::fromLatin1(metric::kRedisMaxMemoryBytes));
        if (const auto r = rule(AlertKind::Memory); r && max > 0)
            return max * r->threshold / 100.0;
    }
    return std::nullopt;
}

void HealthPanel::updateStatusLine()
{
    const int active = int(mAlerts->activeAlerts().size());
    mAlertsTitle->setText(active ? tr("Alerts: %n active", nullptr, active) : tr("Alerts: none active"));
    if (!mSourceError.isEmpty()) {
        mStatusLine->setText(mSourceError);
        return;
    }
    const int targets = int(mMonitor->layout().targets.size());
    if (targets == 0) {
        mStatusLine->setText(tr("Nothing to poll: the inventory has no PostgreSQL or Redis instance, app or host."));
        return;
    }
    const QString from = mMonitor->options().prometheus.enabled
                             ? u" · "_s + tr("from Prometheus at %1").arg(mMonitor->options().prometheus.url.toString())
                             : QString();
    mStatusLine->setText(tr("%n target(s), polled every %1 s", nullptr, targets).arg(mMonitor->options().intervalMs / 1000) + from
                         + (mPolls > 0 ? u" · "_s + tr("last poll %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                       : QString()));
}

} // namespace stackyard
