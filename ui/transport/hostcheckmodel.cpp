// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostcheckmodel.h"

#include "shared/themedicon.h"

using namespace Qt::StringLiterals;

namespace stackyard {

HostCheckModel::HostCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
    , mOk(themedIcon(u"status-ok"_s))
    , mError(themedIcon(u"status-error"_s))
    , mWarn(themedIcon(u"status-warn"_s))
    , mUnknown(themedIcon(u"status-unknown"_s))
{
}

void HostCheckModel::setHosts(const QStringList &hosts)
{
    beginResetModel();
    mRows.clear();
    for (const QString &host : hosts)
        mRows.append(Row{host, State::Pending, {}});
    endResetModel();
}

void HostCheckModel::setRunning(int row)
{
    if (row < 0 || row >= mRows.size() || mRows[row].state == State::Done)
        return;
    mRows[row].state = State::Running;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HostCheckModel::setReport(int row, const HostCheckReport &report)
{
    if (row < 0 || row >= mRows.size())
        return;
    mRows[row].state = State::Done;
    mRows[row].report = report;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int HostCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int HostCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const Row &row = mRows.at(index.row());
    const HostCheckReport &r = row.report;
    const bool done = row.state == State::Done;
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        if (!done)
            return mUnknown;
        return r.ok() ? mOk : r.cancelled ? mWarn : mError;
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && done)
        return errorText(r);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == HostColumn)
        return row.host;
    if (index.column() == StatusColumn) {
        if (row.state == State::Pending)
            return tr("waiting");
        if (row.state == State::Running)
            return tr("checking…");
        return statusText(r);
    }
    if (!done)
        return {};
    switch (Column(index.column())) {
    case LatencyColumn:
        return latencyText(r);
    case AuthColumn:
        return r.auth;
    case OsColumn:
        return osText(r);
    case KernelColumn:
        return r.kernel;
    case CpuColumn:
        return cpuText(r);
    case RamColumn:
        return memoryText(r);
    case SudoColumn:
        return sudoText(r);
    case ErrorColumn:
        return r.ok() ? r.warnings.join(u"; "_s) : r.error->toString();
    default:
        return {};
    }
}

QVariant HostCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case HostColumn:
        return tr("Host");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case AuthColumn:
        return tr("Authentication");
    case OsColumn:
        return tr("OS");
    case KernelColumn:
        return tr("Kernel");
    case CpuColumn:
        return tr("CPU");
    case RamColumn:
        return tr("RAM");
    case SudoColumn:
        return tr("sudo");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QString HostCheckModel::statusText(const HostCheckReport &report)
{
    if (report.ok())
        return tr("reachable");
    return report.cancelled ? tr("cancelled") : tr("failed");
}

QString HostCheckModel::latencyText(const HostCheckReport &report)
{
    if (report.latencyMs <= 0)
        return {};
    if (report.connectMs > 0)
        return tr("%1 ms (connect %2 ms)").arg(report.latencyMs, 0, 'f', 1).arg(report.connectMs, 0, 'f', 0);
    return tr("%1 ms").arg(report.latencyMs, 0, 'f', 1);
}

QString HostCheckModel::hostKeyText(const HostCheckReport &report)
{
    if (report.fingerprint.isEmpty())
        return report.auth == u"local"_s ? tr("none (this machine, no SSH)") : QString();
    return report.hostKeyType + u' ' + report.fingerprint
        + (report.hostKeyAdded ? u' ' + tr("(trusted just now)") : QString());
}

QString HostCheckModel::osText(const HostCheckReport &report)
{
    if (report.os.isEmpty())
        return report.osId;
    return report.osId.isEmpty() ? report.os : u"%1 [%2]"_s.arg(report.os, report.osId);
}

QString HostCheckModel::cpuText(const HostCheckReport &report)
{
    return report.cpus > 0 ? tr("%n CPU(s)", nullptr, report.cpus) : QString();
}

QString HostCheckModel::memoryText(const HostCheckReport &report)
{
    return report.memoryKiB > 0 ? tr("%1 GiB").arg(double(report.memoryKiB) / 1048576.0, 0, 'f', 1) : QString();
}

QString HostCheckModel::sudoText(const HostCheckReport &report)
{
    switch (report.sudo) {
    case HostCheckReport::Sudo::Yes:
        return tr("yes (no password needed)");
    case HostCheckReport::Sudo::WithPassword:
        return tr("yes (with the become password)");
    case HostCheckReport::Sudo::No:
        return tr("no");
    case HostCheckReport::Sudo::Unknown:
        break;
    }
    return {};
}

QString HostCheckModel::errorText(const HostCheckReport &report)
{
    QStringList parts;
    if (!report.ok()) {
        const Error &e = *report.error;
        parts << (e.where.isEmpty() ? e.what : tr("%1: %2").arg(e.where, e.what));
        if (!e.detail.isEmpty())
            parts << tr("Remote/library message: %1").arg(e.detail);
        if (!e.hint.isEmpty())
            parts << tr("What to do: %1").arg(e.hint);
    }
    for (const QString &warning : report.warnings)
        parts << tr("Warning: %1").arg(warning);
    return parts.join(u'\n');
}

} // namespace stackyard
