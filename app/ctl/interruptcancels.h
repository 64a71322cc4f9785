// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/canceltoken.h"

#include <atomic>
#include <thread>

namespace stackyard::ctl {

// While it lives, Ctrl-C (and TERM/HUP) cancel token instead of killing stackyardctl, so a
// remote command or an apply is stopped cleanly rather than left running.
class InterruptCancels
{
public:
    explicit InterruptCancels(CancelToken token);
    ~InterruptCancels();
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    std::atomic<bool> mDone{false};
    std::thread mWatcher;
};

} // namespace stackyard::ctl
