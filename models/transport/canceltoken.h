// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace stackyard {

// A shared "please stop" flag for one operation. cancel() is safe from any thread, any number
// of times; copies share the flag. Whoever runs the operation may register a waker, called by
// cancel() so that a thread sleeping in poll() looks at the flag at once.
class CancelToken
{
public:
    CancelToken();

    void cancel() const;
    bool isCancelled() const;
    // Replaces the waker (empty function: none). Called with the token's lock held: keep it
    // short and never call back into the token.
    void setWaker(std::function<void()> waker) const;

private:
    struct State;
    std::shared_ptr<State> mState;
};

} // namespace stackyard
