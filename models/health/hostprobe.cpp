// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/hostprobe.h"

#include "health/exporterscrape.h"
#include "health/prometheustext.h"
#include "transport/transport.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace stackyard {

// What a worker may reach: the probe while it lives, nothing after. The probe clears it under
// the mutex before it goes; a worker posts its result only while holding the same mutex.
struct HostProbe::Relay
{
    QMutex mutex;
    HostProbe *probe = nullptr;
};

HostProbe::HostProbe(
    HealthTarget target, std::shared_ptr<Transport> transport, HostProbeSettings settings, QObject *parent)
    : HealthProbe(std::move(target), parent)
    , mSettings(std::move(settings))
    , mTransport(std::move(transport))
    , mRelay(std::make_shared<Relay>())
{
    mRelay->probe = this;
    setTimeoutMs(mSettings.timeoutMs);
}

HostProbe::~HostProbe()
{
    {
        QMutexLocker lock(&mRelay->mutex);
        mRelay->probe = nullptr;
    }
    mCancel.cancel();
}

QThreadPool *HostProbe::workerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool();
        p->setMaxThreadCount(16);
        p->setExpiryTimeout(60000);
        return p;
    }();
    return pool;
}

void HostProbe::startPoll()
{
    ++mGeneration;
    mCommandStats.reset();
    mExporterStats.reset();
    mCancel = CancelToken();
    mCommandPending = true;
    mCommandReached = false;
    mExporterPending = mSettings.exporterUrl.isValid();

    if (mExporterPending) {
        if (!mScrape)
            mScrape = new ExporterScrape(this);
        const quint64 generation = mGeneration;
        mScrape->start(
            mSettings.exporterUrl,
            [this, generation](const Result<PrometheusDocument> &result) { exporterDone(generation, result); },
            std::max(1000, mSettings.timeoutMs - 500));
    }

    if (!mTransport) {
        commandDone(mGeneration, Error { tr("no transport to reach the host"), target().host, {}, {} });
        return;
    }
    CommandSpec spec;
    spec.argv = HostStats::command();
    spec.timeoutMs = std::max(1000, mSettings.timeoutMs - 500);
    const std::shared_ptr<Transport> transport = mTransport;
    const std::shared_ptr<Relay> relay = mRelay;
    const CancelToken cancel = mCancel;
    const quint64 generation = mGeneration;
    workerPool()->start([transport, relay, cancel, spec, generation] {
        if (cancel.isCancelled()) // the poll timed out or the probe went while this waited
            return;
        Result<CommandResult> result = transport->execute(spec, 4 * 1024 * 1024, cancel);
        QMutexLocker lock(&relay->mutex);
        HostProbe *probe = relay->probe;
        if (!probe)
            return;
        QMetaObject::invokeMethod(
            probe, [probe, generation, result] { probe->commandDone(generation, result); }, Qt::QueuedConnection);
    });
}

void HostProbe::abortPoll()
{
    ++mGeneration; // whatever still arrives for this poll is dropped
    mCancel.cancel();
    if (mScrape)
        mScrape->abort();
    mCommandPending = false;
    mExporterPending = false;
}

void HostProbe::commandDone(quint64 generation, const Result<CommandResult> &result)
{
    if (generation != mGeneration || !mCommandPending)
        return;
    mCommandPending = false;
    if (!result) {
        Error e = result.error();
        mCommandStats = e;
    } else if (!result->status.success()) {
        const QString stderrText = QString::fromUtf8(result->stderrData).trimmed().left(300);
        mCommandStats = Error { tr("the host statistics command ended with %1").arg(result->status.toString()),
            mTransport->hostLabel(), {}, stderrText };
    } else {
        mCommandStats = HostStats::parse(result->stdoutData);
        mCommandReached = true;
    }
    concludeIfDone();
}

void HostProbe::exporterDone(quint64 generation, const Result<PrometheusDocument> &result)
{
    if (generation != mGeneration || !mExporterPending)
        return;
    mExporterPending = false;
    if (result)
        mExporterStats = HostStats::fromNodeExporter(*result);
    else
        mExporterStats = result.error();
    concludeIfDone();
}

static QString errorText(const Error &e)
{
    return e.detail.isEmpty() ? e.what : QStringLiteral("%1 (%2)").arg(e.what, e.detail);
}

void HostProbe::concludeIfDone()
{
    if (mCommandPending || mExporterPending)
        return;
    HealthSnapshot &s = snapshot();
    const bool commandOk = mCommandStats && mCommandStats->ok();
    const bool exporterWanted = mExporterStats.has_value();
    const bool exporterOk = exporterWanted && mExporterStats->ok();
    if (exporterWanted)
        s.facts.insert(
            QStringLiteral("node_exporter"), exporterOk ? tr("answering") : errorText(mExporterStats->error()));

    if (commandOk) {
        const HostStats &stats = mCommandStats->value();
        stats.fill(s, mPreviousCommandCpu);
        mPreviousCommandCpu = stats.cpu;
        s.facts.insert(QStringLiteral("source"), QStringLiteral("proc"));
        if (exporterWanted && !exporterOk) {
            fail(tr("node_exporter: %1").arg(errorText(mExporterStats->error())), HealthStatus::Degraded);
            return;
        }
        s.status = HealthStatus::Up;
        finish();
        return;
    }

    const Error commandError = mCommandStats ? mCommandStats->error() : Error {};
    // The command ran but its output says nothing usable (not Linux): reachable, state unknown.
    const HealthStatus failed = mCommandReached ? HealthStatus::Unknown : HealthStatus::Down;
    if (exporterOk) {
        const HostStats &stats = mExporterStats->value();
        stats.fill(s, mPreviousExporterCpu);
        mPreviousExporterCpu = stats.cpu;
        s.facts.insert(QStringLiteral("source"), QStringLiteral("node_exporter"));
        fail(tr("%1; figures from node_exporter").arg(errorText(commandError)), HealthStatus::Degraded);
        return;
    }
    fail(errorText(commandError), failed);
}

} // namespace stackyard
