// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/provisionrunner.h"

#include "provision/runrecord.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTemporaryFile>

#include <thread>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr qsizetype kOutputCap = 64 * 1024;

// The state of a step's run, shared by its helpers.
struct StepRun
{
    const PlanStep &step;
    Transport &transport;
    bool sudo;
    const ProvisionRunner::Observer &observer;
    const CancelToken &cancel;
    int index;
    StepResult result;

    void append(const QString &text)
    {
        if (result.output.size() < kOutputCap)
            result.output += text.left(kOutputCap - result.output.size());
        if (observer.output)
            observer.output(index, text);
    }

    CommandSpec root(CommandSpec spec) const
    {
        spec.become = sudo;
        return spec;
    }

    // Runs c; returns its result, or fails the step (result.error) and returns nothing.
    std::optional<CommandResult> execute(const PlanCommand &c, const QString &what)
    {
        if (!c.secretOutput)
            append(u"$ "_s + c.spec.displayText() + u'\n');
        CommandSpec spec = c.spec;
        if (spec.timeoutMs == 0)
            spec.timeoutMs = step.timeoutMs;
        CommandResult collected;
        const Result<ExitStatus> status = transport.run(
            spec,
            [&](OutputStream stream, const QByteArray &chunk) {
                QByteArray &into = stream == OutputStream::Stdout ? collected.stdoutData : collected.stderrData;
                if (into.size() < Transport::kDefaultOutputCap)
                    into += chunk;
                if (!c.secretOutput)
                    append(QString::fromUtf8(chunk));
            },
            cancel);
        if (!status) {
            result.error = QCoreApplication::translate("ProvisionRunner", "Step \"%1\" on %2 failed while %3: %4").arg(step.title, step.host, what, status.error().toString());
            return std::nullopt;
        }
        collected.status = *status;
        return collected;
    }

    bool fail(const PlanCommand &c, const CommandResult &r)
    {
        result.error = QCoreApplication::translate("ProvisionRunner", "Step \"%1\" on %2 failed: %3 (%4)\n%5")
                           .arg(step.title, step.host, c.spec.displayText(), r.status.toString(),
                                c.secretOutput ? QCoreApplication::translate("ProvisionRunner", "(output withheld: it may hold secrets)")
                                               : QString::fromUtf8(r.stderrData).trimmed());
        return false;
    }

    // The files whose content, mode or owner on the host differ from the plan's.
    std::optional<QList<const PlanFile *>> differingFiles()
    {
        QList<const PlanFile *> out;
        for (const PlanFile &f : step.files) {
            PlanCommand probe;
            probe.spec = root({});
            probe.spec.argv = {u"sh"_s, u"-c"_s,
                               u"if [ -e \"$1\" ]; then sha256sum -- \"$1\" | cut -d' ' -f1; stat -c '%a %U:%G' -- \"$1\"; "
                               u"else echo missing; fi"_s,
                               u"sh"_s, f.path};
            probe.secretOutput = true; // nothing secret, but not worth showing
            const auto r = execute(probe, QCoreApplication::translate("ProvisionRunner", "reading %1").arg(f.path));
            if (!r)
                return std::nullopt;
            const QStringList lines = QString::fromUtf8(r->stdoutData).split(u'\n', Qt::SkipEmptyParts);
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
            const QString mode = QString::number(f.mode, 8);
            bool same = lines.size() == 2 && lines.at(0) == sha && lines.at(1).section(u' ', 0, 0) == mode;
            if (same && !f.owner.isEmpty()) {
                const QString owner = lines.at(1).section(u' ', 1);
                same = f.owner.contains(u':') ? owner == f.owner : owner.section(u':', 0, 0) == f.owner;
            }
            if (!same) {
                out.append(&f);
                result.differences << (lines.value(0) == u"missing"_s ? QCoreApplication::translate("ProvisionRunner", "%1 is missing").arg(f.path)
                                                                      : QCoreApplication::translate("ProvisionRunner", "%1 differs").arg(f.path));
            }
        }
        return out;
    }

    bool writeFile(const PlanFile &f)
    {
        append(QCoreApplication::translate("ProvisionRunner", "writing %1 (mode %2)").arg(f.path, QString::number(f.mode, 8)) + u'\n');
        PlanCommand mkdir;
        mkdir.spec = root({});
        mkdir.spec.argv = {u"mkdir"_s, u"-p"_s, u"--"_s, QFileInfo(f.path).path()};
        const auto made = execute(mkdir, QCoreApplication::translate("ProvisionRunner", "creating the folder of %1").arg(f.path));
        if (!made)
            return false;
        if (!made->status.success())
            return fail(mkdir, *made);
        QTemporaryFile local;
        if (!local.open() || local.write(f.content) != f.content.size() || !local.flush()) {
            result.error = QCoreApplication::translate("ProvisionRunner", "Step \"%1\": cannot stage %2 for upload: %3").arg(step.title, f.path, local.errorString());
            return false;
        }
        FileOptions options;
        options.mode = f.mode;
        options.owner = f.owner;
        options.become = sudo;
        const auto sent = transport.upload(local.fileName(), f.path, options, {}, cancel);
        if (!sent) {
            result.error = QCoreApplication::translate("ProvisionRunner", "Step \"%1\" on %2 failed while writing %3: %4").arg(step.title, step.host, f.path, sent.error().toString());
            return false;
        }
        return true;
    }

    // Whether the check says "already so"; nullopt when the check itself could not run.
    std::optional<CheckOutcome> check()
    {
        const auto r = execute(*step.check, QCoreApplication::translate("ProvisionRunner", "running its check"));
        if (!r)
            return std::nullopt;
        if (step.judge)
            return step.judge(*r);
        CheckOutcome o;
        o.satisfied = r->status.success();
        if (!o.satisfied)
            o.differences << (step.checkText.isEmpty() ? QCoreApplication::translate("ProvisionRunner", "the check did not pass") : step.checkText);
        return o;
    }
};

StepResult runStep(const PlanStep &step, int index, Transport &transport, bool sudo, bool notified,
                   const ProvisionRunner::Observer &observer, const CancelToken &cancel)
{
    StepRun run{step, transport, sudo, observer, cancel, index, {}};
    StepResult &r = run.result;
    const auto failed = [&] {
        r.state = cancel.isCancelled() ? StepResult::State::Cancelled : StepResult::State::Failed;
        // A step that says why it can fail speaks first; the technical error follows.
        if (r.state == StepResult::State::Failed && !step.failure.isEmpty())
            r.error = step.failure + (step.failureHint.isEmpty() ? QString() : u" — "_s + step.failureHint) + u"\n"_s + r.error;
        return r;
    };
    if (step.kind == PlanStep::Kind::Handler && !notified) {
        r.state = StepResult::State::NotNeeded;
        return r;
    }
    const auto runCommands = [&]() -> bool {
        for (const PlanCommand &c : step.commands) {
            if (cancel.isCancelled())
                return false;
            const auto done = run.execute(c, QCoreApplication::translate("ProvisionRunner", "running its commands"));
            if (!done || !done->status.success())
                return done ? run.fail(c, *done) : false;
        }
        return true;
    };
    if (step.kind != PlanStep::Kind::Change) {
        if (!runCommands())
            return failed();
        if (step.check) {
            const auto o = run.check();
            if (!o)
                return failed();
            if (!o->satisfied) {
                r.error = QCoreApplication::translate("ProvisionRunner", "Verification \"%1\" on %2 failed: %3").arg(step.title, step.host, o->differences.join(u"; "_s));
                return failed();
            }
        }
        r.state = step.kind == PlanStep::Kind::Verify ? StepResult::State::Verified : StepResult::State::Changed;
        return r;
    }

    const auto differing = run.differingFiles();
    if (!differing)
        return failed();
    bool changeNeeded = !differing->isEmpty() || (!step.check && step.files.isEmpty());
    if (step.check) {
        const auto o = run.check();
        if (!o)
            return failed();
        if (!o->satisfied) {
            changeNeeded = true;
            r.differences += o->differences;
        }
    }
    if (!changeNeeded) {
        r.state = StepResult::State::AlreadySo;
        return r;
    }
    for (const PlanFile *f : *differing)
        if (cancel.isCancelled() || !run.writeFile(*f))
            return failed();
    if (!runCommands())
        return failed();
    if (step.check) {
        QElapsedTimer settling;
        settling.start();
        auto o = run.check();
        while (o && !o->satisfied && settling.elapsed() < step.settleMs && !cancel.isCancelled()) {
            QThread::msleep(250);
            o = run.check();
        }
        if (!o)
            return failed();
        if (!o->satisfied) {
            r.error = QCoreApplication::translate("ProvisionRunner", "Step \"%1\" on %2 ran, but its check still finds: %3")
                          .arg(step.title, step.host, o->differences.join(u"; "_s));
            return failed();
        }
    }
    r.state = StepResult::State::Changed;
    return r;
}

} // namespace

RunSummary ProvisionRunner::run(const Plan &plan, const TransportFor &transportFor, const QHash<QString, bool> &sudoHosts,
                                const Observer &observer, const CancelToken &cancel, QList<StepResult> *results)
{
    QElapsedTimer total;
    total.start();
    RunSummary summary;
    QSet<QString> notified;
    QHash<QString, std::shared_ptr<Transport>> transports;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        StepResult r;
        QElapsedTimer timer;
        timer.start();
        if (observer.started)
            observer.started(i);
        if (cancel.isCancelled()) {
            r.state = StepResult::State::Cancelled;
        } else {
            std::shared_ptr<Transport> &t = transports[step.host];
            if (!t) {
                const auto made = transportFor(step.host);
                if (made)
                    t = *made;
                else
                    r = {StepResult::State::Failed, 0, {}, QCoreApplication::translate("ProvisionRunner", "Cannot reach %1: %2").arg(step.host, made.error().toString()), {}};
            }
            if (t)
                r = runStep(step, i, *t, sudoHosts.value(step.host), notified.contains(step.id), observer, cancel);
        }
        r.durationMs = timer.elapsed();
        if (r.changedSomething()) {
            for (const QString &h : step.satisfies)
                notified.remove(h);
            for (const QString &h : step.notifies)
                notified.insert(h);
        }
        summary.changed += r.state == StepResult::State::Changed;
        summary.alreadySo += r.state == StepResult::State::AlreadySo;
        if (results)
            results->append(r);
        if (observer.finished)
            observer.finished(i, r);
        if (r.state == StepResult::State::Failed || r.state == StepResult::State::Cancelled) {
            summary.cancelled = r.state == StepResult::State::Cancelled;
            summary.error = summary.cancelled ? QCoreApplication::translate("ProvisionRunner", "Cancelled at step \"%1\" on %2").arg(step.title, step.host) : r.error;
            // The steps not reached are reported as such.
            for (int j = i + 1; j < plan.steps.size(); ++j) {
                StepResult skipped;
                skipped.state = StepResult::State::Cancelled;
                if (results)
                    results->append(skipped);
                if (observer.finished)
                    observer.finished(j, skipped);
            }
            summary.durationMs = total.elapsed();
            return summary;
        }
    }
    summary.success = true;
    summary.durationMs = total.elapsed();
    return summary;
}

ProvisionJob::ProvisionJob(Plan plan, QObject *parent)
    : QObject(parent)
    , mPlan(std::move(plan))
    , mAlive(std::make_shared<bool>(true))
{
}

ProvisionJob::~ProvisionJob()
{
    *mAlive = false;
    mCancel.cancel();
}

ProvisionJob *ProvisionJob::start(Plan plan, ProvisionRunner::TransportFor transportFor, QHash<QString, bool> sudoHosts,
                                  QObject *parent)
{
    qRegisterMetaType<stackyard::StepResult>();
    qRegisterMetaType<stackyard::RunSummary>();
    auto *job = new ProvisionJob(std::move(plan), parent);
    QPointer<ProvisionJob> self(job);
    const Plan copy = job->mPlan;
    const CancelToken cancel = job->mCancel;
    // The worker only posts to the job through queued invocations; a job deleted meanwhile
    // (QPointer null) gets nothing.
    std::thread([self, copy, transportFor, sudoHosts, cancel] {
        const auto post = [self](auto f) {
            QMetaObject::invokeMethod(
                qApp, [self, f] {
                    if (self)
                        f(self.data());
                },
                Qt::QueuedConnection);
        };
        ProvisionRunner::Observer observer;
        observer.started = [&](int i) { post([i](ProvisionJob *j) { emit j->stepStarted(i); }); };
        observer.output = [&](int i, const QString &text) { post([i, text](ProvisionJob *j) { emit j->stepOutput(i, text); }); };
        observer.finished = [&](int i, const StepResult &r) {
            post([i, r](ProvisionJob *j) {
                if (j->mResults.size() <= i)
                    j->mResults.resize(i + 1);
                j->mResults[i] = r;
                emit j->stepFinished(i, r);
            });
        };
        const QDateTime started = QDateTime::currentDateTime();
        QList<StepResult> results;
        RunSummary summary = ProvisionRunner::run(copy, transportFor, sudoHosts, observer, cancel, &results);
        // Every apply is recorded, here on the worker: the GUI thread writes no file.
        RunRecord record = RunRecord::from(copy, results, summary, started, QDateTime::currentDateTime());
        if (const Result<QString> saved = record.save(); saved)
            summary.recordPath = *saved;
        post([summary](ProvisionJob *j) {
            j->mFinished = true;
            emit j->finished(summary);
        });
    }).detach();
    return job;
}

} // namespace stackyard
