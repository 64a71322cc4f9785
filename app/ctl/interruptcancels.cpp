// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/interruptcancels.h"

#include <csignal>

#include <unistd.h>

namespace stackyard::ctl {

namespace {

std::atomic<bool> gInterrupted{false};

void onInterrupt(int)
{
    gInterrupted.store(true);
}

} // namespace

InterruptCancels::InterruptCancels(CancelToken token)
{
    gInterrupted.store(false);
    for (const int signo : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signo, onInterrupt);
    mWatcher = std::thread([this, token] {
        while (!mDone.load()) {
            if (gInterrupted.load()) {
                token.cancel();
                return;
            }
            ::usleep(50 * 1000);
        }
    });
}

InterruptCancels::~InterruptCancels()
{
    mDone.store(true);
    mWatcher.join();
    for (const int signo : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signo, SIG_DFL);
}

} // namespace stackyard::ctl
