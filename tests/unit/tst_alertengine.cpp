// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules over snapshots in time: each rule fires after its for-duration (or its count of
// failed polls), clears with the right since/cleared times, a disabled rule never fires, a
// changed threshold is respected, and the user's changes survive in QSettings.
#include "health/alertengine.h"
#include "health/metricnames.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"stackyard-tests"_s); }
    void defaults();
    void downFiresAfterTwoFailedPolls();
    void downFiresAfterTenSecondsInOnePoll();
    void metricRuleWaitsForItsDuration();
    void diskNamesTheFullestMount();
    void httpFailingOnlyForHttpTargets();
    void backupOlderThanItsSchedule();
    void missingMetricKeepsTheState();
    void disabledRuleNeverFiresAndDisablingClears();
    void changedThresholdIsRespected();
    void recentListAndForgetTarget();
    void settingsRoundTrip();
};

static const QDateTime kT0 = QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC);

static HealthSnapshot snap(
    TargetKind kind, const QString &instance, int second, HealthStatus status, QMap<QString, double> metrics = {})
{
    HealthSnapshot s;
    s.target.kind = kind;
    s.target.instance = instance;
    s.target.id = targetKindName(kind) + u"/"_s + instance;
    s.status = status;
    s.at = kT0.addSecs(second);
    s.metrics = std::move(metrics);
    if (status == HealthStatus::Down)
        s.reason = u"connection refused"_s;
    return s;
}

static QString m(const char *name)
{
    return QString::fromLatin1(name);
}

static AlertRule ruleOf(const QList<AlertRule> &rules, AlertKind kind)
{
    for (const AlertRule &r : rules) {
        if (r.kind == kind)
            return r;
    }
    return {};
}

void TestAlertEngine::defaults()
{
    const QList<AlertRule> rules = AlertRules::defaults();
    QCOMPARE(rules.size(), 7);
    QCOMPARE(ruleOf(rules, AlertKind::ReplicationLag).threshold, 30.0);
    QCOMPARE(ruleOf(rules, AlertKind::Connections).threshold, 90.0);
    QCOMPARE(ruleOf(rules, AlertKind::Memory).threshold, 90.0);
    QCOMPARE(ruleOf(rules, AlertKind::Disk).threshold, 85.0);
    QCOMPARE(ruleOf(rules, AlertKind::InstanceDown).threshold, 2.0);
    QCOMPARE(ruleOf(rules, AlertKind::InstanceDown).forSeconds, 10);
    QCOMPARE(ruleOf(rules, AlertKind::BackupAge).threshold, 1.5);
    QCOMPARE(ruleOf(rules, AlertKind::HttpFailing).id, u"http_failing"_s);
    for (const AlertRule &r : rules) {
        QVERIFY(r.enabled);
        QVERIFY(!AlertRules::displayName(r.kind).isEmpty());
        QVERIFY(!AlertRules::thresholdUnit(r.kind).isEmpty());
    }
}

void TestAlertEngine::downFiresAfterTwoFailedPolls()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    QSignalSpy changed(&engine, &AlertEngine::alertsChanged);
    const QString pg = u"pg-meta-1"_s;
    engine.evaluate(snap(TargetKind::Postgres, pg, 0, HealthStatus::Up));
    engine.evaluate(snap(TargetKind::Postgres, pg, 3, HealthStatus::Down));
    QCOMPARE(raised.size(), 0);
    engine.evaluate(snap(TargetKind::Postgres, pg, 6, HealthStatus::Down));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(changed.size(), 1);
    const Alert a = raised.first().first().value<Alert>();
    QCOMPARE(a.ruleId, u"instance_down"_s);
    QCOMPARE(a.target.id, u"postgres/pg-meta-1"_s);
    QCOMPARE(a.severity, AlertSeverity::Critical);
    QCOMPARE(a.since, kT0.addSecs(3));
    QCOMPARE(a.firedAt, kT0.addSecs(6));
    QVERIFY(a.isActive());
    QVERIFY2(a.message.contains(pg) && a.message.contains(u"connection refused"_s), qPrintable(a.message));
    QCOMPARE(engine.activeAlerts().size(), 1);
    // Still down: no second alert.
    engine.evaluate(snap(TargetKind::Postgres, pg, 9, HealthStatus::Down));
    QCOMPARE(raised.size(), 1);
    // Degraded is answering: the down alert clears at that poll's time.
    engine.evaluate(snap(TargetKind::Postgres, pg, 12, HealthStatus::Degraded));
    QCOMPARE(cleared.size(), 1);
    const Alert done = cleared.first().first().value<Alert>();
    QCOMPARE(done.since, kT0.addSecs(3));
    QCOMPARE(done.cleared, kT0.addSecs(12));
    QVERIFY(!done.isActive());
    QVERIFY(engine.activeAlerts().isEmpty());
    QCOMPARE(engine.recentAlerts().size(), 1);
    QCOMPARE(changed.size(), 2);
    // Unknown (not polled, could not tell) neither raises nor clears.
    engine.evaluate(snap(TargetKind::Postgres, pg, 15, HealthStatus::Down));
    engine.evaluate(snap(TargetKind::Postgres, pg, 18, HealthStatus::Unknown));
    engine.evaluate(snap(TargetKind::Postgres, pg, 21, HealthStatus::Down));
    QCOMPARE(raised.size(), 2);
    QCOMPARE(engine.activeAlerts().first().since, kT0.addSecs(15));
}

void TestAlertEngine::downFiresAfterTenSecondsInOnePoll()
{
    QList<AlertRule> rules = AlertRules::defaults();
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::InstanceDown)
            r.threshold = 100; // only the duration can fire it
    }
    AlertEngine engine(rules);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    engine.evaluate(snap(TargetKind::Redis, u"redis-ms-1-6379"_s, 0, HealthStatus::Down));
    engine.evaluate(snap(TargetKind::Redis, u"redis-ms-1-6379"_s, 9, HealthStatus::Down));
    QCOMPARE(raised.size(), 0);
    engine.evaluate(snap(TargetKind::Redis, u"redis-ms-1-6379"_s, 10, HealthStatus::Down));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().first().value<Alert>().since, kT0);
}

void TestAlertEngine::metricRuleWaitsForItsDuration()
{
    AlertEngine engine; // replication lag over 30 s for 30 s
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    const QString lag = m(metric::kPgReplicationLagSeconds);
    const QString r = u"pg-meta-2"_s;
    engine.evaluate(snap(TargetKind::Postgres, r, 0, HealthStatus::Up, { { lag, 5 } }));
    engine.evaluate(snap(TargetKind::Postgres, r, 10, HealthStatus::Up, { { lag, 31 } }));
    engine.evaluate(snap(TargetKind::Postgres, r, 20, HealthStatus::Up, { { lag, 45 } }));
    engine.evaluate(snap(TargetKind::Postgres, r, 39, HealthStatus::Up, { { lag, 50 } }));
    QCOMPARE(raised.size(), 0);
    // A dip under the threshold restarts the wait.
    engine.evaluate(snap(TargetKind::Postgres, r, 41, HealthStatus::Up, { { lag, 2 } }));
    engine.evaluate(snap(TargetKind::Postgres, r, 50, HealthStatus::Up, { { lag, 40 } }));
    engine.evaluate(snap(TargetKind::Postgres, r, 79, HealthStatus::Up, { { lag, 40 } }));
    QCOMPARE(raised.size(), 0);
    engine.evaluate(snap(TargetKind::Postgres, r, 80, HealthStatus::Up, { { lag, 42 } }));
    QCOMPARE(raised.size(), 1);
    const Alert a = raised.first().first().value<Alert>();
    QCOMPARE(a.since, kT0.addSecs(50));
    QCOMPARE(a.firedAt, kT0.addSecs(80));
    QCOMPARE(a.value, 42.0);
    QCOMPARE(a.severity, AlertSeverity::Warning);
    QCOMPARE(a.message, u"pg-meta-2: replication lag 42 s (over 30 s)"_s);
    engine.evaluate(snap(TargetKind::Postgres, r, 90, HealthStatus::Up, { { lag, 30 } })); // not over
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().first().value<Alert>().cleared, kT0.addSecs(90));

    // Connections and memory likewise; memory reads Redis's percentage too.
    AlertEngine other;
    QSignalSpy otherRaised(&other, &AlertEngine::alertRaised);
    for (int s = 0; s <= 120; s += 10) {
        other.evaluate(
            snap(TargetKind::Postgres, u"pg-a"_s, s, HealthStatus::Up, { { m(metric::kPgConnectionsPercent), 95 } }));
        other.evaluate(
            snap(TargetKind::Redis, u"redis-a"_s, s, HealthStatus::Up, { { m(metric::kRedisMemoryPercent), 97 } }));
    }
    QCOMPARE(otherRaised.size(), 2);
    QCOMPARE(otherRaised.at(0).first().value<Alert>().kind, AlertKind::Connections);
    QCOMPARE(otherRaised.at(0).first().value<Alert>().firedAt, kT0.addSecs(60));
    QCOMPARE(otherRaised.at(1).first().value<Alert>().kind, AlertKind::Memory);
    QCOMPARE(otherRaised.at(1).first().value<Alert>().firedAt, kT0.addSecs(120));
}

void TestAlertEngine::diskNamesTheFullestMount()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    HealthSnapshot s
        = snap(TargetKind::Host, u"10.10.10.10"_s, 0, HealthStatus::Up, { { m(metric::kHostDiskPercent), 91.5 } });
    HealthDetailRow root { u"/"_s, { { u"percent"_s, 40 } }, {} };
    HealthDetailRow data { u"/data"_s, { { u"percent"_s, 91.5 } }, {} };
    s.details.insert(u"mounts"_s, { root, data });
    engine.evaluate(s); // for 0 s: the first poll fires it
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().first().value<Alert>().message, u"10.10.10.10: disk /data is 92 % full (over 85 %)"_s);
}

void TestAlertEngine::httpFailingOnlyForHttpTargets()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    engine.evaluate(snap(TargetKind::Http, u"dify"_s, 0, HealthStatus::Down));
    engine.evaluate(snap(TargetKind::Http, u"dify"_s, 5, HealthStatus::Down));
    QCOMPARE(raised.size(), 1);
    const Alert a = raised.first().first().value<Alert>();
    QCOMPARE(a.kind, AlertKind::HttpFailing); // and not "instance down" as well
    QCOMPARE(a.message, u"dify is failing: connection refused"_s);
    QCOMPARE(engine.activeAlerts().size(), 1);
}

void TestAlertEngine::backupOlderThanItsSchedule()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    const QString age = m(metric::kBackupAgeSeconds);
    const QString interval = m(metric::kBackupScheduleIntervalSeconds);
    // Daily schedule: 1.5 days allowed.
    engine.evaluate(
        snap(TargetKind::Postgres, u"pg-meta-1"_s, 0, HealthStatus::Up, { { age, 30 * 3600 }, { interval, 86400 } }));
    QCOMPARE(raised.size(), 0);
    // Without an interval the rule cannot tell.
    engine.evaluate(snap(TargetKind::Postgres, u"pg-meta-1"_s, 10, HealthStatus::Up, { { age, 99 * 3600 } }));
    QCOMPARE(raised.size(), 0);
    engine.evaluate(
        snap(TargetKind::Postgres, u"pg-meta-1"_s, 20, HealthStatus::Up, { { age, 37 * 3600 }, { interval, 86400 } }));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(
        raised.first().first().value<Alert>().message, u"pg-meta-1: last backup 37 h old, its schedule allows 36 h"_s);
}

void TestAlertEngine::missingMetricKeepsTheState()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    const QString mem = m(metric::kHostMemoryPercent);
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 0, HealthStatus::Up, { { mem, 95 } }));
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 60, HealthStatus::Down)); // no metrics at all
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 70, HealthStatus::Down));
    QCOMPARE(raised.size(), 1); // down
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 120, HealthStatus::Up, { { mem, 96 } }));
    QCOMPARE(raised.size(), 2); // memory, over 90 % since 0 whatever happened between
    QCOMPARE(cleared.size(), 1); // the host answers again: down cleared
    QCOMPARE(cleared.first().first().value<Alert>().kind, AlertKind::InstanceDown);
    QCOMPARE(cleared.first().first().value<Alert>().cleared, kT0.addSecs(120));
    QCOMPARE(engine.activeAlerts().size(), 1);
    QCOMPARE(engine.activeAlerts().first().kind, AlertKind::Memory);
    QCOMPARE(engine.activeAlerts().first().since, kT0);
}

void TestAlertEngine::disabledRuleNeverFiresAndDisablingClears()
{
    QList<AlertRule> rules = AlertRules::defaults();
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::Disk)
            r.enabled = false;
    }
    AlertEngine engine(rules);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    for (int s = 0; s < 300; s += 10)
        engine.evaluate(snap(TargetKind::Host, u"h"_s, s, HealthStatus::Up, { { m(metric::kHostDiskPercent), 99 } }));
    QCOMPARE(raised.size(), 0);

    // Enabled, it fires; disabled again, its alert clears at once.
    rules = AlertRules::defaults();
    engine.setRules(rules);
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 300, HealthStatus::Up, { { m(metric::kHostDiskPercent), 99 } }));
    QCOMPARE(raised.size(), 1);
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::Disk)
            r.enabled = false;
    }
    QSignalSpy changed(&engine, &AlertEngine::alertsChanged);
    engine.setRules(rules);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(engine.activeAlerts().isEmpty());
}

void TestAlertEngine::changedThresholdIsRespected()
{
    QList<AlertRule> rules = AlertRules::defaults();
    AlertEngine engine(rules);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    const QString disk = m(metric::kHostDiskPercent);
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 0, HealthStatus::Up, { { disk, 80 } }));
    QCOMPARE(raised.size(), 0);
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::Disk)
            r.threshold = 75;
    }
    engine.setRules(rules);
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 10, HealthStatus::Up, { { disk, 80 } }));
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().first().value<Alert>().threshold, 75.0);
    QCOMPARE(raised.first().first().value<Alert>().message, u"h: disk 80 % full (over 75 %)"_s);
    // Raised back above the figure: the alert clears at the next poll.
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::Disk)
            r.threshold = 95;
    }
    engine.setRules(rules);
    QCOMPARE(cleared.size(), 0);
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 20, HealthStatus::Up, { { disk, 80 } }));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().first().value<Alert>().cleared, kT0.addSecs(20));
}

void TestAlertEngine::recentListAndForgetTarget()
{
    AlertEngine engine;
    const QString disk = m(metric::kHostDiskPercent);
    for (int i = 0; i < AlertEngine::kRecentLimit + 20; ++i) {
        engine.evaluate(snap(TargetKind::Host, u"h"_s, 2 * i, HealthStatus::Up, { { disk, 90 } }));
        engine.evaluate(snap(TargetKind::Host, u"h"_s, 2 * i + 1, HealthStatus::Up, { { disk, 10 } }));
    }
    QCOMPARE(engine.recentAlerts().size(), AlertEngine::kRecentLimit);
    QCOMPARE(engine.recentAlerts().first().cleared, kT0.addSecs(2 * (AlertEngine::kRecentLimit + 19) + 1));
    engine.evaluate(snap(TargetKind::Host, u"h"_s, 1000, HealthStatus::Up, { { disk, 90 } }));
    engine.evaluate(snap(TargetKind::Host, u"g"_s, 1000, HealthStatus::Up, { { disk, 90 } }));
    QCOMPARE(engine.activeAlerts().size(), 2);
    engine.forgetTarget(u"host/h"_s);
    QCOMPARE(engine.activeAlerts().size(), 1);
    QCOMPARE(engine.activeAlerts().first().target.id, u"host/g"_s);
}

void TestAlertEngine::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"alerts.ini"_s);
    QList<AlertRule> rules = AlertRules::defaults();
    for (AlertRule &r : rules) {
        if (r.kind == AlertKind::ReplicationLag) {
            r.threshold = 120;
            r.forSeconds = 5;
        }
        if (r.kind == AlertKind::HttpFailing)
            r.enabled = false;
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        AlertRules::save(settings, rules);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(u"alerts/replication_lag/threshold"_s).toDouble(), 120.0);
        QVERIFY(!settings.contains(u"alerts/disk/threshold"_s)); // defaults are not written
        QCOMPARE(AlertRules::load(settings), rules);
        // A bad value is ignored, the default stays.
        settings.setValue(u"alerts/disk/threshold"_s, u"lots"_s);
        settings.setValue(u"alerts/memory/for_seconds"_s, -4);
        const QList<AlertRule> loaded = AlertRules::load(settings);
        QCOMPARE(ruleOf(loaded, AlertKind::Disk).threshold, 85.0);
        QCOMPARE(ruleOf(loaded, AlertKind::Memory).forSeconds, 120);
    }
    // The user's own settings (the test's private XDG_CONFIG_HOME).
    AlertRules::saveUser(rules);
    QCOMPARE(AlertRules::loadUser(), rules);
    AlertRules::saveUser(AlertRules::defaults());
    QCOMPARE(AlertRules::loadUser(), AlertRules::defaults());
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
