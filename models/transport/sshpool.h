// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostsettings.h"
#include "transport/transportoptions.h"

#include <QHash>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace stackyard {

class SshConnection;

// The SSH connections of the application: one SshConnection (worker thread + session) per host
// (HostSettings::poolKey()), shared by every SshTransport for that host, so commands, log tails
// and transfers to one host reuse one session. At most maxConnections sessions are open at once;
// a host beyond that waits for a slot, and idle sessions are asked to close to make room. Many
// hosts work in parallel, each on its own thread.
class SshPool
{
public:
    struct Limits
    {
        int maxConnections = 16;
        int idleCloseMs = 5 * 60 * 1000;
        int keepaliveMs = 30 * 1000;
    };

    explicit SshPool(Limits limits);
    SshPool();
    ~SshPool();
    SshPool(const SshPool &) = delete;
    SshPool &operator=(const SshPool &) = delete;

    // The application's pool: created on first use, closed (every connection ended) when the
    // QCoreApplication is destroyed. Needs a QCoreApplication.
    static SshPool &shared();

    // The connection for these settings; prompts and credentials of the first caller are kept.
    std::shared_ptr<SshConnection> connection(const HostSettings &settings, const TransportOptions &options);
    // Drops every connection (running operations finish with an Error).
    void closeAll();

    const Limits &limits() const { return mLimits; }
    int openSessions() const;

    // For SshConnection: a slot for one open session. Waits up to waitMs; false if none came.
    bool acquireSlot(int waitMs);
    void releaseSlot();

private:
    Limits mLimits;
    mutable std::mutex mMutex;
    std::condition_variable mSlotFreed;
    int mOpen = 0;
    QHash<QString, std::shared_ptr<SshConnection>> mConnections;
};

} // namespace stackyard
