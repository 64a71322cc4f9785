// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthmonitor.h"

#include "health/healthprobe.h"
#include "health/healthworker.h"

#include <QThread>

namespace stackyard {

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
    , mThread(new QThread(this))
{
    qRegisterMetaType<HealthSnapshot>();
    mThread->setObjectName(QStringLiteral("health"));
    mThread->start();
    mWorker = new HealthWorker;
    mWorker->moveToThread(mThread);
    connect(mThread, &QThread::finished, mWorker, &QObject::deleteLater);
    connect(mWorker, &HealthWorker::snapshotReady, this, &HealthMonitor::received, Qt::QueuedConnection);
    connect(mWorker, &HealthWorker::cycleFinished, this, &HealthMonitor::cycleFinished, Qt::QueuedConnection);
}

HealthMonitor::~HealthMonitor()
{
    // The probes belong to the worker thread: they are destroyed there, before it ends.
    QMetaObject::invokeMethod(mWorker, [w = mWorker] { w->configure({}, {}, -1); }, Qt::BlockingQueuedConnection);
    mThread->quit();
    mThread->wait();
}

void HealthMonitor::setLayout(const HealthLayout &layout, const Options &options)
{
    mLayout = layout;
    mOptions = options;
    mRunning = false;
    mLatest.clear();
    const int generation = ++mGeneration;
    for (const HealthTargetSpec &spec : layout.targets) {
        HealthSnapshot unknown;
        unknown.target = spec.target;
        mLatest.insert(spec.target.id, unknown);
    }
    QMetaObject::invokeMethod(mWorker, [w = mWorker, targets = layout.targets, options, generation] {
        w->configure(targets, options, generation);
    });
}

void HealthMonitor::start()
{
    mRunning = true;
    QMetaObject::invokeMethod(mWorker, [w = mWorker, ms = mOptions.intervalMs] { w->start(ms); });
}

void HealthMonitor::stop()
{
    mRunning = false;
    QMetaObject::invokeMethod(mWorker, [w = mWorker] { w->stop(); });
}

void HealthMonitor::pollNow()
{
    QMetaObject::invokeMethod(mWorker, [w = mWorker] { w->pollAll(); });
}

void HealthMonitor::setIntervalMs(int ms)
{
    mOptions.intervalMs = ms;
    QMetaObject::invokeMethod(mWorker, [w = mWorker, ms] { w->setInterval(ms); });
}

HealthSnapshot HealthMonitor::snapshot(const QString &targetId) const
{
    return mLatest.value(targetId);
}

QList<HealthSnapshot> HealthMonitor::snapshots() const
{
    QList<HealthSnapshot> list;
    list.reserve(mLayout.targets.size());
    for (const HealthTargetSpec &spec : mLayout.targets)
        list << mLatest.value(spec.target.id);
    return list;
}

HealthStatus HealthMonitor::groupStatus(const QString &groupId) const
{
    const HealthGroup *group = mLayout.group(groupId);
    if (!group || group->targetIds.isEmpty())
        return HealthStatus::Unknown;
    HealthStatus status = HealthStatus::Up;
    for (const QString &id : group->targetIds)
        status = worseStatus(status, mLatest.value(id).status);
    return status;
}

void HealthMonitor::received(const HealthSnapshot &snapshot, int generation)
{
    // A snapshot from before the last setLayout() is for a layout that is gone.
    if (generation != mGeneration || !mLatest.contains(snapshot.target.id))
        return;
    mLatest.insert(snapshot.target.id, snapshot);
    Q_EMIT snapshotUpdated(snapshot);
}

} // namespace stackyard
