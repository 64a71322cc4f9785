// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthmonitor.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace stackyard {

class PrometheusServerSource;

// The worker-thread side of HealthMonitor: owns the probes and the interval timer. Every slot
// runs on the worker thread (invoked by queued calls from the monitor).
class HealthWorker : public QObject
{
    Q_OBJECT

public:
    HealthWorker();
    ~HealthWorker() override;

    // generation tags every snapshot so that the monitor can drop those of an older layout.
    void configure(const QList<HealthTargetSpec> &targets, const HealthMonitor::Options &options, int generation);
    void start(int intervalMs);
    void stop();
    void pollAll();
    void setInterval(int intervalMs);

Q_SIGNALS:
    void snapshotReady(const stackyard::HealthSnapshot &snapshot, int generation);
    void cycleFinished();

private:
    void probeFinished(const HealthSnapshot &snapshot);
    void unavailable(const HealthTarget &target, const QString &reason);

    std::vector<std::unique_ptr<HealthProbe>> mProbes;
    std::unique_ptr<PrometheusServerSource> mPrometheus;
    QList<HealthSnapshot> mUnavailable; // targets without a probe, with the reason
    QTimer mTimer;
    int mOutstanding = 0;
    int mGeneration = 0;
};

} // namespace stackyard
