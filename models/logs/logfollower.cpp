// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logfollower.h"

#include "logs/logstream.h"
#include "transport/transport.h"

#include <QPointer>

#include <thread>

namespace stackyard {

LogFollower::LogFollower(LogSourceSpec spec, int source, TransportFactory factory, QObject *parent)
    : QObject(parent)
    , mSpec(std::move(spec))
    , mSource(source)
    , mFactory(std::move(factory))
{
    qRegisterMetaType<stackyard::LogBatch>();
}

LogFollower::~LogFollower()
{
    mCancel.cancel();
}

void LogFollower::start(int lines)
{
    if (mRunning)
        return;
    mRunning = true;
    mCancel = CancelToken();
    const quint64 generation = ++mGeneration;
    QPointer<LogFollower> self(this);
    std::thread([self, spec = mSpec, source = mSource, factory = mFactory, cancel = mCancel, lines, generation] {
        const auto post = [&self](auto &&function) {
            QObject *target = self.data();
            if (target)
                QMetaObject::invokeMethod(target, std::forward<decltype(function)>(function), Qt::QueuedConnection);
        };
        Error error;
        const Result<std::shared_ptr<Transport>> transport = factory();
        if (!transport) {
            error = transport.error();
        } else if (!cancel.isCancelled()) {
            const Result<bool> done = LogStream::run(
                **transport, spec, {lines, true, source},
                [&](LogBatch &&batch) {
                    if (!cancel.isCancelled())
                        post([self, batch = std::move(batch), generation] {
                            if (self && self->mGeneration == generation)
                                Q_EMIT self->batchReady(batch);
                        });
                },
                [&](const QString &text) {
                    post([self, text] {
                        if (self)
                            Q_EMIT self->notice(text);
                    });
                },
                cancel);
            if (!done)
                error = done.error();
        }
        post([self, error, generation] {
            if (!self || self->mGeneration != generation)
                return;
            self->mRunning = false;
            Q_EMIT self->finished(error);
        });
    }).detach();
}

void LogFollower::stop()
{
    mCancel.cancel();
}

} // namespace stackyard
