// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthoverviewmodel.h"

#include "health/healthmonitor.h"
#include "health/metricnames.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Sum of a metric over the snapshots that have it; -1 when none has.
double sum(const QList<HealthSnapshot> &snapshots, const char *name)
{
    double total = -1;
    for (const HealthSnapshot &s : snapshots)
        if (s.metrics.contains(QLatin1StringView(name)))
            total = (total < 0 ? 0 : total) + s.metrics.value(QLatin1StringView(name));
    return total;
}

double maximum(const QList<HealthSnapshot> &snapshots, const char *name)
{
    double most = -1;
    for (const HealthSnapshot &s : snapshots)
        if (s.metrics.contains(QLatin1StringView(name)))
            most = std::max(most, s.metrics.value(QLatin1StringView(name)));
    return most;
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString bytes(double value)
{
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

void postgresFigures(const QList<HealthSnapshot> &snapshots, HealthOverviewModel::Figures &f)
{
    f.key = sum(snapshots, metric::kPgTps);
    f.keyText = f.key < 0 ? QString() : QCoreApplication::translate("HealthOverviewModel", "%1 TPS").arg(number(f.key, f.key < 10 ? 1 : 0));
    QStringList parts;
    const double connections = sum(snapshots, metric::kPgConnections);
    const double max = maximum(snapshots, metric::kPgMaxConnections);
    if (connections >= 0 && max > 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "connections %1/%2").arg(number(connections), number(max));
    const double lag = maximum(snapshots, metric::kPgReplicationLagSeconds);
    if (lag >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "lag %1 s").arg(number(lag, lag < 10 ? 1 : 0));
    f.detail = parts.join(u" · "_s);
}

void redisFigures(const QList<HealthSnapshot> &snapshots, HealthOverviewModel::Figures &f)
{
    f.key = sum(snapshots, metric::kRedisOpsPerSecond);
    f.keyText = f.key < 0 ? QString() : QCoreApplication::translate("HealthOverviewModel", "%1 ops/s").arg(number(f.key));
    QStringList parts;
    const double used = sum(snapshots, metric::kRedisUsedMemoryBytes);
    if (used >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "memory %1").arg(bytes(used));
    const double clients = sum(snapshots, metric::kRedisConnectedClients);
    if (clients >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "%1 clients").arg(number(clients));
    f.detail = parts.join(u" · "_s);
}

void httpFigures(const QList<HealthSnapshot> &snapshots, HealthOverviewModel::Figures &f)
{
    f.key = maximum(snapshots, metric::kHttpLatencyMs);
    f.keyText = f.key < 0 ? QString() : QCoreApplication::translate("HealthOverviewModel", "%1 ms").arg(number(f.key));
    const double code = maximum(snapshots, metric::kHttpStatusCode);
    if (code > 0)
        f.detail = QCoreApplication::translate("HealthOverviewModel", "HTTP %1").arg(number(code));
}

void hostFigures(const QList<HealthSnapshot> &snapshots, HealthOverviewModel::Figures &f)
{
    f.key = maximum(snapshots, metric::kHostCpuPercent);
    f.keyText = f.key < 0 ? QString() : QCoreApplication::translate("HealthOverviewModel", "CPU %1 %").arg(number(f.key));
    QStringList parts;
    const double memory = maximum(snapshots, metric::kHostMemoryPercent);
    if (memory >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "memory %1 %").arg(number(memory));
    const double disk = maximum(snapshots, metric::kHostDiskPercent);
    if (disk >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "disk %1 %").arg(number(disk));
    const double load = maximum(snapshots, metric::kHostLoad1);
    if (load >= 0)
        parts << QCoreApplication::translate("HealthOverviewModel", "load %1").arg(number(load, 2));
    f.detail = parts.join(u" · "_s);
}

} // namespace

HealthOverviewModel::HealthOverviewModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HealthOverviewModel::setMonitor(HealthMonitor *monitor)
{
    if (mMonitor)
        disconnect(mMonitor, nullptr, this, nullptr);
    mMonitor = monitor;
    if (mMonitor)
        connect(mMonitor, &HealthMonitor::snapshotUpdated, this, &HealthOverviewModel::snapshotUpdated);
    reset();
}

void HealthOverviewModel::reset()
{
    beginResetModel();
    mRows.clear();
    mRowOfTarget.clear();
    if (mMonitor) {
        for (const HealthGroup &group : mMonitor->layout().groups) {
            Row row;
            row.group = group;
            QList<HealthSnapshot> snapshots;
            for (const QString &id : group.targetIds)
                snapshots << mMonitor->snapshot(id);
            row.figures = figures(group, snapshots);
            for (const QString &id : group.targetIds)
                mRowOfTarget.insert(id, int(mRows.size()));
            mRows << row;
        }
    }
    endResetModel();
}

HealthOverviewModel::Figures HealthOverviewModel::figures(const HealthGroup &group, const QList<HealthSnapshot> &snapshots)
{
    Figures f;
    f.total = int(snapshots.size());
    f.status = snapshots.isEmpty() ? HealthStatus::Unknown : HealthStatus::Up;
    QString reason;
    HealthStatus worst = HealthStatus::Up;
    for (const HealthSnapshot &s : snapshots) {
        f.status = worseStatus(f.status, s.status);
        if (s.status == HealthStatus::Up)
            ++f.up;
        if (s.status != HealthStatus::Up && (reason.isEmpty() || worseStatus(worst, s.status) != worst)) {
            worst = s.status;
            reason = s.reason.isEmpty() ? QString() : s.target.instance + u": "_s + s.reason;
        }
    }
    switch (group.kind) {
    case TargetKind::Postgres:
        postgresFigures(snapshots, f);
        break;
    case TargetKind::Redis:
        redisFigures(snapshots, f);
        break;
    case TargetKind::Http:
        httpFigures(snapshots, f);
        break;
    case TargetKind::Host:
        hostFigures(snapshots, f);
        break;
    }
    if (!reason.isEmpty())
        f.detail = reason;
    return f;
}

QString HealthOverviewModel::kindDisplayName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Postgres:
        return tr("PostgreSQL");
    case TargetKind::Redis:
        return tr("Redis");
    case TargetKind::Http:
        return tr("App");
    case TargetKind::Host:
        break;
    }
    return tr("Host");
}

void HealthOverviewModel::snapshotUpdated(const HealthSnapshot &snapshot)
{
    const auto it = mRowOfTarget.constFind(snapshot.target.id);
    if (it == mRowOfTarget.constEnd() || !mMonitor)
        return;
    Row &row = mRows[*it];
    QList<HealthSnapshot> snapshots;
    snapshots.reserve(row.group.targetIds.size());
    for (const QString &id : std::as_const(row.group.targetIds))
        snapshots << mMonitor->snapshot(id);
    row.figures = figures(row.group, snapshots);
    // One sparkline point per poll of the group: several targets answering in the same second
    // update the last point instead of adding one each.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double value = std::max(0.0, row.figures.key);
    if (!row.sparkline.isEmpty() && row.sparklineAt.isValid() && row.sparklineAt.msecsTo(now) < 900) {
        row.sparkline.last() = value;
    } else {
        row.sparkline << value;
        row.sparklineAt = now;
        if (row.sparkline.size() > kSparklinePoints)
            row.sparkline.removeFirst();
    }
    const QModelIndex i = index(*it);
    Q_EMIT dataChanged(i, i);
}

int HealthOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

QVariant HealthOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const Row &row = mRows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.group.name;
    case Qt::ToolTipRole:
        return row.figures.detail.isEmpty() ? row.group.name : row.group.name + u'\n' + row.figures.detail;
    case StatusRole:
        return int(row.figures.status);
    case SeverityRole:
        return healthSeverity(row.figures.status);
    case KindRole:
        return int(row.group.kind);
    case KindNameRole:
        return kindDisplayName(row.group.kind);
    case GroupIdRole:
        return row.group.id;
    case KeyFigureRole:
        return row.figures.keyText;
    case DetailRole:
        return row.figures.detail;
    case CountsRole:
        return tr("%1/%2 up").arg(row.figures.up).arg(row.figures.total);
    case SparklineRole:
        return QVariant::fromValue(row.sparkline);
    default:
        return {};
    }
}

QHash<int, QByteArray> HealthOverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(NameRole, "name");
    names.insert(KeyFigureRole, "keyFigure");
    names.insert(DetailRole, "detail");
    return names;
}

int HealthOverviewModel::rowOf(const QString &groupId) const
{
    for (int i = 0; i < mRows.size(); ++i)
        if (mRows.at(i).group.id == groupId)
            return i;
    return -1;
}

} // namespace stackyard
