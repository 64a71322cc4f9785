// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthtypes.h"

#include <QCoreApplication>

namespace stackyard {

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return QStringLiteral("up");
    case HealthStatus::Degraded:
        return QStringLiteral("degraded");
    case HealthStatus::Down:
        return QStringLiteral("down");
    case HealthStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString healthStatusDisplayName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return QCoreApplication::translate("HealthStatus", "Up");
    case HealthStatus::Degraded:
        return QCoreApplication::translate("HealthStatus", "Degraded");
    case HealthStatus::Down:
        return QCoreApplication::translate("HealthStatus", "Down");
    case HealthStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("HealthStatus", "Unknown");
}

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Postgres:
        return QStringLiteral("postgres");
    case TargetKind::Redis:
        return QStringLiteral("redis");
    case TargetKind::Http:
        return QStringLiteral("http");
    case TargetKind::Host:
        break;
    }
    return QStringLiteral("host");
}

int healthSeverity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return 0;
    case HealthStatus::Unknown:
        return 1;
    case HealthStatus::Degraded:
        return 2;
    case HealthStatus::Down:
        return 3;
    }
    return 1;
}

HealthStatus worseStatus(HealthStatus a, HealthStatus b)
{
    return healthSeverity(a) >= healthSeverity(b) ? a : b;
}

} // namespace stackyard
