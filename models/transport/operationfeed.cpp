// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/operationfeed.h"

namespace stackyard {

std::shared_ptr<OperationFeed> OperationFeed::discarding()
{
    auto feed = std::make_shared<OperationFeed>();
    feed->mDiscard = true;
    return feed;
}

void OperationFeed::setWaker(std::function<void()> waker)
{
    const std::lock_guard lock(mMutex);
    mWaker = std::move(waker);
}

bool OperationFeed::hasRoom() const
{
    const std::lock_guard lock(mMutex);
    return mDiscard || mBytes < kHighWater;
}

void OperationFeed::output(OutputStream stream, QByteArray data)
{
    if (data.isEmpty() || mDiscard)
        return;
    {
        const std::lock_guard lock(mMutex);
        mBytes += data.size();
        mEvents.push_back(Event{stream == OutputStream::Stdout ? 0 : 1, std::move(data), 0, 0});
    }
    mChanged.notify_one();
}

void OperationFeed::progress(qint64 done, qint64 total)
{
    if (mDiscard)
        return;
    {
        const std::lock_guard lock(mMutex);
        if (!mEvents.empty() && mEvents.back().kind == 2) { // coalesce: only the latest counts
            mEvents.back().done = done;
            mEvents.back().total = total;
        } else {
            mEvents.push_back(Event{2, {}, done, total});
        }
    }
    mChanged.notify_one();
}

void OperationFeed::finish(OperationOutcome outcome)
{
    {
        const std::lock_guard lock(mMutex);
        if (mOutcome)
            return;
        mOutcome = std::move(outcome);
    }
    mChanged.notify_all();
}

bool OperationFeed::isFinished() const
{
    const std::lock_guard lock(mMutex);
    return mOutcome.has_value();
}

OperationOutcome OperationFeed::consume(const OutputHandler &onOutput, const ProgressHandler &onProgress)
{
    while (true) {
        std::deque<Event> events;
        std::function<void()> waker;
        bool finished = false;
        {
            std::unique_lock lock(mMutex);
            mChanged.wait(lock, [this] { return !mEvents.empty() || mOutcome; });
            events.swap(mEvents);
            const bool wasFull = mBytes >= kHighWater;
            mBytes = 0;
            if (wasFull)
                waker = mWaker;
            finished = mOutcome.has_value();
        }
        if (waker)
            waker();
        for (const Event &event : events) {
            if (event.kind == 2) {
                if (onProgress)
                    onProgress(event.done, event.total);
            } else if (onOutput) {
                onOutput(event.kind == 0 ? OutputStream::Stdout : OutputStream::Stderr, event.data);
            }
        }
        if (finished) {
            const std::lock_guard lock(mMutex);
            if (mEvents.empty())
                return *mOutcome;
        }
    }
}

} // namespace stackyard
