// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/healthcommand.h"

#include "ctl/hostaccess.h"
#include "ctl/interruptcancels.h"
#include "health/healthjson.h"
#include "health/healthmonitor.h"
#include "health/healthoverviewmodel.h"
#include "health/probefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

void describe(QCommandLineParser &parser)
{
    HostAccess::describe(
        parser, QCoreApplication::translate(
                    "stackyardctl",
                    "Polls every PostgreSQL and Redis instance, app endpoint and host of INVENTORY (or of one cluster, "
                    "app or host) and prints its status with the key figures: transactions per second, connections, "
                    "replication lag, Redis operations and memory, HTTP status and latency, CPU, memory and disk. Rates "
                    "need two polls, so a single run polls twice, one interval apart. Exit 0 when everything is up, 1 "
                    "when something is degraded, down or unknown."));
    parser.addPositionalArgument(u"CLUSTER"_s, QCoreApplication::translate("stackyardctl", "Only this cluster, app, app group or host."), u"[CLUSTER]"_s);
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print every snapshot as JSON (one array per poll with --watch).")});
    parser.addOption({u"watch"_s, QCoreApplication::translate("stackyardctl", "Poll every SECONDS seconds and print each time until Ctrl-C."), u"SECONDS"_s});
    parser.addOption({u"timeout"_s, QCoreApplication::translate("stackyardctl", "How long one poll of a target may take (default 5)."), u"SECONDS"_s, u"5"_s});
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, u' ', false);
}

void printTable(Io &io, const QList<HealthSnapshot> &snapshots)
{
    int widths[4] = {8, 9, 10, 10};
    for (const HealthSnapshot &s : snapshots) {
        widths[0] = std::max(widths[0], int(healthStatusName(s.status).size()));
        widths[1] = std::max(widths[1], int(s.target.cluster.size()));
        widths[2] = std::max(widths[2], int(s.target.instance.size()));
        widths[3] = std::max(widths[3], int(s.target.address.size()));
    }
    io.out << pad(QCoreApplication::translate("stackyardctl", "STATUS"), widths[0] + 2) << pad(QCoreApplication::translate("stackyardctl", "KIND"), 10)
           << pad(QCoreApplication::translate("stackyardctl", "CLUSTER"), widths[1] + 2) << pad(QCoreApplication::translate("stackyardctl", "INSTANCE"), widths[2] + 2)
           << pad(QCoreApplication::translate("stackyardctl", "ADDRESS"), widths[3] + 2) << pad(QCoreApplication::translate("stackyardctl", "KEY FIGURE"), 16)
           << QCoreApplication::translate("stackyardctl", "DETAILS") << '\n';
    for (const HealthSnapshot &s : snapshots) {
        const HealthGroup one{s.target.id, s.target.kind, s.target.instance, {s.target.id}};
        const HealthOverviewModel::Figures f = HealthOverviewModel::figures(one, {s});
        io.out << pad(healthStatusName(s.status), widths[0] + 2) << pad(targetKindName(s.target.kind), 10)
               << pad(s.target.cluster.isEmpty() ? u"-"_s : s.target.cluster, widths[1] + 2) << pad(s.target.instance, widths[2] + 2)
               << pad(s.target.address, widths[3] + 2) << pad(f.keyText.isEmpty() ? u"-"_s : f.keyText, 16) << f.detail << '\n';
    }
    io.out.flush();
}

bool allUp(const QList<HealthSnapshot> &snapshots)
{
    for (const HealthSnapshot &s : snapshots)
        if (s.status != HealthStatus::Up)
            return false;
    return true;
}

int run(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl health: expected INVENTORY and at most one CLUSTER") << "\n\n" << io.usage;
        return ExitUsage;
    }
    bool ok = true;
    const int watch = parser.isSet(u"watch"_s) ? parser.value(u"watch"_s).toInt(&ok) : 0;
    if (!ok || watch < 0 || (parser.isSet(u"watch"_s) && watch == 0)) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl health: --watch needs a number of seconds above 0") << "\n\n" << io.usage;
        return ExitUsage;
    }
    const int timeout = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || timeout <= 0) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl health: --timeout needs a number of seconds above 0") << "\n\n" << io.usage;
        return ExitUsage;
    }
    std::optional<HostAccess> access = HostAccess::open(parser, args.at(0), io);
    if (!access)
        return ExitFailure;
    const HealthLayout layout = healthLayout(access->inventory(), args.value(1));
    if (layout.targets.isEmpty()) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl health: %1 has no cluster, app or host named '%2'")
                      .arg(args.at(0), args.value(1))
               << '\n';
        return ExitFailure;
    }

    const Result<PrometheusSourceSettings> prometheus = PrometheusSourceSettings::fromInventory(access->inventory());
    if (!prometheus) {
        HostAccess::printError(io, prometheus.error());
        return ExitFailure;
    }
    HealthMonitor monitor;
    HealthMonitor::Options options;
    options.prometheus = *prometheus;
    options.intervalMs = std::max(1, watch) * 1000;
    options.timeoutMs = timeout * 1000;
    const HostAccess *hosts = &*access;
    options.factory = standardProbeFactory([hosts](const QString &hostKey) -> Result<std::shared_ptr<Transport>> {
        const Result<HostSettings> settings = hosts->settings(hostKey);
        if (!settings)
            return settings.error();
        return hosts->transport(*settings);
    });
    monitor.setLayout(layout, options);

    const CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    QEventLoop loop;
    QTimer cancelled;
    QObject::connect(&cancelled, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled())
            loop.exit(1);
    });
    cancelled.start(100);
    QObject::connect(&monitor, &HealthMonitor::cycleFinished, &loop, [&] { loop.exit(0); });
    const bool json = parser.isSet(u"json"_s);
    // The first cycle only gives the counters that rates are computed from.
    monitor.pollNow();
    if (loop.exec() != 0)
        return ExitFailure;
    bool up = false;
    for (int cycle = 0;; ++cycle) {
        QTimer::singleShot(cycle == 0 ? 1000 : options.intervalMs, &monitor, &HealthMonitor::pollNow);
        if (loop.exec() != 0)
            break;
        const QList<HealthSnapshot> snapshots = monitor.snapshots();
        up = allUp(snapshots);
        if (json) {
            QJsonArray array;
            for (const HealthSnapshot &s : snapshots)
                array.append(healthSnapshotJson(s));
            io.out << QJsonDocument(array).toJson(watch ? QJsonDocument::Compact : QJsonDocument::Indented);
            if (watch)
                io.out << '\n';
            io.out.flush();
        } else {
            if (watch)
                io.out << QDateTime::currentDateTime().toString(Qt::ISODate) << '\n';
            printTable(io, snapshots);
            if (watch)
                io.out << '\n';
        }
        if (!watch)
            break;
    }
    return up ? ExitOk : ExitFailure;
}

} // namespace

Command healthCommand()
{
    return {{u"health"_s}, QCoreApplication::translate("stackyardctl", "Show the health of every instance, app and host"), describe, run};
}

} // namespace stackyard::ctl
