// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/alertrules.h"
#include "health/healthtypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace stackyard {

// One alert of one rule on one target. Active while cleared is invalid.
struct Alert
{
    QString ruleId;
    AlertKind kind = AlertKind::InstanceDown;
    AlertSeverity severity = AlertSeverity::Warning;
    HealthTarget target;
    QString message; // translated, names the target and the figure: "pg-meta-1: replication lag 45 s (over 30 s)"
    double value = 0; // the figure when it fired (failed polls for down and failing)
    double threshold = 0; // the rule's threshold then
    QDateTime since; // when the condition began to hold (the first poll that saw it)
    QDateTime firedAt; // when it had held long enough
    QDateTime cleared; // the first poll that no longer saw it; invalid while active

    bool isActive() const { return !cleared.isValid(); }
};

// Turns snapshots into alerts with the rules. evaluate() every snapshot the monitor gets, in
// time order per target (the snapshot's own time is the clock: tests drive it). A rule whose
// metric a snapshot lacks (the instance is down, a Redis without maxmemory) leaves that rule's
// state as it was. Disabling or removing a rule clears its alerts at once. Keeps the active
// alerts and the last kRecentLimit cleared ones.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecentLimit = 200;

    explicit AlertEngine(QObject *parent = nullptr);
    explicit AlertEngine(QList<AlertRule> rules, QObject *parent = nullptr);

    const QList<AlertRule> &rules() const { return mRules; }
    void setRules(const QList<AlertRule> &rules);

    void evaluate(const HealthSnapshot &snapshot);
    // Clears every alert of a target that is no longer watched (left the inventory).
    void forgetTarget(const QString &targetId);

    // Oldest first.
    QList<Alert> activeAlerts() const;
    // Cleared alerts, the most recently cleared first.
    QList<Alert> recentAlerts() const { return mRecent; }

Q_SIGNALS:
    void alertRaised(const stackyard::Alert &alert);
    void alertCleared(const stackyard::Alert &alert);
    // After any raise or clear (one per evaluate()/setRules()).
    void alertsChanged();

private:
    enum class Condition { Holds, Clear, NoData };
    struct Observation
    {
        Condition condition = Condition::NoData;
        double value = 0;
        QString detail; // the down reason, the fullest mount
    };
    struct State
    {
        QDateTime pendingSince;
        int count = 0; // polls in a row that saw the condition
        bool firing = false;
        Alert alert;
    };

    Observation observe(const AlertRule &rule, const HealthSnapshot &snapshot) const;
    QString message(const AlertRule &rule, const HealthTarget &target, const Observation &seen) const;
    void clear(const QString &key, const QDateTime &at);

    QList<AlertRule> mRules;
    QHash<QString, State> mStates; // rule id + '\n' + target id
    QList<Alert> mRecent;
    bool mChanged = false;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::Alert)
