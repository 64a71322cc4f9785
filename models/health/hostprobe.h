// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthprobe.h"
#include "health/hoststats.h"
#include "transport/canceltoken.h"
#include "transport/exitstatus.h"

#include <QUrl>

#include <memory>
#include <optional>

class QThreadPool;

namespace stackyard {

class ExporterScrape;
class PrometheusDocument;
class Transport;

struct HostProbeSettings
{
    // node_exporter's /metrics on the host (node_exporter_port, 9100 in Pigsty); empty: none.
    QUrl exporterUrl;
    int timeoutMs = 10000;
};

// A host over its transport (SSH or local): one command per poll (HostStats::command(): /proc
// and df), run on a worker thread of workerPool() because Transport's API blocks, its output
// parsed into CPU %, load, memory, swap, disk use per mount ("mounts" details) and uptime.
// With an exporter URL, node_exporter is scraped in the same poll: when the transport fails
// but the exporter answers, the figures come from the exporter and the host is Degraded (the
// reason says why the command failed); when the exporter fails, the host is Degraded too.
// Down: the command could not run (connect, auth, host key) and no exporter answered.
// Deleting the probe or a timeout cancels the remote command; a worker still running never
// touches the probe again.
class HostProbe : public HealthProbe
{
    Q_OBJECT

public:
    HostProbe(HealthTarget target, std::shared_ptr<Transport> transport, HostProbeSettings settings = {},
        QObject *parent = nullptr);
    ~HostProbe() override;

    const HostProbeSettings &settings() const { return mSettings; }

    // The threads host commands run on (shared by every HostProbe; at most 16 at once so a
    // fleet of slow hosts cannot starve the application's global pool). A command still queued
    // when its poll timed out is not run.
    static QThreadPool *workerPool();

protected:
    void startPoll() override;
    void abortPoll() override;

private:
    struct Relay;
    void commandDone(quint64 generation, const Result<CommandResult> &result);
    void exporterDone(quint64 generation, const Result<PrometheusDocument> &result);
    void concludeIfDone();

    HostProbeSettings mSettings;
    std::shared_ptr<Transport> mTransport;
    std::shared_ptr<Relay> mRelay;
    CancelToken mCancel;
    ExporterScrape *mScrape = nullptr;
    quint64 mGeneration = 0;
    bool mCommandPending = false;
    bool mCommandReached = false;
    bool mExporterPending = false;
    std::optional<Result<HostStats>> mCommandStats;
    std::optional<Result<HostStats>> mExporterStats;
    CpuTimes mPreviousCommandCpu;
    CpuTimes mPreviousExporterCpu;
};

} // namespace stackyard
