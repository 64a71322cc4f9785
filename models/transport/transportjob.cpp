// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/transportjob.h"

#include <QMetaObject>
#include <QPointer>

#include <mutex>
#include <thread>

namespace stackyard {

// The link from the worker thread to the job: cut under the lock when the job is destroyed.
struct TransportJob::Shared
{
    std::mutex mutex;
    TransportJob *job = nullptr;

    template<typename F>
    void post(F &&function)
    {
        const std::lock_guard lock(mutex);
        if (job)
            QMetaObject::invokeMethod(job, std::forward<F>(function), Qt::QueuedConnection);
    }
};

TransportJob::TransportJob(QObject *parent)
    : QObject(parent)
    , mShared(std::make_shared<Shared>())
{
    mShared->job = this;
}

TransportJob::~TransportJob()
{
    {
        const std::lock_guard lock(mShared->mutex);
        mShared->job = nullptr;
    }
    mCancel.cancel();
}

void TransportJob::cancel()
{
    mCancel.cancel();
}

TransportJob *TransportJob::start(Work work, QObject *parent)
{
    auto *job = new TransportJob(parent);
    std::shared_ptr<Shared> shared = job->mShared;
    Sink sink;
    sink.cancel = job->mCancel;
    sink.stdoutData = [shared, job](const QByteArray &data) { shared->post([job, data] { emit job->stdoutData(data); }); };
    sink.stderrData = [shared, job](const QByteArray &data) { shared->post([job, data] { emit job->stderrData(data); }); };
    sink.progress = [shared, job](qint64 done, qint64 total) {
        shared->post([job, done, total] { emit job->progress(done, total); });
    };
    std::thread([work = std::move(work), sink, shared, job] {
        const JobResult result = work(sink);
        shared->post([job, result] {
            job->mFinished = true;
            emit job->finished(result);
        });
    }).detach();
    return job;
}

} // namespace stackyard
