// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/canceltoken.h"

#include <atomic>
#include <mutex>

namespace stackyard {

struct CancelToken::State
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::function<void()> waker;
};

CancelToken::CancelToken()
    : mState(std::make_shared<State>())
{
}

void CancelToken::cancel() const
{
    mState->cancelled.store(true);
    const std::lock_guard lock(mState->mutex);
    if (mState->waker)
        mState->waker();
}

bool CancelToken::isCancelled() const
{
    return mState->cancelled.load();
}

void CancelToken::setWaker(std::function<void()> waker) const
{
    const std::lock_guard lock(mState->mutex);
    mState->waker = std::move(waker);
}

} // namespace stackyard
