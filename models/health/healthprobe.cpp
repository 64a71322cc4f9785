// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthprobe.h"

#include <QCoreApplication>

namespace stackyard {

HealthProbe::HealthProbe(HealthTarget target, QObject *parent)
    : QObject(parent)
    , mTarget(std::move(target))
    , mTimeout(this) // a child, so that moveToThread() takes the timer along
{
    qRegisterMetaType<HealthSnapshot>();
    mLast.target = mTarget;
    mTimeout.setSingleShot(true);
    connect(&mTimeout, &QTimer::timeout, this, &HealthProbe::timedOut);
    mClock.start();
}

HealthProbe::~HealthProbe() = default;

bool HealthProbe::poll()
{
    if (mBusy)
        return false;
    mBusy = true;
    mCurrent = HealthSnapshot();
    mCurrent.target = mTarget;
    mCurrent.at = QDateTime::currentDateTimeUtc();
    mCurrentStartMs = mClock.elapsed();
    mTimeout.start(mTimeoutMs);
    startPoll();
    return true;
}

void HealthProbe::finish()
{
    if (!mBusy)
        return;
    mTimeout.stop();
    mBusy = false;
    mCurrent.durationMs = mClock.elapsed() - mCurrentStartMs;
    if (mCurrent.status == HealthStatus::Up || mCurrent.status == HealthStatus::Degraded)
        mPreviousStartMs = mCurrentStartMs;
    mLast = mCurrent;
    Q_EMIT finished(mLast);
}

void HealthProbe::fail(const QString &reason, HealthStatus status)
{
    mCurrent.status = status;
    mCurrent.reason = reason;
    finish();
}

double HealthProbe::secondsSincePrevious() const
{
    if (mPreviousStartMs < 0)
        return 0;
    return double(mCurrentStartMs - mPreviousStartMs) / 1000.0;
}

void HealthProbe::timedOut()
{
    if (!mBusy)
        return;
    abortPoll();
    fail(QCoreApplication::translate("HealthProbe", "no answer within %1 s").arg(double(mTimeoutMs) / 1000.0));
}

} // namespace stackyard
