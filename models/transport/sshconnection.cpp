// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshconnection.h"

#include "transport/sshpool.h"

#include <libssh/server.h> // ssh_send_keepalive (a client-side global request despite the header)

#include <QCoreApplication>

#include <algorithm>

#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr int kSlotPollMs = 200;

int drainWakeFd(socket_t fd, int, void *)
{
    eventfd_t value = 0;
    eventfd_read(fd, &value);
    return 0;
}

} // namespace

SshConnection::SshConnection(HostSettings settings, TransportOptions options, SshPool *pool)
    : mSettings(std::move(settings))
    , mOptions(std::move(options))
    , mPool(pool)
    , mSession(mSettings, mOptions)
    , mWakeFd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , mWakeHandle(std::make_shared<WakeHandle>())
{
    mWakeHandle->fd = mWakeFd;
    mThread = std::thread([this] { threadMain(); });
}

SshConnection::~SshConnection()
{
    {
        const std::lock_guard lock(mMutex);
        mStop = true;
    }
    wake();
    mThread.join();
    {
        const std::lock_guard lock(mWakeHandle->mutex);
        mWakeHandle->fd = -1;
    }
    ::close(mWakeFd);
}

void SshConnection::submit(std::shared_ptr<SshOperation> operation)
{
    // Feeds and tokens may outlive the connection (a caller still draining at exit): they wake
    // it through a handle the destructor disarms, never through this.
    const std::shared_ptr<WakeHandle> handle = mWakeHandle;
    const auto waker = [handle] {
        const std::lock_guard lock(handle->mutex);
        if (handle->fd >= 0)
            eventfd_write(handle->fd, 1);
    };
    operation->feed()->setWaker(waker);
    operation->cancelToken().setWaker(waker);
    {
        const std::lock_guard lock(mMutex);
        mIncoming.push_back(std::move(operation));
    }
    wake();
}

void SshConnection::wake()
{
    eventfd_write(mWakeFd, 1);
}

void SshConnection::requestRelease()
{
    mReleaseRequested.store(true);
    wake();
}

std::optional<SessionInfo> SshConnection::sessionInfo() const
{
    const std::lock_guard lock(mMutex);
    return mInfo;
}

void SshConnection::spawn(std::shared_ptr<SshOperation> operation)
{
    mSpawned.push_back(std::move(operation));
}

bool SshConnection::takeIncoming()
{
    const std::lock_guard lock(mMutex);
    for (auto &operation : mIncoming)
        mPending.push_back(std::move(operation));
    mIncoming.clear();
    return mStop;
}

void SshConnection::threadMain()
{
    mLastActivity.start();
    mLastKeepalive.start();
    while (true) {
        if (takeIncoming())
            break;
        dropCancelledPending(QCoreApplication::translate("stackyard::transport", "Cancelled before it started"));
        if (!mPending.empty()) {
            if (ensureSession()) {
                std::vector<std::shared_ptr<SshOperation>> starting;
                starting.swap(mPending);
                startOperations(std::move(starting));
            }
        }
        if (!mSpawned.empty()) {
            std::vector<std::shared_ptr<SshOperation>> spawned;
            spawned.swap(mSpawned);
            startOperations(std::move(spawned));
        }
        const bool busy = runSteps();
        if (mSession.isOpen() && !mSession.isAlive()) {
            failAll(Transport::makeError(Transport::Step::Exec, mSettings.label(),
                                         QCoreApplication::translate("stackyard::transport", "The connection to %1 was lost").arg(mSettings.label()),
                                         QCoreApplication::translate("stackyard::transport",
                                                                     "The operation may or may not have finished on the host: check "
                                                                     "before running it again. The next command reconnects."),
                                         QString::fromUtf8(ssh_get_error(mSession.handle()))));
            closeSession();
            continue;
        }
        maintain();
        if (!busy)
            waitForWork(nextTimeoutMs());
    }
    failAll(Transport::makeError(Transport::Step::Connect, mSettings.label(),
                                 QCoreApplication::translate("stackyard::transport", "The connection was closed")));
    for (const auto &op : mPending)
        op->abort(Transport::makeError(Transport::Step::Connect, mSettings.label(),
                                       QCoreApplication::translate("stackyard::transport", "The connection was closed")));
    mPending.clear();
    closeSession();
    if (mEvent) {
        ssh_event_remove_fd(mEvent, mWakeFd);
        ssh_event_free(mEvent);
    }
}

void SshConnection::dropCancelledPending(const QString &why)
{
    // Operations cancelled before they started finish at once.
    std::erase_if(mPending, [this, &why](const std::shared_ptr<SshOperation> &op) {
        if (!op->cancelToken().isCancelled())
            return false;
        op->abort(Transport::makeError(Transport::Step::Connect, mSettings.label(), why));
        return true;
    });
}

bool SshConnection::ensureSession()
{
    if (mSession.isOpen())
        return true;
    while (!mHoldsSlot) {
        if (mPool->acquireSlot(kSlotPollMs)) {
            mHoldsSlot = true;
            break;
        }
        if (takeIncoming())
            return false;
        dropCancelledPending(QCoreApplication::translate("stackyard::transport", "Cancelled while waiting for a free connection"));
        if (mPending.empty())
            return false;
    }
    Result<SessionInfo> opened = mSession.open();
    if (!opened) {
        for (const auto &op : mPending)
            op->abort(opened.error());
        mPending.clear();
        mPool->releaseSlot();
        mHoldsSlot = false;
        return false;
    }
    {
        const std::lock_guard lock(mMutex);
        mInfo = *opened;
    }
    // TCP keepalive as well, so a dead peer is noticed even when nothing is sent.
    const int fd = ssh_get_fd(mSession.handle());
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    if (!mEvent) {
        mEvent = ssh_event_new();
        ssh_event_add_fd(mEvent, mWakeFd, POLLIN, drainWakeFd, nullptr);
    }
    ssh_event_add_session(mEvent, mSession.handle());
    mHasSession.store(true);
    mReleaseRequested.store(false);
    mLastActivity.restart();
    mLastKeepalive.restart();
    return true;
}

void SshConnection::startOperations(std::vector<std::shared_ptr<SshOperation>> operations)
{
    for (const auto &operation : operations) {
        if (startOne(operation))
            mActive.push_back(operation);
    }
}

bool SshConnection::startOne(const std::shared_ptr<SshOperation> &operation)
{
    Result<bool> started = operation->start(mSession);
    if (!started && !mSession.isAlive()) {
        // The session died while idle (server restart, network): reconnect once, transparently.
        closeSession();
        mPending.push_back(operation);
        if (!ensureSession())
            return false;
        mPending.erase(std::remove(mPending.begin(), mPending.end(), operation), mPending.end());
        started = operation->start(mSession);
    }
    if (!started) {
        operation->abort(started.error());
        return false;
    }
    mLastActivity.restart();
    return true;
}

bool SshConnection::runSteps()
{
    bool busy = false;
    for (auto it = mActive.begin(); it != mActive.end();) {
        switch ((*it)->step(mSession, *this)) {
        case SshOperation::Progress::Busy:
            busy = true;
            ++it;
            break;
        case SshOperation::Progress::Idle:
            ++it;
            break;
        case SshOperation::Progress::Done:
            it = mActive.erase(it);
            busy = true;
            break;
        }
    }
    if (busy)
        mLastActivity.restart();
    return busy || !mSpawned.empty();
}

void SshConnection::failAll(const Error &error)
{
    for (const auto &op : mActive)
        op->abort(error);
    mActive.clear();
    mSpawned.clear();
}

void SshConnection::closeSession()
{
    if (mEvent && mSession.isOpen())
        ssh_event_remove_session(mEvent, mSession.handle());
    mSession.close();
    mHasSession.store(false);
    if (mHoldsSlot) {
        mPool->releaseSlot();
        mHoldsSlot = false;
    }
}

void SshConnection::maintain()
{
    if (!mSession.isOpen())
        return;
    const bool idle = mActive.empty() && mPending.empty() && mSpawned.empty();
    if (idle && (mReleaseRequested.load() || mLastActivity.hasExpired(mPool->limits().idleCloseMs))) {
        closeSession();
        return;
    }
    if (mLastKeepalive.hasExpired(mPool->limits().keepaliveMs)) {
        mLastKeepalive.restart();
        ssh_send_keepalive(mSession.handle());
    }
}

int SshConnection::nextTimeoutMs() const
{
    int timeout = mSession.isOpen() ? mPool->limits().keepaliveMs : -1;
    for (const auto &op : mActive) {
        const int wake = op->wakeInMs();
        if (wake >= 0)
            timeout = timeout < 0 ? wake : std::min(timeout, wake);
    }
    if (mSession.isOpen() && mActive.empty())
        timeout = std::min(timeout, std::max(0, mPool->limits().idleCloseMs - int(mLastActivity.elapsed())));
    return timeout;
}

void SshConnection::waitForWork(int timeoutMs)
{
    {
        const std::lock_guard lock(mMutex);
        if (!mIncoming.empty() || mStop)
            return;
    }
    if (mSession.isOpen() && mEvent) {
        ssh_event_dopoll(mEvent, timeoutMs);
    } else {
        pollfd p{mWakeFd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) > 0)
            drainWakeFd(mWakeFd, 0, nullptr);
    }
}

} // namespace stackyard
