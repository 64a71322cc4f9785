// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshpool.h"

#include "transport/sshconnection.h"

#include <libssh/libssh.h>

#include <QCoreApplication>

namespace stackyard {

SshPool::SshPool(Limits limits)
    : mLimits(limits)
{
    ssh_init();
}

SshPool::SshPool()
    : SshPool(Limits{})
{
}

SshPool::~SshPool()
{
    closeAll();
}

SshPool &SshPool::shared()
{
    // Closed when the QCoreApplication goes away, while libssh and OpenSSL are still intact
    // (a static's destructor could run after OpenSSL's own exit handler).
    static SshPool *pool = [] {
        auto *p = new SshPool;
        qAddPostRoutine([] { SshPool::shared().closeAll(); });
        return p;
    }();
    return *pool;
}

std::shared_ptr<SshConnection> SshPool::connection(const HostSettings &settings, const TransportOptions &options)
{
    const std::lock_guard lock(mMutex);
    const QString key = settings.poolKey();
    auto it = mConnections.find(key);
    if (it == mConnections.end())
        it = mConnections.insert(key, std::make_shared<SshConnection>(settings, options, this));
    return it.value();
}

void SshPool::closeAll()
{
    QHash<QString, std::shared_ptr<SshConnection>> connections;
    {
        const std::lock_guard lock(mMutex);
        connections.swap(mConnections);
    }
    connections.clear(); // joins each worker thread, outside the lock (they release slots)
}

int SshPool::openSessions() const
{
    const std::lock_guard lock(mMutex);
    return mOpen;
}

bool SshPool::acquireSlot(int waitMs)
{
    std::unique_lock lock(mMutex);
    if (mOpen < mLimits.maxConnections) {
        ++mOpen;
        return true;
    }
    for (const auto &connection : std::as_const(mConnections))
        if (connection->hasSession())
            connection->requestRelease(); // the idle ones close and free a slot
    if (!mSlotFreed.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return mOpen < mLimits.maxConnections; }))
        return false;
    ++mOpen;
    return true;
}

void SshPool::releaseSlot()
{
    {
        const std::lock_guard lock(mMutex);
        --mOpen;
    }
    mSlotFreed.notify_one();
}

} // namespace stackyard
