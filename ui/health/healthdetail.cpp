// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthdetail.h"

#include "health/healthcolors.h"
#include "health/healthmonitor.h"
#include "health/healthoverviewmodel.h"
#include "health/metricnames.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr qint64 kWindows[3] = {5 * 60 * 1000, 3600 * 1000, 6 * 3600 * 1000};

enum Column { StatusColumn, InstanceColumn, HostColumn, RoleColumn, FigureColumn, ReasonColumn, PolledColumn, ColumnCount };

struct ChartKind
{
    const char *metric;
    const char *title;
    bool bytes = false;
    bool percent = false;
};

// The charts of each kind of card, in order.
QList<ChartKind> chartsFor(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Postgres:
        return {{metric::kPgTps, QT_TRANSLATE_NOOP("HealthDetail", "Transactions per second")},
                {metric::kPgConnections, QT_TRANSLATE_NOOP("HealthDetail", "Connections")},
                {metric::kPgReplicationLagSeconds, QT_TRANSLATE_NOOP("HealthDetail", "Replication lag (s)")},
                {metric::kPgCacheHitPercent, QT_TRANSLATE_NOOP("HealthDetail", "Cache hit ratio (%)"), false, true}};
    case TargetKind::Redis:
        return {{metric::kRedisOpsPerSecond, QT_TRANSLATE_NOOP("HealthDetail", "Operations per second")},
                {metric::kRedisUsedMemoryBytes, QT_TRANSLATE_NOOP("HealthDetail", "Memory used"), true},
                {metric::kRedisConnectedClients, QT_TRANSLATE_NOOP("HealthDetail", "Connected clients")},
                {metric::kRedisReplicationLagBytes, QT_TRANSLATE_NOOP("HealthDetail", "Replication lag"), true}};
    case TargetKind::Http:
        return {{metric::kHttpLatencyMs, QT_TRANSLATE_NOOP("HealthDetail", "Latency (ms)")},
                {metric::kHttpStatusCode, QT_TRANSLATE_NOOP("HealthDetail", "HTTP status")}};
    case TargetKind::Host:
        break;
    }
    return {{metric::kHostCpuPercent, QT_TRANSLATE_NOOP("HealthDetail", "CPU (%)"), false, true},
            {metric::kHostMemoryPercent, QT_TRANSLATE_NOOP("HealthDetail", "Memory (%)"), false, true},
            {metric::kHostDiskPercent, QT_TRANSLATE_NOOP("HealthDetail", "Fullest disk (%)"), false, true},
            {metric::kHostLoad1, QT_TRANSLATE_NOOP("HealthDetail", "Load (1 min)")}};
}

QString bytesText(double value)
{
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

HealthDetail::HealthDetail(HealthMonitor *monitor, MetricChart::PointsSource points, QWidget *parent)
    : QWidget(parent)
    , mMonitor(monitor)
    , mPoints(std::move(points))
    , mBack(new QToolButton(this))
    , mTitle(new QLabel(this))
    , mStatus(new QLabel(this))
    , mWindows(new QButtonGroup(this))
    , mPause(new QToolButton(this))
    , mInstances(new QStandardItemModel(0, ColumnCount, this))
    , mTable(new QTableView(this))
    , mFacts(new QTreeWidget(this))
    , mChartGrid(new QGridLayout)
{
    mBack->setObjectName(u"healthBackButton"_s);
    mBack->setArrowType(Qt::LeftArrow);
    mBack->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(mBack, &QToolButton::clicked, this, &HealthDetail::backRequested);
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);

    auto *header = new QHBoxLayout;
    header->addWidget(mBack);
    header->addWidget(mTitle);
    header->addWidget(mStatus);
    header->addStretch();
    for (int i = 0; i < 3; ++i) {
        mWindowButtons[i] = new QToolButton(this);
        mWindowButtons[i]->setCheckable(true);
        mWindowButtons[i]->setObjectName(u"healthWindow%1"_s.arg(i));
        mWindows->addButton(mWindowButtons[i], i);
        header->addWidget(mWindowButtons[i]);
    }
    mWindowButtons[0]->setChecked(true);
    connect(mWindows, &QButtonGroup::idClicked, this, [this](int id) { setWindowMs(kWindows[id]); });
    mPause->setObjectName(u"healthPauseButton"_s);
    mPause->setCheckable(true);
    connect(mPause, &QToolButton::toggled, this, &HealthDetail::setPaused);
    header->addSpacing(12);
    header->addWidget(mPause);

    mTable->setObjectName(u"healthInstances"_s);
    mTable->setModel(mInstances);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthDetail::showInstance);
    mFacts->setObjectName(u"healthFacts"_s);
    mFacts->setColumnCount(2);
    mFacts->setRootIsDecorated(true);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(mTable);
    top->addWidget(mFacts);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *chartsHost = new QWidget;
    chartsHost->setLayout(mChartGrid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsHost);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({180, 540}); // a few instances above, the charts get the room

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(mMonitor, &HealthMonitor::snapshotUpdated, this, &HealthDetail::snapshotUpdated);
    retranslate();
}

void HealthDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!mGroupId.isEmpty())
            showGroup(mGroupId);
    }
    QWidget::changeEvent(event);
}

void HealthDetail::retranslate()
{
    mBack->setText(tr("Overview"));
    mBack->setToolTip(tr("Back to all clusters, apps and hosts"));
    mWindowButtons[0]->setText(tr("5 min"));
    mWindowButtons[1]->setText(tr("1 h"));
    mWindowButtons[2]->setText(tr("6 h"));
    mPause->setText(mPaused ? tr("Resume") : tr("Pause"));
    mPause->setToolTip(tr("Freeze the charts to look at them; polling goes on"));
    mInstances->setHorizontalHeaderLabels(
        {tr("Status"), tr("Instance"), tr("Host"), tr("Role"), tr("Key figure"), tr("Reason"), tr("Polled")});
    mFacts->setHeaderLabels({tr("Property"), tr("Value")});
}

void HealthDetail::showGroup(const QString &groupId)
{
    mGroupId = groupId;
    const HealthGroup *group = mMonitor->layout().group(groupId);
    mInstances->removeRows(0, mInstances->rowCount());
    mFacts->clear();
    if (!group) {
        mTitle->clear();
        rebuildCharts();
        return;
    }
    mTitle->setText(u"%1 — %2"_s.arg(group->name, HealthOverviewModel::kindDisplayName(group->kind)));
    for (const QString &id : group->targetIds) {
        const int row = mInstances->rowCount();
        mInstances->insertRow(row);
        fillRow(row, mMonitor->snapshot(id));
    }
    mTable->resizeColumnsToContents();
    if (mInstances->rowCount() > 0)
        mTable->selectRow(0);
    rebuildCharts();
    snapshotUpdated(mMonitor->snapshot(group->targetIds.value(0)));
}

void HealthDetail::fillRow(int row, const HealthSnapshot &s)
{
    auto set = [&](int column, const QString &text) {
        auto *item = new QStandardItem(text);
        item->setData(s.target.id, Qt::UserRole);
        mInstances->setItem(row, column, item);
        return item;
    };
    QStandardItem *status = set(StatusColumn, healthStatusDisplayName(s.status));
    status->setForeground(healthStatusColor(s.status, palette()));
    status->setData(int(s.status), Qt::UserRole + 1);
    set(InstanceColumn, s.target.instance);
    set(HostColumn, s.target.address);
    set(RoleColumn, s.facts.value(u"role"_s));
    HealthGroup one{s.target.id, s.target.kind, s.target.instance, {s.target.id}};
    const HealthOverviewModel::Figures f = HealthOverviewModel::figures(one, {s});
    set(FigureColumn, f.keyText);
    set(ReasonColumn, s.reason);
    set(PolledColumn, s.at.isValid() ? QLocale().toString(s.at.toLocalTime().time(), QLocale::ShortFormat) + u" ("_s
                                             + tr("%1 ms").arg(s.durationMs) + u')'
                                     : QString());
}

void HealthDetail::snapshotUpdated(const HealthSnapshot &snapshot)
{
    for (int row = 0; row < mInstances->rowCount(); ++row) {
        if (mInstances->item(row, 0)->data(Qt::UserRole).toString() != snapshot.target.id)
            continue;
        fillRow(row, snapshot);
        if (mTable->currentIndex().row() == row)
            showInstance();
    }
    const HealthStatus status = mMonitor->groupStatus(mGroupId);
    mStatus->setText(healthStatusDisplayName(status));
    QPalette p = mStatus->palette();
    p.setColor(QPalette::WindowText, healthStatusColor(status, palette()));
    mStatus->setPalette(p);
    if (!mThresholds)
        return;
    for (MetricChart *chart : std::as_const(mCharts)) {
        std::optional<double> threshold;
        for (int row = 0; row < mInstances->rowCount(); ++row) {
            const HealthSnapshot s = mMonitor->snapshot(mInstances->item(row, 0)->data(Qt::UserRole).toString());
            if (const std::optional<double> t = mThresholds(chart->metric(), s))
                threshold = threshold ? std::min(*threshold, *t) : *t;
        }
        chart->setThreshold(threshold, tr("alert threshold"));
    }
}

void HealthDetail::showInstance()
{
    mFacts->clear();
    const QModelIndex current = mTable->currentIndex();
    if (!current.isValid())
        return;
    const HealthSnapshot s = mMonitor->snapshot(mInstances->item(current.row(), 0)->data(Qt::UserRole).toString());
    auto *facts = new QTreeWidgetItem(mFacts, {tr("Facts")});
    for (auto it = s.facts.cbegin(); it != s.facts.cend(); ++it)
        new QTreeWidgetItem(facts, {it.key(), it.value()});
    auto *metrics = new QTreeWidgetItem(mFacts, {tr("Figures")});
    for (auto it = s.metrics.cbegin(); it != s.metrics.cend(); ++it)
        new QTreeWidgetItem(metrics, {it.key(), it.key().endsWith(u"_bytes"_s) ? bytesText(it.value())
                                                                                : QLocale().toString(it.value(), 'g', 6)});
    for (auto table = s.details.cbegin(); table != s.details.cend(); ++table) {
        auto *tableItem = new QTreeWidgetItem(mFacts, {table.key()});
        for (const HealthDetailRow &row : table.value()) {
            auto *rowItem = new QTreeWidgetItem(tableItem, {row.name});
            QStringList summary;
            for (auto v = row.values.cbegin(); v != row.values.cend(); ++v) {
                const QString value = v.key().endsWith(u"bytes"_s) ? bytesText(v.value()) : QLocale().toString(v.value(), 'g', 6);
                new QTreeWidgetItem(rowItem, {v.key(), value});
                summary << v.key() + u' ' + value;
            }
            for (auto t = row.text.cbegin(); t != row.text.cend(); ++t) {
                new QTreeWidgetItem(rowItem, {t.key(), t.value()});
                summary << t.value();
            }
            rowItem->setText(1, summary.join(u", "_s));
        }
    }
    facts->setExpanded(true);
    mFacts->resizeColumnToContents(0);
}

void HealthDetail::rebuildCharts()
{
    qDeleteAll(mCharts);
    mCharts.clear();
    const HealthGroup *group = mMonitor->layout().group(mGroupId);
    if (!group)
        return;
    QList<QPair<QString, QString>> lines;
    for (const QString &id : group->targetIds)
        lines << qMakePair(id, mMonitor->snapshot(id).target.instance);
    const QList<ChartKind> kinds = chartsFor(group->kind);
    for (int i = 0; i < kinds.size(); ++i) {
        const ChartKind &kind = kinds.at(i);
        auto *chart = new MetricChart(QCoreApplication::translate("HealthDetail", kind.title), QString::fromLatin1(kind.metric));
        chart->setObjectName(u"healthChart_"_s + QString::fromLatin1(kind.metric));
        chart->setSource(mPoints);
        chart->setTargets(lines);
        chart->setWindowMs(mWindowMs);
        if (kind.bytes)
            chart->setFormatter(bytesText);
        else if (kind.percent)
            chart->setFormatter([](double v) { return QLocale().toString(v, 'f', 1) + u" %"_s; });
        mChartGrid->addWidget(chart, i / 2, i % 2);
        mCharts << chart;
    }
    refreshCharts();
}

void HealthDetail::setWindowMs(qint64 ms)
{
    mWindowMs = ms;
    for (int i = 0; i < 3; ++i)
        mWindowButtons[i]->setChecked(kWindows[i] == ms);
    for (MetricChart *chart : std::as_const(mCharts))
        chart->setWindowMs(ms);
    const bool paused = mPaused;
    mPaused = false; // a new window is drawn even when paused
    refreshCharts();
    mPaused = paused;
}

void HealthDetail::setPaused(bool paused)
{
    mPaused = paused;
    mPause->setChecked(paused);
    mPause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        refreshCharts();
}

void HealthDetail::refreshCharts()
{
    if (mPaused || !isVisible())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (MetricChart *chart : std::as_const(mCharts))
        chart->refresh(now);
}

} // namespace stackyard
