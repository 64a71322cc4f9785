// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/redissocketwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <ctime>
#include <hiredis/async.h>
#include <pthread.h>

namespace stackyard {

namespace {

// hiredis writes with write(2): to a peer that has gone away that raises SIGPIPE, which ends the
// process unless someone ignores it. Blocked on this thread around the write, and a SIGPIPE it
// raised is taken off the pending set before the mask is restored (as libpq does).
void writeWithoutSigpipe(redisAsyncContext *context)
{
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    sigset_t old;
    pthread_sigmask(SIG_BLOCK, &pipe, &old);
    sigset_t pending;
    sigpending(&pending);
    const bool wasPending = sigismember(&pending, SIGPIPE) == 1;
    redisAsyncHandleWrite(context);
    if (!wasPending) {
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) == 1) {
            const timespec zero {};
            sigtimedwait(&pipe, nullptr, &zero);
        }
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

} // namespace

RedisSocketWatcher::RedisSocketWatcher(QObject *parent)
    : QObject(parent)
{ }

RedisSocketWatcher::~RedisSocketWatcher()
{
    detach();
}

void RedisSocketWatcher::attach(redisAsyncContext *context)
{
    detach();
    mContext = context;
    context->ev.data = this;
    context->ev.addRead = &RedisSocketWatcher::addRead;
    context->ev.delRead = &RedisSocketWatcher::delRead;
    context->ev.addWrite = &RedisSocketWatcher::addWrite;
    context->ev.delWrite = &RedisSocketWatcher::delWrite;
    context->ev.cleanup = &RedisSocketWatcher::cleanup;
}

void RedisSocketWatcher::detach()
{
    if (mContext && mContext->ev.data == this) {
        mContext->ev.data = nullptr;
        mContext->ev.addRead = nullptr;
        mContext->ev.delRead = nullptr;
        mContext->ev.addWrite = nullptr;
        mContext->ev.delWrite = nullptr;
        mContext->ev.cleanup = nullptr;
    }
    mContext = nullptr;
    retireNotifiers();
}

void RedisSocketWatcher::pauseReading()
{
    if (mRead)
        mRead->setEnabled(false);
}

// The notifier whose signal is being delivered may be the one going: disabled now, deleted later.
void RedisSocketWatcher::retireNotifiers()
{
    for (std::unique_ptr<QSocketNotifier> *notifier : { &mRead, &mWrite }) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            notifier->release()->deleteLater();
        }
    }
}

void RedisSocketWatcher::enable(std::unique_ptr<QSocketNotifier> &notifier, bool read, bool on)
{
    if (!mContext)
        return;
    if (!notifier) {
        if (!on)
            return;
        notifier = std::make_unique<QSocketNotifier>(
            qintptr(mContext->c.fd), read ? QSocketNotifier::Read : QSocketNotifier::Write, this);
        connect(notifier.get(), &QSocketNotifier::activated, this, [this, read] {
            // hiredis may free the context in here (an error, EOF): nothing of it is touched after.
            redisAsyncContext *context = mContext;
            if (!context)
                return;
            if (read)
                redisAsyncHandleRead(context);
            else
                writeWithoutSigpipe(context);
        });
    }
    notifier->setEnabled(on);
}

void RedisSocketWatcher::addRead(void *data)
{
    auto *self = static_cast<RedisSocketWatcher *>(data);
    self->enable(self->mRead, true, true);
}

void RedisSocketWatcher::delRead(void *data)
{
    auto *self = static_cast<RedisSocketWatcher *>(data);
    self->enable(self->mRead, true, false);
}

void RedisSocketWatcher::addWrite(void *data)
{
    auto *self = static_cast<RedisSocketWatcher *>(data);
    self->enable(self->mWrite, false, true);
}

void RedisSocketWatcher::delWrite(void *data)
{
    auto *self = static_cast<RedisSocketWatcher *>(data);
    self->enable(self->mWrite, false, false);
}

// hiredis is freeing the context (an error, EOF or redisAsyncFree): stop watching its socket.
void RedisSocketWatcher::cleanup(void *data)
{
    auto *self = static_cast<RedisSocketWatcher *>(data);
    self->mContext = nullptr;
    self->retireNotifiers();
}

} // namespace stackyard
