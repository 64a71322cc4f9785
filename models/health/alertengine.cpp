// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/alertengine.h"

#include "health/metricnames.h"

#include <algorithm>

namespace stackyard {

AlertEngine::AlertEngine(QObject *parent)
    : AlertEngine(AlertRules::defaults(), parent)
{ }

AlertEngine::AlertEngine(QList<AlertRule> rules, QObject *parent)
    : QObject(parent)
    , mRules(std::move(rules))
{
    qRegisterMetaType<Alert>();
}

static QString stateKey(const QString &ruleId, const QString &targetId)
{
    return ruleId + QLatin1Char('\n') + targetId;
}

static QString targetLabel(const HealthTarget &target)
{
    return target.instance.isEmpty() ? target.id : target.instance;
}

static QString figure(double value)
{
    return QString::number(value, 'f', value < 10 && value != double(qint64(value)) ? 1 : 0);
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    mRules = rules;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList keys = mStates.keys();
    for (const QString &key : keys) {
        const QString ruleId = key.section(QLatin1Char('\n'), 0, 0);
        const auto rule
            = std::find_if(mRules.cbegin(), mRules.cend(), [&](const AlertRule &r) { return r.id == ruleId; });
        if (rule == mRules.cend() || !rule->enabled)
            clear(key, now);
    }
    if (std::exchange(mChanged, false))
        Q_EMIT alertsChanged();
}

AlertEngine::Observation AlertEngine::observe(const AlertRule &rule, const HealthSnapshot &snapshot) const
{
    Observation seen;
    const auto metricOver = [&](const char *name, double threshold) {
        const auto it = snapshot.metrics.constFind(QString::fromLatin1(name));
        if (it == snapshot.metrics.constEnd())
            return false;
        seen.value = *it;
        seen.condition = *it > threshold ? Condition::Holds : Condition::Clear;
        return true;
    };
    switch (rule.kind) {
    case AlertKind::InstanceDown:
    case AlertKind::HttpFailing: {
        const bool http = snapshot.target.kind == TargetKind::Http;
        if (http != (rule.kind == AlertKind::HttpFailing) || snapshot.status == HealthStatus::Unknown)
            return seen;
        seen.condition = snapshot.status == HealthStatus::Down ? Condition::Holds : Condition::Clear;
        seen.detail = snapshot.reason;
        return seen;
    }
    case AlertKind::ReplicationLag:
        metricOver(metric::kPgReplicationLagSeconds, rule.threshold);
        return seen;
    case AlertKind::Connections:
        metricOver(metric::kPgConnectionsPercent, rule.threshold);
        return seen;
    case AlertKind::Memory:
        if (!metricOver(metric::kHostMemoryPercent, rule.threshold))
            metricOver(metric::kRedisMemoryPercent, rule.threshold);
        return seen;
    case AlertKind::Disk:
        if (metricOver(metric::kHostDiskPercent, rule.threshold)) {
            double fullest = -1;
            for (const HealthDetailRow &row : snapshot.details.value(QStringLiteral("mounts"))) {
                const double percent = row.values.value(QStringLiteral("percent"), -1);
                if (percent > fullest) {
                    fullest = percent;
                    seen.detail = row.name;
                }
            }
        }
        return seen;
    case AlertKind::BackupAge: {
        const double age = snapshot.metric(QString::fromLatin1(metric::kBackupAgeSeconds), -1);
        const double interval = snapshot.metric(QString::fromLatin1(metric::kBackupScheduleIntervalSeconds), -1);
        if (age < 0 || interval <= 0)
            return seen;
        seen.value = age;
        seen.detail = QString::number(interval);
        seen.condition = age > rule.threshold * interval ? Condition::Holds : Condition::Clear;
        return seen;
    }
    }
    return seen;
}

QString AlertEngine::message(const AlertRule &rule, const HealthTarget &target, const Observation &seen) const
{
    const QString who = targetLabel(target);
    switch (rule.kind) {
    case AlertKind::InstanceDown:
        return seen.detail.isEmpty() ? tr("%1 is down").arg(who) : tr("%1 is down: %2").arg(who, seen.detail);
    case AlertKind::HttpFailing:
        return seen.detail.isEmpty() ? tr("%1 is failing").arg(who) : tr("%1 is failing: %2").arg(who, seen.detail);
    case AlertKind::ReplicationLag:
        return tr("%1: replication lag %2 s (over %3 s)").arg(who, figure(seen.value), figure(rule.threshold));
    case AlertKind::Connections:
        return tr("%1: %2 % of connections in use (over %3 %)").arg(who, figure(seen.value), figure(rule.threshold));
    case AlertKind::Memory:
        return tr("%1: memory %2 % used (over %3 %)").arg(who, figure(seen.value), figure(rule.threshold));
    case AlertKind::Disk:
        if (seen.detail.isEmpty())
            return tr("%1: disk %2 % full (over %3 %)").arg(who, figure(seen.value), figure(rule.threshold));
        return tr("%1: disk %2 is %3 % full (over %4 %)")
            .arg(who, seen.detail, figure(seen.value), figure(rule.threshold));
    case AlertKind::BackupAge: {
        const double interval = seen.detail.toDouble();
        return tr("%1: last backup %2 h old, its schedule allows %3 h")
            .arg(who, figure(seen.value / 3600.0), figure(rule.threshold * interval / 3600.0));
    }
    }
    return who;
}

void AlertEngine::evaluate(const HealthSnapshot &snapshot)
{
    const QDateTime at = snapshot.at.isValid() ? snapshot.at : QDateTime::currentDateTimeUtc();
    for (const AlertRule &rule : std::as_const(mRules)) {
        if (!rule.enabled)
            continue;
        const Observation seen = observe(rule, snapshot);
        const QString key = stateKey(rule.id, snapshot.target.id);
        if (seen.condition == Condition::NoData)
            continue;
        if (seen.condition == Condition::Clear) {
            clear(key, at);
            continue;
        }
        State &state = mStates[key];
        if (!state.pendingSince.isValid()) {
            state.pendingSince = at;
            state.count = 0;
        }
        ++state.count;
        if (state.firing)
            continue;
        const bool counted = (rule.kind == AlertKind::InstanceDown || rule.kind == AlertKind::HttpFailing)
            && state.count >= rule.threshold;
        const bool lasted = state.pendingSince.msecsTo(at) >= qint64(rule.forSeconds) * 1000;
        if (!counted && !lasted)
            continue;
        state.firing = true;
        Alert &a = state.alert;
        a.ruleId = rule.id;
        a.kind = rule.kind;
        a.severity = AlertRules::severity(rule.kind);
        a.target = snapshot.target;
        a.value
            = (rule.kind == AlertKind::InstanceDown || rule.kind == AlertKind::HttpFailing) ? state.count : seen.value;
        a.threshold = rule.threshold;
        a.message = message(rule, snapshot.target, seen);
        a.since = state.pendingSince;
        a.firedAt = at;
        a.cleared = QDateTime();
        mChanged = true;
        Q_EMIT alertRaised(a);
    }
    if (std::exchange(mChanged, false))
        Q_EMIT alertsChanged();
}

void AlertEngine::clear(const QString &key, const QDateTime &at)
{
    const auto it = mStates.find(key);
    if (it == mStates.end())
        return;
    if (it->firing) {
        Alert done = it->alert;
        done.cleared = at;
        mRecent.prepend(done);
        if (mRecent.size() > kRecentLimit)
            mRecent.removeLast();
        mChanged = true;
        Q_EMIT alertCleared(done);
    }
    mStates.erase(it);
}

void AlertEngine::forgetTarget(const QString &targetId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList keys = mStates.keys();
    for (const QString &key : keys) {
        if (key.section(QLatin1Char('\n'), 1) == targetId)
            clear(key, now);
    }
    if (std::exchange(mChanged, false))
        Q_EMIT alertsChanged();
}

QList<Alert> AlertEngine::activeAlerts() const
{
    QList<Alert> out;
    for (const State &s : mStates) {
        if (s.firing)
            out.append(s.alert);
    }
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.since != b.since)
            return a.since < b.since;
        return std::tie(a.ruleId, a.target.id) < std::tie(b.ruleId, b.target.id);
    });
    return out;
}

} // namespace stackyard
