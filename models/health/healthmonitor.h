// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthtargets.h"
#include "health/healthtypes.h"
#include "health/prometheusserver.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace stackyard {

class HealthProbe;
class HealthWorker;

// Polls every target of a HealthLayout on its own worker thread — probes are created, polled
// and destroyed there — and keeps the latest snapshot of each on the thread it lives on (the
// GUI thread in the console), where snapshotUpdated() arrives by queued connection. Nothing here
// blocks the caller: passwords are revealed (keychain) and probes created on the worker.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    // Makes the probe for one target, on the worker thread, with its password revealed; nullptr
    // when the target cannot be probed (the reason goes to *why).
    using ProbeFactory =
        std::function<std::unique_ptr<HealthProbe>(const HealthTargetSpec &spec, const QString &password, QString *why)>;
    // Turns a password as written into the password (${secret:NAME} from the keychain).
    using Reveal = std::function<Result<QString>(const QString &value, const QString &where)>;

    struct Options
    {
        int intervalMs = 5000;
        int timeoutMs = 5000;
        ProbeFactory factory;
        Reveal reveal; // default: plain text as is, ${secret:…} from the keychain
        // When enabled (stackyard_health_source: prometheus), PostgreSQL, Redis and hosts are
        // read from that Prometheus server in a few queries per poll; apps are still probed.
        PrometheusSourceSettings prometheus;
    };

    explicit HealthMonitor(QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Replaces every probe (stops polling; start() again). Targets begin Unknown.
    void setLayout(const HealthLayout &layout, const Options &options);
    const HealthLayout &layout() const { return mLayout; }
    const Options &options() const { return mOptions; }

    // Polls now and then every intervalMs.
    void start();
    void stop();
    bool isRunning() const { return mRunning; }
    // One poll of every target that is not still polling; cycleFinished() follows.
    void pollNow();
    void setIntervalMs(int ms);

    // The latest snapshot of a target (Unknown with target filled before its first poll).
    HealthSnapshot snapshot(const QString &targetId) const;
    QList<HealthSnapshot> snapshots() const;
    // The worst status of a group's targets.
    HealthStatus groupStatus(const QString &groupId) const;

Q_SIGNALS:
    void snapshotUpdated(const stackyard::HealthSnapshot &snapshot);
    // Every target polled by one cycle has answered (or timed out).
    void cycleFinished();

private:
    void received(const stackyard::HealthSnapshot &snapshot, int generation);

    HealthLayout mLayout;
    Options mOptions;
    QHash<QString, HealthSnapshot> mLatest;
    QThread *mThread;
    HealthWorker *mWorker = nullptr;
    bool mRunning = false;
    int mGeneration = 0;
};

} // namespace stackyard
