// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "provision/plan.h"
#include "provision/stepresult.h"
#include "transport/canceltoken.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace stackyard {

class Transport;

// Applies a Plan: step by step, host by host as the plan orders them, stopping at the first
// failure with the host, the step, the command and its stderr. Safe to cancel between and
// during steps (the running remote command is terminated). Applying a plan whose state is
// already reached changes nothing: every step reports "already so".
class ProvisionRunner
{
public:
    using TransportFor = std::function<Result<std::shared_ptr<Transport>>(const QString &hostKey)>;

    struct Observer
    {
        std::function<void(int step)> started;
        std::function<void(int step, const QString &text)> output;
        std::function<void(int step, const StepResult &result)> finished;
    };

    // Runs on the calling thread (a worker, the CLI): blocks until the plan ends.
    // sudoHosts: hosts whose login user is not root (root's work goes through sudo there).
    static RunSummary run(const Plan &plan, const TransportFor &transportFor, const QHash<QString, bool> &sudoHosts,
                          const Observer &observer, const CancelToken &cancel, QList<StepResult> *results = nullptr);
};

// The same, on a thread of its own, for the GUI: signals arrive queued on the job's thread.
class ProvisionJob : public QObject
{
    Q_OBJECT

public:
    static ProvisionJob *start(Plan plan, ProvisionRunner::TransportFor transportFor, QHash<QString, bool> sudoHosts,
                               QObject *parent = nullptr);
    ~ProvisionJob() override;

    const Plan &plan() const { return mPlan; }
    const QList<StepResult> &results() const { return mResults; }
    bool isFinished() const { return mFinished; }
    void cancel() { mCancel.cancel(); }

signals:
    void stepStarted(int step);
    void stepOutput(int step, const QString &text);
    void stepFinished(int step, const stackyard::StepResult &result);
    void finished(const stackyard::RunSummary &summary);

private:
    explicit ProvisionJob(Plan plan, QObject *parent);

    Plan mPlan;
    QList<StepResult> mResults;
    CancelToken mCancel;
    bool mFinished = false;
    std::shared_ptr<bool> mAlive;
};

} // namespace stackyard
