// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/alertsmodel.h"

#include <QLocale>

namespace stackyard {

namespace {

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

AlertsModel::AlertsModel(AlertEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , mEngine(engine)
{
    connect(engine, &AlertEngine::alertsChanged, this, &AlertsModel::refresh);
    refresh();
}

void AlertsModel::refresh()
{
    beginResetModel();
    mAlerts = mEngine->activeAlerts();
    mActive = int(mAlerts.size());
    mAlerts += mEngine->recentAlerts();
    endResetModel();
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mAlerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mAlerts.size())
        return {};
    const Alert &a = mAlerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            if (!a.isActive())
                return tr("Cleared");
            return a.severity == AlertSeverity::Critical ? tr("Critical") : tr("Warning");
        case TargetColumn:
            return a.target.instance;
        case MessageColumn:
            return a.message;
        case SinceColumn:
            return timeText(a.since);
        case ClearedColumn:
            return timeText(a.cleared);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\nsince %2, fired %3").arg(a.message, QLocale().toString(a.since.toLocalTime(), QLocale::LongFormat),
                                                 QLocale().toString(a.firedAt.toLocalTime(), QLocale::LongFormat));
    case ActiveRole:
        return a.isActive();
    case TargetIdRole:
        return a.target.id;
    case SeverityRole:
        return int(a.severity);
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("State");
    case TargetColumn:
        return tr("Target");
    case MessageColumn:
        return tr("Alert");
    case SinceColumn:
        return tr("Since");
    case ClearedColumn:
        return tr("Cleared");
    default:
        return {};
    }
}

} // namespace stackyard
