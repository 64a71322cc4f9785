// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/provisioncommand.h"

#include "ctl/hostaccess.h"
#include "ctl/interruptcancels.h"
#include "provision/provisioner.h"
#include "provision/runrecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

void describe(QCommandLineParser &parser)
{
    HostAccess::describe(
        parser, QCoreApplication::translate(
                    "stackyardctl",
                    "Provisions a PostgreSQL or Redis cluster, or the compose apps of an app group, of INVENTORY on its hosts. First the hosts' facts are read "
                    "(OS, memory, cores, init system) and the exact plan is made: every command and every file, secrets "
                    "masked. --dry-run prints it and changes nothing; otherwise it is applied step by step, each step "
                    "first checking whether its state is already so. It stops at the first failure with the host, step, "
                    "command and error; applying again continues. Ctrl-C cancels. Each apply is recorded (see "
                    "'provision runs'). Exit 0 on success, 1 on a failure."));
    parser.addPositionalArgument(u"CLUSTER"_s, QCoreApplication::translate("stackyardctl", "A pg_cluster or redis_cluster name, its group, or an app group (apps: dify, open-webui)."));
    parser.addOption({u"dry-run"_s, QCoreApplication::translate("stackyardctl", "Print the plan and change nothing.")});
    parser.addOption({u"limit"_s, QCoreApplication::translate("stackyardctl", "Only the steps on this host (an inventory host key)."), u"HOST"_s});
    parser.addOption({u"user"_s, QCoreApplication::translate("stackyardctl", "Only this user of the PostgreSQL cluster (like bin/pgsql-user)."), u"NAME"_s});
    parser.addOption({u"database"_s, QCoreApplication::translate("stackyardctl", "Only this database of the PostgreSQL cluster (like bin/pgsql-db)."), u"NAME"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON: the plan (with --dry-run) or the run's result.")});
    parser.addOption({u"verbose"_s, QCoreApplication::translate("stackyardctl", "Show each command's output as it runs.")});
}

QString symbol(StepResult::State state)
{
    switch (state) {
    case StepResult::State::AlreadySo:
    case StepResult::State::Verified:
        return u"ok"_s;
    case StepResult::State::Changed:
        return u"changed"_s;
    case StepResult::State::NotNeeded:
        return u"-"_s;
    case StepResult::State::Failed:
        return u"FAILED"_s;
    default:
        break;
    }
    return u"…"_s;
}

QJsonObject resultJson(const Plan &plan, const QList<StepResult> &results, const RunSummary &summary, const QString &record)
{
    QJsonArray steps;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const StepResult r = results.value(i);
        steps.append(QJsonObject{{u"id"_s, plan.steps.at(i).id},
                                 {u"host"_s, plan.steps.at(i).host},
                                 {u"title"_s, plan.steps.at(i).title},
                                 {u"state"_s, StepResult::stateKey(r.state)},
                                 {u"duration_ms"_s, r.durationMs},
                                 {u"differences"_s, QJsonArray::fromStringList(r.differences)},
                                 {u"error"_s, r.error}});
    }
    return {{u"target"_s, plan.target}, {u"success"_s, summary.success}, {u"cancelled"_s, summary.cancelled},
            {u"changed"_s, summary.changed}, {u"already_so"_s, summary.alreadySo}, {u"duration_ms"_s, summary.durationMs},
            {u"error"_s, summary.error}, {u"record"_s, record}, {u"steps"_s, steps}};
}

int run(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl provision: expected INVENTORY and CLUSTER") << "\n\n" << io.usage;
        return ExitUsage;
    }
    if (parser.isSet(u"user"_s) && parser.isSet(u"database"_s)) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl provision: --user and --database cannot be used together") << "\n\n" << io.usage;
        return ExitUsage;
    }
    std::optional<HostAccess> access = HostAccess::open(parser, args.at(0), io);
    if (!access)
        return ExitFailure;
    Provisioner provisioner(access->inventory(), [&](const QString &host) -> Result<std::shared_ptr<Transport>> {
        const Result<HostSettings> settings = access->settings(host);
        if (!settings)
            return settings.error();
        return access->transport(*settings);
    });
    QStringList unreadable;
    if (parser.isSet(u"dry-run"_s)) {
        // A preview masks every secret: one that cannot be read now is only reported.
        provisioner.setReveal([&unreadable](const QString &value, const QString &where) -> Result<QString> {
            Result<QString> secret = PlanRequest::revealFromKeychain(value, where);
            if (secret)
                return secret;
            unreadable << secret.error().toString();
            return u"(unread secret)"_s;
        });
    }
    const CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    const bool json = parser.isSet(u"json"_s);
    if (!json)
        io.err << QCoreApplication::translate("stackyardctl", "Reading the facts of the hosts…") << Qt::endl;
    const auto prepared = provisioner.prepare({args.at(1), parser.value(u"limit"_s), parser.value(u"user"_s),
                                               parser.value(u"database"_s)},
                                              cancel);
    if (!prepared) {
        HostAccess::printError(io, prepared.error());
        return ExitFailure;
    }
    const Plan &plan = prepared->plan;
    if (parser.isSet(u"dry-run"_s)) {
        if (json)
            io.out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        else
            io.out << plan.previewText();
        for (const QString &e : std::as_const(unreadable))
            io.err << QCoreApplication::translate("stackyardctl", "warning: %1 (an apply fails until it can be read)").arg(e)
                   << '\n';
        return ExitOk;
    }

    const bool verbose = parser.isSet(u"verbose"_s);
    ProvisionRunner::Observer observer;
    observer.started = [&](int i) {
        if (!json)
            io.err << u"[%1/%2] %3: %4"_s.arg(i + 1).arg(plan.steps.size()).arg(plan.steps.at(i).host, plan.steps.at(i).title)
                   << Qt::endl;
    };
    observer.output = [&](int, const QString &chunk) {
        if (verbose && !json)
            io.err << chunk << Qt::flush;
    };
    observer.finished = [&](int i, const StepResult &r) {
        if (json || r.state == StepResult::State::Cancelled)
            return;
        io.err << u"        %1 (%2 ms)%3"_s.arg(symbol(r.state)).arg(r.durationMs).arg(
                      r.differences.isEmpty() ? QString() : u": "_s + r.differences.join(u"; "_s))
               << Qt::endl;
        (void)i;
    };
    const QDateTime started = QDateTime::currentDateTime();
    QList<StepResult> results;
    const RunSummary summary = ProvisionRunner::run(plan, provisioner.transportFunction(), prepared->sudoHosts, observer,
                                                    cancel, &results);
    RunRecord record = RunRecord::from(plan, results, summary, started, QDateTime::currentDateTime());
    const Result<QString> saved = record.save();
    if (!saved)
        HostAccess::printError(io, saved.error());
    if (json) {
        io.out << QJsonDocument(resultJson(plan, results, summary, saved ? *saved : QString())).toJson(QJsonDocument::Indented);
    } else if (summary.success) {
        io.out << QCoreApplication::translate("stackyardctl", "%1: done in %2 s: %3 step(s) changed, %4 already so.")
                      .arg(plan.target)
                      .arg(double(summary.durationMs) / 1000.0, 0, 'f', 1)
                      .arg(summary.changed)
                      .arg(summary.alreadySo)
               << '\n';
    } else {
        io.err << u"stackyardctl: "_s << summary.error << '\n'
               << (summary.cancelled ? QCoreApplication::translate("stackyardctl", "Cancelled: nothing after this step was done. Apply again to continue.")
                                     : QCoreApplication::translate("stackyardctl", "Fix the cause and apply again: steps already done are checked and skipped."))
               << '\n';
    }
    if (saved && !json)
        io.err << QCoreApplication::translate("stackyardctl", "Run recorded in %1").arg(*saved) << '\n';
    return summary.success ? ExitOk : ExitFailure;
}

void describeRuns(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("stackyardctl", "Lists the provisioning runs recorded on this machine, newest first."));
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON.")});
}

int runRuns(const QCommandLineParser &parser, Io &io)
{
    const QList<RunRecord> runs = RunRecord::list();
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const RunRecord &r : runs)
            list.append(QJsonObject{{u"started"_s, r.started.toString(Qt::ISODate)}, {u"target"_s, r.target},
                                    {u"inventory"_s, r.inventoryPath}, {u"success"_s, r.summary.success},
                                    {u"changed"_s, r.summary.changed}, {u"duration_ms"_s, r.summary.durationMs},
                                    {u"error"_s, r.summary.error}, {u"record"_s, r.path}});
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const RunRecord &r : runs)
        io.out << u"%1  %2  %3  %4"_s.arg(r.started.toString(u"yyyy-MM-dd HH:mm:ss"_s), r.target.leftJustified(20),
                                          r.summary.success ? QCoreApplication::translate("stackyardctl", "succeeded") : QCoreApplication::translate("stackyardctl", "failed"), r.path)
               << '\n';
    return ExitOk;
}

} // namespace

Command provisionCommand()
{
    return {{u"provision"_s}, QCoreApplication::translate("stackyardctl", "Plan and apply a PostgreSQL or Redis cluster on its hosts"), describe, run};
}

Command provisionRunsCommand()
{
    return {{u"provision"_s, u"runs"_s}, QCoreApplication::translate("stackyardctl", "List the recorded provisioning runs"), describeRuns, runRuns};
}

} // namespace stackyard::ctl
