// SPDX-License-Identifier: GPL-3.0-or-later
// stackyardctl health against the fixture's real PostgreSQL and Redis and this machine: the
// table and --json name every target with its status and figures, a cluster can be picked, a
// Redis on a closed port is down with the reason and makes the exit status 1, a wrong password
// is an authentication error, and --watch prints a poll per interval until it is interrupted.
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using stackyard::test::TestServers;

class TestIntegrationHealthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableOfEveryTarget();
    void jsonOfOneCluster();
    void downAndWrongPassword();
    void watchUntilInterrupted();

private:
    QString writeInventory(const QString &name, const QString &pgPassword, int deadPort);
    int ctl(const QStringList &args, QByteArray *out, QByteArray *err = nullptr, int timeoutMs = 60000);

    TestServers mServers;
    QTemporaryDir mDir;
    QString mInventory;
};

QString TestIntegrationHealthCli::writeInventory(const QString &name, const QString &pgPassword, int deadPort)
{
    const QString path = mDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString text = u"all:\n  children:\n"
                   "    pg-test:\n      hosts:\n        127.0.0.1: { pg_seq: 1, pg_role: primary, ansible_connection: local }\n"
                   "      vars: { pg_cluster: pg-test, pg_port: %1, pg_monitor_username: %2, pg_monitor_password: '%3' }\n"
                   "    redis-test:\n      hosts:\n        127.0.0.1: { redis_node: 1, redis_instances: { %4: {} }, ansible_connection: local }\n"
                   "      vars: { redis_cluster: redis-test, redis_password: '%5' }\n"_s
                       .arg(mServers.value(u"PG_PORT"_s), mServers.value(u"PG_USER"_s), pgPassword,
                            mServers.value(u"REDIS_PORT"_s), mServers.value(u"REDIS_PASSWORD"_s));
    if (deadPort > 0)
        text += u"    redis-gone:\n      hosts:\n        127.0.0.2: { redis_node: 2, redis_instances: { %1: {} }, ansible_connection: local }\n"
                "      vars: { redis_cluster: redis-gone }\n"_s.arg(deadPort);
    file.write(text.toUtf8());
    return path;
}

int TestIntegrationHealthCli::ctl(const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("STACKYARDCTL"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (err)
        *err = e;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestIntegrationHealthCli::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY2(!qEnvironmentVariable("STACKYARDCTL").isEmpty(), "STACKYARDCTL is not set");
    mInventory = writeInventory(u"up.yml"_s, mServers.value(u"PG_PASSWORD"_s), 0);
    QVERIFY(!mInventory.isEmpty());
}

void TestIntegrationHealthCli::tableOfEveryTarget()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(ctl({u"health"_s, mInventory}, &out, &err), 0);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(u"STATUS"_s) && text.contains(u"KEY FIGURE"_s), qPrintable(text));
    for (const QString &instance : {u"pg-test-1"_s, u"redis-test-1-"_s + mServers.value(u"REDIS_PORT"_s), u"127.0.0.1"_s}) {
        bool found = false;
        for (const QString &line : text.split(u'\n'))
            if (line.contains(instance) && line.startsWith(u"up "_s))
                found = true;
        QVERIFY2(found, qPrintable(instance + u"\n"_s + text + QString::fromUtf8(err)));
    }
    // Two polls: rates are there.
    QVERIFY2(text.contains(u"TPS"_s) && text.contains(u"ops/s"_s), qPrintable(text));
}

void TestIntegrationHealthCli::jsonOfOneCluster()
{
    QByteArray out;
    QCOMPARE(ctl({u"health"_s, u"--json"_s, mInventory, u"pg-test"_s}, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QStringList ids;
    for (const QJsonValue &v : array)
        ids << v[u"id"_s].toString();
    QCOMPARE(ids, (QStringList{u"postgres/pg-test/pg-test-1"_s, u"host/127.0.0.1"_s}));
    const QJsonObject pg = array.at(0).toObject();
    QCOMPARE(pg[u"status"_s].toString(), u"up"_s);
    QCOMPARE(pg[u"facts"_s][u"role"_s].toString(), u"primary"_s);
    QVERIFY(pg[u"metrics"_s][u"pg.connections"_s].toDouble() >= 1);
    QVERIFY(pg[u"metrics"_s][u"pg.max_connections"_s].toDouble() > 0);
    QVERIFY(pg[u"metrics"_s].toObject().contains(u"pg.tps"_s));
    QVERIFY(!pg[u"details"_s][u"databases"_s].toArray().isEmpty());
    const QJsonObject host = array.at(1).toObject();
    QCOMPARE(host[u"status"_s].toString(), u"up"_s);
    QVERIFY(host[u"metrics"_s][u"host.memory_total_bytes"_s].toDouble() > 0);
    QVERIFY(!host[u"details"_s][u"mounts"_s].toArray().isEmpty());

    QByteArray err;
    QCOMPARE(ctl({u"health"_s, mInventory, u"pg-nowhere"_s}, &out, &err), 1);
    QVERIFY2(err.contains("pg-nowhere"), err.constData());
}

void TestIntegrationHealthCli::downAndWrongPassword()
{
    int dead = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        dead = probe.serverPort();
    }
    const QString inventory = writeInventory(u"bad.yml"_s, u"not-the-password"_s, dead);
    QByteArray out;
    QCOMPARE(ctl({u"health"_s, u"--json"_s, inventory}, &out), 1);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : array)
        byId.insert(v[u"id"_s].toString(), v.toObject());
    const QJsonObject pg = byId.value(u"postgres/pg-test/pg-test-1"_s);
    QCOMPARE(pg[u"status"_s].toString(), u"down"_s);
    QVERIFY2(pg[u"reason"_s].toString().contains(u"password authentication failed"_s), qPrintable(pg[u"reason"_s].toString()));
    const QJsonObject gone = byId.value(u"redis/redis-gone/redis-gone-2-%1"_s.arg(dead));
    QCOMPARE(gone[u"status"_s].toString(), u"down"_s);
    QVERIFY2(gone[u"reason"_s].toString().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(gone[u"reason"_s].toString()));
    QCOMPARE(byId.value(u"redis/redis-test/redis-test-1-"_s + mServers.value(u"REDIS_PORT"_s))[u"status"_s].toString(), u"up"_s);
}

void TestIntegrationHealthCli::watchUntilInterrupted()
{
    QProcess p;
    p.start(qEnvironmentVariable("STACKYARDCTL"), {u"health"_s, u"--json"_s, u"--watch"_s, u"1"_s, mInventory, u"redis-test"_s});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (out.count('\n') < 3 && clock.elapsed() < 30000) {
        p.waitForReadyRead(1000);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.count('\n') >= 3, out.constData());
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonArray poll = QJsonDocument::fromJson(line).array();
        QCOMPARE(poll.size(), 2); // the Redis instance and its host
    }
}

QTEST_GUILESS_MAIN(TestIntegrationHealthCli)
#include "tst_integration_healthcli.moc"
