// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logfollower.h"

#include "logs/logstream.h"
#include "transport/transport.h"

#include <QCoreApplication>
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
        // To the GUI thread through the application object: the follower may be deleted
        // meanwhile, each function checks self there.
        const auto post = [](auto &&function) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), std::forward<decltype(function)>(function),
                                      Qt::QueuedConnection);
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
                            if (LogFollower *follower = self.data(); follower && follower->mGeneration == generation)
                                Q_EMIT follower->batchReady(batch);
                        });
                },
                [&](const QString &text) {
                    post([self, text] {
                        if (LogFollower *follower = self.data())
                            Q_EMIT follower->notice(text);
                    });
                },
                cancel);
            if (!done)
                error = done.error();
        }
        post([self, error, generation] {
            LogFollower *follower = self.data();
            if (!follower || follower->mGeneration != generation)
                return;
            follower->mRunning = false;
            Q_EMIT follower->finished(error);
        });
    }).detach();
}

void LogFollower::stop()
{
    mCancel.cancel();
}

} // namespace stackyard
