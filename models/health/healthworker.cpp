// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthworker.h"

#include "health/healthprobe.h"
#include "provision/planrequest.h"

#include <QCoreApplication>

namespace stackyard {

HealthWorker::HealthWorker()
{
    connect(&mTimer, &QTimer::timeout, this, &HealthWorker::pollAll);
}

HealthWorker::~HealthWorker() = default;

void HealthWorker::configure(const QList<HealthTargetSpec> &targets, const HealthMonitor::Options &options, int generation)
{
    mGeneration = generation;
    mTimer.stop();
    mProbes.clear();
    mUnavailable.clear();
    mOutstanding = 0;
    const HealthMonitor::Reveal reveal = options.reveal ? options.reveal : &PlanRequest::revealFromKeychain;
    for (const HealthTargetSpec &spec : targets) {
        QString password;
        if (!spec.password.isEmpty()) {
            const Result<QString> revealed = reveal(spec.password, spec.passwordWhere);
            if (!revealed) {
                unavailable(spec.target, revealed.error().toString());
                continue;
            }
            password = *revealed;
        }
        QString why;
        std::unique_ptr<HealthProbe> probe = options.factory ? options.factory(spec, password, &why) : nullptr;
        if (!probe) {
            unavailable(spec.target, why.isEmpty() ? QCoreApplication::translate("HealthMonitor", "cannot be probed")
                                                   : why);
            continue;
        }
        probe->setTimeoutMs(options.timeoutMs);
        connect(probe.get(), &HealthProbe::finished, this, &HealthWorker::probeFinished);
        mProbes.push_back(std::move(probe));
    }
}

void HealthWorker::unavailable(const HealthTarget &target, const QString &reason)
{
    HealthSnapshot snapshot;
    snapshot.target = target;
    snapshot.status = HealthStatus::Unknown;
    snapshot.reason = reason;
    snapshot.at = QDateTime::currentDateTimeUtc();
    mUnavailable << snapshot;
}

void HealthWorker::start(int intervalMs)
{
    mTimer.start(intervalMs);
    pollAll();
}

void HealthWorker::stop()
{
    mTimer.stop();
}

void HealthWorker::setInterval(int intervalMs)
{
    if (mTimer.isActive())
        mTimer.start(intervalMs);
    else
        mTimer.setInterval(intervalMs);
}

void HealthWorker::pollAll()
{
    for (const HealthSnapshot &snapshot : std::as_const(mUnavailable))
        Q_EMIT snapshotReady(snapshot, mGeneration);
    int started = 0;
    for (const std::unique_ptr<HealthProbe> &probe : mProbes)
        if (probe->poll())
            ++started;
    mOutstanding += started;
    if (mOutstanding == 0)
        Q_EMIT cycleFinished();
}

void HealthWorker::probeFinished(const HealthSnapshot &snapshot)
{
    Q_EMIT snapshotReady(snapshot, mGeneration);
    if (mOutstanding > 0 && --mOutstanding == 0)
        Q_EMIT cycleFinished();
}

} // namespace stackyard
