// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/alertrules.h"

#include <QCoreApplication>
#include <QSettings>

#include <cmath>

namespace stackyard {

static const AlertKind kKinds[] = { AlertKind::InstanceDown, AlertKind::ReplicationLag, AlertKind::Connections,
    AlertKind::Memory, AlertKind::Disk, AlertKind::HttpFailing, AlertKind::BackupAge };

AlertRule AlertRules::defaultRule(AlertKind kind)
{
    AlertRule r;
    r.id = kindId(kind);
    r.kind = kind;
    switch (kind) {
    case AlertKind::InstanceDown:
    case AlertKind::HttpFailing:
        r.threshold = 2;
        r.forSeconds = 10;
        break;
    case AlertKind::ReplicationLag:
        r.threshold = 30;
        r.forSeconds = 30;
        break;
    case AlertKind::Connections:
        r.threshold = 90;
        r.forSeconds = 60;
        break;
    case AlertKind::Memory:
        r.threshold = 90;
        r.forSeconds = 120;
        break;
    case AlertKind::Disk:
        r.threshold = 85;
        r.forSeconds = 0;
        break;
    case AlertKind::BackupAge:
        r.threshold = 1.5;
        r.forSeconds = 0;
        break;
    }
    return r;
}

QList<AlertRule> AlertRules::defaults()
{
    QList<AlertRule> out;
    for (AlertKind kind : kKinds)
        out.append(defaultRule(kind));
    return out;
}

static QString groupName()
{
    return QStringLiteral("alerts");
}

QList<AlertRule> AlertRules::load(QSettings &settings)
{
    QList<AlertRule> rules = defaults();
    settings.beginGroup(groupName());
    for (AlertRule &r : rules) {
        if (!settings.childGroups().contains(r.id))
            continue;
        settings.beginGroup(r.id);
        r.enabled = settings.value(QStringLiteral("enabled"), r.enabled).toBool();
        bool ok = false;
        const double threshold = settings.value(QStringLiteral("threshold")).toDouble(&ok);
        if (ok && std::isfinite(threshold) && threshold >= 0)
            r.threshold = threshold;
        const int forSeconds = settings.value(QStringLiteral("for_seconds")).toInt(&ok);
        if (ok && forSeconds >= 0)
            r.forSeconds = forSeconds;
        settings.endGroup();
    }
    settings.endGroup();
    return rules;
}

void AlertRules::save(QSettings &settings, const QList<AlertRule> &rules)
{
    settings.beginGroup(groupName());
    for (const AlertRule &r : rules) {
        if (r == defaultRule(r.kind)) {
            settings.remove(r.id);
            continue;
        }
        settings.beginGroup(r.id);
        settings.setValue(QStringLiteral("enabled"), r.enabled);
        settings.setValue(QStringLiteral("threshold"), r.threshold);
        settings.setValue(QStringLiteral("for_seconds"), r.forSeconds);
        settings.endGroup();
    }
    settings.endGroup();
    settings.sync();
}

QList<AlertRule> AlertRules::loadUser()
{
    QSettings settings;
    return load(settings);
}

void AlertRules::saveUser(const QList<AlertRule> &rules)
{
    QSettings settings;
    save(settings, rules);
}

QString AlertRules::kindId(AlertKind kind)
{
    switch (kind) {
    case AlertKind::InstanceDown:
        return QStringLiteral("instance_down");
    case AlertKind::ReplicationLag:
        return QStringLiteral("replication_lag");
    case AlertKind::Connections:
        return QStringLiteral("connections");
    case AlertKind::Memory:
        return QStringLiteral("memory");
    case AlertKind::Disk:
        return QStringLiteral("disk");
    case AlertKind::HttpFailing:
        return QStringLiteral("http_failing");
    case AlertKind::BackupAge:
        break;
    }
    return QStringLiteral("backup_age");
}

QString AlertRules::displayName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::InstanceDown:
        return QCoreApplication::translate("AlertRules", "Instance down");
    case AlertKind::ReplicationLag:
        return QCoreApplication::translate("AlertRules", "Replication lag");
    case AlertKind::Connections:
        return QCoreApplication::translate("AlertRules", "Connections in use");
    case AlertKind::Memory:
        return QCoreApplication::translate("AlertRules", "Memory use");
    case AlertKind::Disk:
        return QCoreApplication::translate("AlertRules", "Disk use");
    case AlertKind::HttpFailing:
        return QCoreApplication::translate("AlertRules", "HTTP endpoint failing");
    case AlertKind::BackupAge:
        break;
    }
    return QCoreApplication::translate("AlertRules", "Backup overdue");
}

QString AlertRules::thresholdUnit(AlertKind kind)
{
    switch (kind) {
    case AlertKind::InstanceDown:
    case AlertKind::HttpFailing:
        return QCoreApplication::translate("AlertRules", "failed polls");
    case AlertKind::ReplicationLag:
        return QCoreApplication::translate("AlertRules", "s");
    case AlertKind::Connections:
    case AlertKind::Memory:
    case AlertKind::Disk:
        return QCoreApplication::translate("AlertRules", "%");
    case AlertKind::BackupAge:
        break;
    }
    return QCoreApplication::translate("AlertRules", "× schedule interval");
}

AlertSeverity AlertRules::severity(AlertKind kind)
{
    return kind == AlertKind::InstanceDown || kind == AlertKind::HttpFailing ? AlertSeverity::Critical
                                                                             : AlertSeverity::Warning;
}

} // namespace stackyard
