// SPDX-License-Identifier: GPL-3.0-or-later
// stackyardctl host check: every (or the named) host of an inventory in parallel — reachable,
// how fast, how it authenticated, its host key, OS, kernel, CPUs, memory, and whether sudo works.
#include "ctl/hostaccess.h"
#include "ctl/hostcommands.h"

#include "transport/hostcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

QString hostKeyText(const HostCheckReport &r)
{
    return r.fingerprint.isEmpty() ? QString() : r.hostKeyType + u' ' + r.fingerprint;
}

QJsonObject toJson(const HostCheckReport &r)
{
    QJsonObject o{{u"host"_s, r.host}, {u"target"_s, r.target}, {u"ok"_s, !r.error}};
    if (r.error) {
        o.insert(u"error"_s, QJsonObject{{u"what"_s, r.error->what}, {u"where"_s, r.error->where},
                                        {u"hint"_s, r.error->hint}, {u"detail"_s, r.error->detail}});
        return o;
    }
    o.insert(u"connect_ms"_s, r.connectMs);
    o.insert(u"latency_ms"_s, r.latencyMs);
    o.insert(u"auth"_s, r.auth);
    o.insert(u"host_key"_s, hostKeyText(r));
    o.insert(u"os"_s, r.os);
    o.insert(u"os_id"_s, r.osId);
    o.insert(u"kernel"_s, r.kernel);
    o.insert(u"cpus"_s, r.cpus);
    o.insert(u"memory_kib"_s, r.memoryKiB);
    o.insert(u"sudo"_s, r.sudoName());
    return o;
}

void printText(Io &io, const HostCheckReport &r)
{
    const auto row = [&io](const QString &label, const QString &value) { io.out << u"  "_s << label.leftJustified(10) << value << '\n'; };
    io.out << r.host << (r.target.isEmpty() || r.target == r.host ? QString() : u" ("_s + r.target + u')') << u": "_s;
    if (r.error) {
        io.out << QCoreApplication::translate("stackyardctl", "FAILED") << '\n';
        row(QCoreApplication::translate("stackyardctl", "error"), r.error->toString());
        return;
    }
    io.out << QCoreApplication::translate("stackyardctl", "ok") << '\n';
    row(QCoreApplication::translate("stackyardctl", "latency"),
        QCoreApplication::translate("stackyardctl", "%1 ms (connect %2 ms)").arg(r.latencyMs, 0, 'f', 1).arg(r.connectMs, 0, 'f', 0));
    row(QCoreApplication::translate("stackyardctl", "auth"), r.auth);
    if (!r.fingerprint.isEmpty())
        row(QCoreApplication::translate("stackyardctl", "host key"), hostKeyText(r));
    row(QCoreApplication::translate("stackyardctl", "os"), u"%1 [%2]"_s.arg(r.os, r.osId));
    row(QCoreApplication::translate("stackyardctl", "kernel"), r.kernel);
    row(QCoreApplication::translate("stackyardctl", "cpu/ram"),
        QCoreApplication::translate("stackyardctl", "%1 CPUs, %2 GiB").arg(r.cpus).arg(double(r.memoryKiB) / 1048576.0, 0, 'f', 1));
    const QString sudo = r.sudo == HostCheckReport::Sudo::Yes ? QCoreApplication::translate("stackyardctl", "yes (no password needed)")
        : r.sudo == HostCheckReport::Sudo::WithPassword      ? QCoreApplication::translate("stackyardctl", "yes (with the become password)")
                                                             : QCoreApplication::translate("stackyardctl", "no");
    row(QCoreApplication::translate("stackyardctl", "sudo"), sudo);
}

} // namespace

void describeHostCheck(QCommandLineParser &parser)
{
    HostAccess::describe(parser, QCoreApplication::translate(
        "stackyardctl",
        "Connects to every host of INVENTORY (or the HOSTs named), all in parallel, and reports reachability, "
        "latency, the authentication used, the host key fingerprint, OS, kernel, CPUs, memory and whether sudo "
        "works. Exits 1 when a host failed."));
    parser.addPositionalArgument(u"HOST"_s, QCoreApplication::translate("stackyardctl", "Host keys of the inventory (default: all)."),
                                 u"[HOST…]"_s);
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON instead of text.")});
}

int runHostCheck(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl host check: expected INVENTORY [HOST…]") << "\n\n" << io.usage;
        return ExitUsage;
    }
    std::optional<HostAccess> access = HostAccess::open(parser, args[0], io);
    if (!access)
        return ExitFailure;
    const QStringList hosts = args.size() > 1 ? args.mid(1) : access->inventory().hostKeys();
    std::vector<HostCheckReport> reports(size_t(hosts.size()));
    std::vector<std::thread> workers;
    const HostAccess &hostAccess = *access;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        workers.emplace_back([&hostAccess, host = hosts[i], report = &reports[size_t(i)]] {
            *report = HostCheck::run(host, hostAccess.settings(host),
                                     [&hostAccess](const HostSettings &settings) { return hostAccess.transport(settings); });
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    bool allOk = true;
    QJsonArray json;
    for (const HostCheckReport &report : reports) {
        allOk = allOk && !report.error;
        if (parser.isSet(u"json"_s))
            json.append(toJson(report));
        else
            printText(io, report);
    }
    if (parser.isSet(u"json"_s))
        io.out << QJsonDocument(QJsonObject{{u"hosts"_s, json}}).toJson(QJsonDocument::Indented);
    return allOk ? ExitOk : ExitFailure;
}

} // namespace stackyard::ctl
