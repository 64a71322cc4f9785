// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace stackyard {

// One asynchronous source of health snapshots for one target. poll() starts a poll and returns
// at once; exactly one finished() follows, also when the poll times out (status Down, reason
// "no answer within N s") or fails (Down/Unknown with the reason). The probe never blocks the
// thread it lives on: sockets are watched by the event loop (QSocketNotifier, QNetworkReply), and
// blocking transports run on a worker thread. Probes keep what they need between polls (the last
// counters, for rates; an open connection, reused).
//
// Subclasses implement startPoll() and abortPoll() and call finish() once per poll.
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    explicit HealthProbe(HealthTarget target, QObject *parent = nullptr);
    ~HealthProbe() override;

    const HealthTarget &target() const { return mTarget; }

    // How long one poll may take before it is abandoned as Down. Default 5 s.
    int timeoutMs() const { return mTimeoutMs; }
    void setTimeoutMs(int ms) { mTimeoutMs = ms; }

    bool busy() const { return mBusy; }
    // Starts a poll unless one is running (then returns false and does nothing).
    bool poll();
    // The last finished snapshot (status Unknown before the first).
    const HealthSnapshot &last() const { return mLast; }

Q_SIGNALS:
    void finished(const stackyard::HealthSnapshot &snapshot);

protected:
    // Starts the poll. snapshot() is prepared with target and start time.
    virtual void startPoll() = 0;
    // The poll timed out: stop what is running (close the connection so that the next poll
    // starts afresh). finish() must not be called from here; the base class finishes.
    virtual void abortPoll() = 0;

    // The snapshot being filled.
    HealthSnapshot &snapshot() { return mCurrent; }
    // Ends the poll with snapshot() as it is; status and reason set by the caller.
    void finish();
    // Ends the poll as Down (or the given status) with a reason.
    void fail(const QString &reason, HealthStatus status = HealthStatus::Down);
    // Seconds since the previous finished poll that had the same counter, for rates; 0 when
    // there was none.
    double secondsSincePrevious() const;

private:
    void timedOut();

    HealthTarget mTarget;
    HealthSnapshot mCurrent;
    HealthSnapshot mLast;
    QTimer mTimeout;
    QElapsedTimer mClock;
    qint64 mPreviousStartMs = -1;
    qint64 mCurrentStartMs = -1;
    int mTimeoutMs = 5000;
    bool mBusy = false;
};

} // namespace stackyard
