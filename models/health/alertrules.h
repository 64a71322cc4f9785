// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

class QSettings;

namespace stackyard {

namespace metric {
// How often a backup plan runs, in seconds, next to backup.last_age_seconds (issue 7 reports
// both); the backup-age rule needs the two.
inline constexpr char kBackupScheduleIntervalSeconds[] = "backup.schedule_interval_seconds";
} // namespace metric

// What an alert rule watches.
enum class AlertKind {
    InstanceDown, // a PostgreSQL, Redis instance or host is Down; threshold: failed polls
    ReplicationLag, // pg.replication_lag_seconds over threshold (seconds)
    Connections, // pg.connections_percent over threshold (%)
    Memory, // host.memory_percent or redis.memory_percent over threshold (%)
    Disk, // host.disk_percent (the fullest mount) over threshold (%)
    HttpFailing, // an HTTP endpoint is Down; threshold: failed polls
    BackupAge, // backup.last_age_seconds over threshold × the schedule's interval
};

enum class AlertSeverity { Warning, Critical };

// One rule. An alert fires when the rule's condition has held for forSeconds (the first poll
// that sees it when 0); for InstanceDown and HttpFailing also when threshold polls in a row
// failed, whichever comes first.
struct AlertRule
{
    QString id; // stable: "instance_down", "replication_lag", "connections", "memory", "disk",
                // "http_failing", "backup_age"
    AlertKind kind = AlertKind::InstanceDown;
    double threshold = 0;
    int forSeconds = 0;
    bool enabled = true;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

// The rules and their defaults, and the user's changes to them (QSettings, group "alerts", one
// subgroup per rule id with enabled, threshold and for_seconds).
class AlertRules
{
public:
    // instance down after 2 failed polls or 10 s; replication lag over 30 s for 30 s;
    // connections over 90 % for 60 s; memory over 90 % for 120 s; disk over 85 %; HTTP failing
    // after 2 failed polls or 10 s; last backup older than 1.5 × its schedule's interval.
    static QList<AlertRule> defaults();
    static AlertRule defaultRule(AlertKind kind);

    // The defaults with what settings holds over them (unknown ids and bad values ignored).
    static QList<AlertRule> load(QSettings &settings);
    // Writes every rule; a rule equal to its default is removed so a changed default applies.
    static void save(QSettings &settings, const QList<AlertRule> &rules);
    // load()/save() on the user's own settings (QSettings()).
    static QList<AlertRule> loadUser();
    static void saveUser(const QList<AlertRule> &rules);

    static QString kindId(AlertKind kind); // "instance_down", …
    static QString displayName(AlertKind kind); // translated: "Instance down"
    static QString thresholdUnit(AlertKind kind); // translated: "s", "%", "polls", "× schedule"
    static AlertSeverity severity(AlertKind kind); // Critical for down and failing, else Warning
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::AlertRule)
