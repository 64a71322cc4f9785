// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostcheckrunner.h"

#include "transport/sshconfig.h"
#include "transport/sshpool.h"
#include "transport/transport.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace stackyard {

struct HostCheckRunner::State
{
    Inventory inventory;
    QStringList hosts;
    OptionsFactory options;
    std::vector<CancelToken> cancels; // one per host: a token wakes one waiting operation
    std::atomic<int> next{0};
    std::atomic<int> running{0};
    std::unique_ptr<SshPool> pool;
    std::mutex ownerMutex;
    HostCheckRunner *owner = nullptr; // nullptr once the runner is gone

    // Runs f on the runner's thread, unless the runner is gone by then (Qt drops the events
    // posted to a deleted object; owner is cleared under the lock before it is deleted).
    void post(std::function<void(HostCheckRunner *)> f)
    {
        const std::lock_guard lock(ownerMutex);
        if (owner)
            QMetaObject::invokeMethod(owner, [runner = owner, f = std::move(f)] { f(runner); }, Qt::QueuedConnection);
    }

    HostCheckReport check(int index)
    {
        const QString host = hosts.at(index);
        const CancelToken &cancel = cancels.at(size_t(index));
        if (cancel.isCancelled()) {
            HostCheckReport report;
            report.host = host;
            report.cancelled = true;
            report.error = Transport::makeError(Transport::Step::Connect, host,
                                                QCoreApplication::translate("stackyard::HostCheck", "Not checked: cancelled"));
            return report;
        }
        // Filled on the connection's thread before connect() returns.
        auto change = std::make_shared<std::pair<std::mutex, std::optional<HostKeyChange>>>();
        QStringList warnings; // filled on this thread, by the factory
        const auto makeTransport = [this, change, &warnings](const HostSettings &settings) -> Result<std::shared_ptr<Transport>> {
            TransportOptions o = options ? options(settings, &warnings) : TransportOptions{};
            o.pool = pool.get();
            o.prompts.warnHostKeyChanged = [warn = o.prompts.warnHostKeyChanged, change](const HostKeyChange &c) {
                {
                    const std::lock_guard lock(change->first);
                    change->second = c;
                }
                if (warn)
                    warn(c);
            };
            return Transport::create(settings, o);
        };
        HostCheckReport report = HostCheck::run(
            host, HostSettings::fromInventory(inventory, host, SshConfig::load(SshConfig::defaultPath())), makeTransport,
            cancel);
        report.warnings = warnings;
        const std::lock_guard lock(change->first);
        report.hostKeyChange = change->second;
        return report;
    }
};

HostCheckRunner::HostCheckRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<HostCheckReport>();
}

HostCheckRunner::~HostCheckRunner()
{
    if (mState) {
        {
            const std::lock_guard lock(mState->ownerMutex);
            mState->owner = nullptr;
        }
        for (const CancelToken &token : mState->cancels)
            token.cancel();
    }
    // A worker may wait for an answer from the GUI thread (a dialog through a blocking queued
    // call): never wait for it here. It holds the shared state and ends on its own.
    for (std::thread &worker : mWorkers) {
        if (mState && mState->running.load() == 0)
            worker.join();
        else
            worker.detach();
    }
}

void HostCheckRunner::setMaxConcurrent(int count)
{
    mMaxConcurrent = std::max(1, count);
}

bool HostCheckRunner::start(const Inventory &inventory, const QStringList &hosts, OptionsFactory options)
{
    if (mRunning)
        return false;
    joinWorkers();
    mState = std::make_shared<State>();
    mState->inventory = inventory;
    mState->hosts = hosts;
    mState->options = std::move(options);
    mState->cancels.resize(size_t(hosts.size()));
    SshPool::Limits limits;
    limits.maxConnections = mMaxConcurrent;
    mState->pool = std::make_unique<SshPool>(limits);
    mState->owner = this;
    mReports = QList<HostCheckReport>(hosts.size());
    mDone = 0;
    if (hosts.isEmpty()) {
        QMetaObject::invokeMethod(this, &HostCheckRunner::finished, Qt::QueuedConnection);
        return true;
    }
    mRunning = true;
    const int workers = std::min(mMaxConcurrent, int(hosts.size()));
    mState->running = workers;
    for (int i = 0; i < workers; ++i)
        mWorkers.emplace_back(&HostCheckRunner::work, mState);
    emit progress(0, int(hosts.size()));
    return true;
}

void HostCheckRunner::cancel()
{
    if (!mState)
        return;
    for (const CancelToken &token : mState->cancels)
        token.cancel();
}

void HostCheckRunner::onStarted(int index)
{
    emit hostStarted(index, mReports.value(index).host.isEmpty() ? mState->hosts.value(index) : mReports.value(index).host);
}

void HostCheckRunner::onFinished(int index, const HostCheckReport &report)
{
    mReports[index] = report;
    ++mDone;
    emit hostFinished(index, report);
    emit progress(mDone, int(mReports.size()));
    if (mDone == mReports.size()) {
        mRunning = false;
        joinWorkers();
        emit finished();
    }
}

void HostCheckRunner::joinWorkers()
{
    for (std::thread &worker : mWorkers)
        worker.join();
    mWorkers.clear();
}

void HostCheckRunner::work(const std::shared_ptr<State> &state)
{
    for (;;) {
        const int index = state->next.fetch_add(1);
        if (index >= state->hosts.size())
            break;
        state->post([index](HostCheckRunner *runner) { runner->onStarted(index); });
        HostCheckReport report = state->check(index);
        state->post([index, report = std::move(report)](HostCheckRunner *runner) { runner->onFinished(index, report); });
    }
    state->running.fetch_sub(1);
}

} // namespace stackyard
