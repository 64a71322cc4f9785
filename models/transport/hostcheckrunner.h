// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"
#include "transport/hostcheck.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace stackyard {

// Checks many hosts of an inventory off the calling thread, at most maxConcurrent at a time,
// each through a fresh connection of its own pool (so the check measures a real connect and
// asks its own questions). Results arrive as HostCheckReport values by queued signals on the
// runner's thread; finished() comes once, last. cancel() is safe at any time: hosts not yet
// started are reported cancelled at once, running ones stop at their next step (a running
// remote command is terminated). Deleting the runner cancels it; no signal comes after that.
class HostCheckRunner : public QObject
{
    Q_OBJECT

public:
    // The connection options of a host (credentials, prompts), made on the checking thread:
    // it may read the keychain there and add what went wrong to warnings (they end up in the
    // host's report). The runner sets options.pool itself.
    using OptionsFactory = std::function<TransportOptions(const HostSettings &settings, QStringList *warnings)>;

    explicit HostCheckRunner(QObject *parent = nullptr);
    ~HostCheckRunner() override;

    void setMaxConcurrent(int count);
    int maxConcurrent() const { return mMaxConcurrent; }

    // Starts checking hosts (inventory host keys; settings from the inventory over
    // ~/.ssh/config). false when a run is still going.
    bool start(const Inventory &inventory, const QStringList &hosts, OptionsFactory options);
    void cancel();
    bool isRunning() const { return mRunning; }
    // One report per host of the last start(), in its order; empty reports (no host) while pending.
    const QList<HostCheckReport> &reports() const { return mReports; }

signals:
    void hostStarted(int index, const QString &host);
    void hostFinished(int index, const stackyard::HostCheckReport &report);
    void progress(int done, int total);
    void finished();

private:
    struct State;
    static void work(const std::shared_ptr<State> &state);
    void onStarted(int index);
    void onFinished(int index, const HostCheckReport &report);
    void joinWorkers();

    std::shared_ptr<State> mState;
    std::vector<std::thread> mWorkers;
    QList<HostCheckReport> mReports;
    int mMaxConcurrent = 4;
    int mDone = 0;
    bool mRunning = false;
};

} // namespace stackyard
