// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthworker.h"

#include "health/healthprobe.h"
#include "health/prometheusserver.h"
#include "provision/planrequest.h"

#include <QCoreApplication>

namespace stackyard {

HealthWorker::HealthWorker()
    : mTimer(this) // a child, so that moveToThread() takes it along
{
    connect(&mTimer, &QTimer::timeout, this, &HealthWorker::pollAll);
}

HealthWorker::~HealthWorker() = default;

void HealthWorker::configure(const QList<HealthTargetSpec> &targets, const HealthMonitor::Options &options, int generation)
{
    mGeneration = generation;
    mTimer.stop();
    mProbes.clear();
    mPrometheus.reset();
    mUnavailable.clear();
    mOutstanding = 0;
    QList<HealthTarget> fromPrometheus;
    // Without a factory (a layout shown before its secrets are read) nothing is probed, and no
    // password is revealed: that would wait for the keychain.
    if (!options.factory)
        return;
    const HealthMonitor::Reveal reveal = options.reveal ? options.reveal : &PlanRequest::revealFromKeychain;
    for (const HealthTargetSpec &spec : targets) {
        if (options.prometheus.enabled && spec.target.kind != TargetKind::Http) {
            fromPrometheus << spec.target;
            continue;
        }
        QString password;
        HealthTargetSpec target = spec;
        if (!spec.password.isEmpty()) {
            const Result<QString> revealed = reveal(spec.password, spec.passwordWhere);
            if (revealed) {
                password = *revealed;
            } else if (spec.exporterUrl.isValid() && spec.target.kind != TargetKind::Host) {
                // Without its password, an instance is still watched through its exporter.
                target.viaExporter = true;
            } else {
                unavailable(spec.target, revealed.error().toString());
                continue;
            }
        }
        QString why;
        std::unique_ptr<HealthProbe> probe = options.factory ? options.factory(target, password, &why) : nullptr;
        if (!probe) {
            unavailable(spec.target, why.isEmpty() ? QCoreApplication::translate("HealthMonitor", "cannot be probed")
                                                   : why);
            continue;
        }
        probe->setTimeoutMs(options.timeoutMs);
        connect(probe.get(), &HealthProbe::finished, this, &HealthWorker::probeFinished);
        mProbes.push_back(std::move(probe));
    }
    if (!fromPrometheus.isEmpty()) {
        PrometheusSourceSettings settings = options.prometheus;
        settings.timeoutMs = options.timeoutMs;
        mPrometheus = std::make_unique<PrometheusServerSource>(settings);
        mPrometheus->setTargets(fromPrometheus);
        connect(mPrometheus.get(), &PrometheusServerSource::snapshotReady, this,
                [this](const HealthSnapshot &snapshot) { Q_EMIT snapshotReady(snapshot, mGeneration); });
        connect(mPrometheus.get(), &PrometheusServerSource::roundFinished, this, [this] {
            if (mOutstanding > 0 && --mOutstanding == 0)
                Q_EMIT cycleFinished();
        });
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
    if (mPrometheus && mPrometheus->poll())
        ++started;
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
