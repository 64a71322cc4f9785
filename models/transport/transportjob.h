// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "transport/canceltoken.h"
#include "transport/exitstatus.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>

#include <functional>
#include <memory>

namespace stackyard {

// How a job ended: an Error when it could not run or be followed to its end; otherwise the
// command's ExitStatus (commands) or what was transferred (uploads, downloads).
struct JobResult
{
    bool ok = false;
    Error error;
    ExitStatus status;
    TransferResult transfer;
};

// One asynchronous remote action (Transport::startCommand/startUpload/startDownload). It runs
// the blocking API on a thread of its own; its signals are delivered by queued connections to
// the thread the job lives in (the GUI thread), as value types. finished() comes exactly once,
// last. cancel() is safe from any thread and terminates the remote process. Deleting the job
// cancels it; no signal comes after that.
class TransportJob : public QObject
{
    Q_OBJECT

public:
    // What the worker calls; the functions post to the job's thread.
    struct Sink
    {
        std::function<void(const QByteArray &)> stdoutData;
        std::function<void(const QByteArray &)> stderrData;
        std::function<void(qint64, qint64)> progress;
        CancelToken cancel;
    };
    using Work = std::function<JobResult(const Sink &sink)>;

    // Starts work on a new thread (used by Transport).
    static TransportJob *start(Work work, QObject *parent = nullptr);
    ~TransportJob() override;

    void cancel();
    bool isFinished() const { return mFinished; }

signals:
    void stdoutData(const QByteArray &data);
    void stderrData(const QByteArray &data);
    void progress(qint64 done, qint64 total);
    void finished(const stackyard::JobResult &result);

private:
    explicit TransportJob(QObject *parent);

    struct Shared;
    std::shared_ptr<Shared> mShared;
    CancelToken mCancel;
    bool mFinished = false;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::JobResult)
