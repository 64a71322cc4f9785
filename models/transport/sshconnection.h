// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/sshoperation.h"
#include "transport/sshsession.h"

#include <QElapsedTimer>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace stackyard {

class SshPool;

// One host's pooled connection: a worker thread that owns the libssh session (sessions are not
// thread-safe) and runs every operation submitted for the host on channels of that one session,
// multiplexed without blocking each other. It connects on the first operation (taking one of
// the pool's connection slots), sends keepalives, closes the session when idle (giving the slot
// back), and reconnects transparently for the next operation after a drop; operations that
// were running when the connection dropped finish with an exec/sftp Error.
class SshConnection : public SshOperationHost
{
public:
    SshConnection(HostSettings settings, TransportOptions options, SshPool *pool);
    ~SshConnection() override;
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Any thread. The operation's feed gets its result.
    void submit(std::shared_ptr<SshOperation> operation);
    // Any thread: look at queues, cancel flags and feeds again.
    void wake();
    // Any thread: close the session as soon as it is idle (the pool needs its slot).
    void requestRelease();
    // The last successful connection's facts.
    std::optional<SessionInfo> sessionInfo() const;
    bool hasSession() const { return mHasSession.load(); }

    // SshOperationHost (worker thread only)
    void spawn(std::shared_ptr<SshOperation> operation) override;

private:
    void threadMain();
    bool takeIncoming();
    void dropCancelledPending(const QString &why);
    bool ensureSession();
    void startOperations(std::vector<std::shared_ptr<SshOperation>> operations);
    bool startOne(const std::shared_ptr<SshOperation> &operation);
    bool runSteps();
    void failAll(const Error &error);
    void closeSession();
    void maintain();
    void waitForWork(int timeoutMs);
    int nextTimeoutMs() const;

    HostSettings mSettings;
    TransportOptions mOptions;
    SshPool *mPool;
    SshSession mSession;

    mutable std::mutex mMutex;
    std::vector<std::shared_ptr<SshOperation>> mIncoming;
    std::optional<SessionInfo> mInfo;
    bool mStop = false;
    std::atomic<bool> mReleaseRequested{false};
    std::atomic<bool> mHasSession{false};

    // Worker thread only.
    std::vector<std::shared_ptr<SshOperation>> mPending;
    std::vector<std::shared_ptr<SshOperation>> mActive;
    std::vector<std::shared_ptr<SshOperation>> mSpawned;
    ssh_event mEvent = nullptr;
    bool mHoldsSlot = false;
    QElapsedTimer mLastActivity;
    QElapsedTimer mLastKeepalive;

    struct WakeHandle
    {
        std::mutex mutex;
        int fd = -1;
    };
    int mWakeFd = -1;
    std::shared_ptr<WakeHandle> mWakeHandle;
    std::thread mThread;
};

} // namespace stackyard
