// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the health probe tests share: a target on this machine, one poll waited for, a metric by
// its metricnames.h name, and a snapshot in one line for failure messages.
#include "health/healthprobe.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QStringList>

#include <functional>
#include <optional>

namespace stackyard::test {

// A metric by its metricnames.h name (-1, or fallback, when absent).
inline double metricOf(const HealthSnapshot &s, const char *name, double fallback = -1)
{
    return s.metrics.value(QString::fromLatin1(name), fallback);
}

// "postgres/pg-test/pg-test-1" at 127.0.0.1:port.
inline HealthTarget localTarget(TargetKind kind, const QString &cluster, const QString &instance, int port)
{
    HealthTarget target;
    target.kind = kind;
    target.id = targetKindName(kind) + u'/' + cluster + u'/' + instance;
    target.cluster = cluster;
    target.instance = instance;
    target.host = QStringLiteral("127.0.0.1");
    target.address = QStringLiteral("127.0.0.1:%1").arg(port);
    return target;
}

// One poll, waited for; the snapshot it finished with.
inline std::optional<HealthSnapshot> pollOnce(HealthProbe &probe, int timeoutMs = 15000)
{
    QSignalSpy spy(&probe, &HealthProbe::finished);
    if (!probe.poll())
        return std::nullopt;
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    return spy.first().first().value<HealthSnapshot>();
}

inline QString describe(const HealthSnapshot &s)
{
    QStringList metrics;
    for (auto it = s.metrics.constBegin(); it != s.metrics.constEnd(); ++it)
        metrics << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return QStringLiteral("%1 (%2) %3").arg(healthStatusName(s.status), s.reason, metrics.join(u' '));
}

// A probe made on a worker thread polls there (its sockets on that thread's event loop) and its
// snapshots reach this thread by a queued signal: two polls, both Up. QTest macros: return when
// QTest::currentTestFailed().
inline void pollsUpOnAWorkerThread(QObject *receiver, const std::function<HealthProbe *()> &make)
{
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    HealthProbe *probe = nullptr;
    QMetaObject::invokeMethod(&context, [&] { probe = make(); }, Qt::BlockingQueuedConnection);
    QVERIFY(probe);
    QThread *emittedOn = nullptr;
    std::optional<HealthSnapshot> received;
    QObject::connect(probe, &HealthProbe::finished, probe, [&] { emittedOn = QThread::currentThread(); }, Qt::DirectConnection);
    QObject::connect(probe, &HealthProbe::finished, receiver, [&](const HealthSnapshot &s) { received = s; }, Qt::QueuedConnection);
    for (int i = 0; i < 2; ++i) {
        received.reset();
        QMetaObject::invokeMethod(probe, [probe] { probe->poll(); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(received.has_value(), 15000);
        QVERIFY2(received->status == HealthStatus::Up, qPrintable(describe(*received)));
        QCOMPARE(emittedOn, &thread);
    }
    QMetaObject::invokeMethod(&context, [&] { delete probe; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(10000));
}

} // namespace stackyard::test
