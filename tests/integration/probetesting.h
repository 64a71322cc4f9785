// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the health probe tests share: a target on this machine, one poll waited for, a metric by
// its metricnames.h name, and a snapshot in one line for failure messages.
#include "health/healthprobe.h"

#include <QSignalSpy>
#include <QStringList>

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

} // namespace stackyard::test
