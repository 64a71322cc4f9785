// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning against real servers on this machine: a PostgreSQL primary (this machine, by
// LocalTransport) and its replica (a second "host" reached over a real sshd), two users, two
// databases with contrib extensions and HBA rules; a Redis primary with a replica and a password.
// Then the proofs: an app user connects through the rendered HBA, writes on the primary and reads
// on the replica; a user HBA does not allow is refused; Redis replicates. A second apply changes
// nothing (mtimes, pids); sshd stopped mid-apply names the step, and the next apply completes; no
// password in the run record or in any process list during the run.
#include "inventory/inventory.h"
#include "provision/provisioner.h"
#include "provision/runrecord.h"
#include "testservers.h"
#include "transport/sshpool.h"
#include "transport/transport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::TestServers;

namespace {

const QString kAppPassword = u"App pass'w\"rd$(x)"_s;       // shell and SQL metacharacters
const QString kOutsiderPassword = u"Outsider.Secret-7"_s;
const QString kRedisPassword = u"Redis pass;word 9"_s;

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray run(const QStringList &argv, int *exitCode = nullptr, const QByteArray &input = {},
               const QList<QPair<QString, QString>> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : env)
        e.insert(k, v);
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

qint64 mtimeOf(const QString &path)
{
    return QFileInfo(path).lastModified().toMSecsSinceEpoch();
}

QString firstLine(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

} // namespace

class TestIntegrationProvision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void provisionPostgresAndRedis();
    void appUserThroughHbaAndReplica();
    void redisReplicates();
    void secondApplyChangesNothing();
    void sshdStoppedMidApplyThenCompletes();

private:
    bool startSshd();
    void stopSshd();
    Result<Provisioner::Prepared> prepare(Provisioner &p, const QString &cluster);
    RunSummary apply(Provisioner &p, const Provisioner::Prepared &prepared, QList<StepResult> *results = nullptr,
                     std::function<void(int)> onStart = {});
    QString psql(int port, const QString &host, const QString &user, const QString &password, const QString &sql,
                 int *exitCode = nullptr);

    TestServers mServers;
    QTemporaryDir mDir;
    QString mSshDir;
    int mSshPort = 0;
    qint64 mSshdPid = 0;
    int mPgPrimaryPort = 0, mPgReplicaPort = 0, mRedisPort = 0, mRedisReplicaPort = 0;
    std::optional<Inventory> mInventory;
    QStringList mSeenInProcessList;
};

bool TestIntegrationProvision::startSshd()
{
    const QString config = mDir.filePath(u"sshd_config"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519_key\nPidFile %3/sshd.pid\n"
               "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
               "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nSubsystem sftp /usr/lib/openssh/sftp-server\n"_s
                   .arg(mSshPort)
                   .arg(mSshDir, mDir.path())
                   .toUtf8());
    file.close();
    // A listener just killed may hold the port for a moment: try a few times.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QFile::remove(mDir.filePath(u"sshd.pid"_s));
        int code = 0;
        run({u"/usr/sbin/sshd"_s, u"-f"_s, config, u"-E"_s, mDir.filePath(u"sshd.log"_s)}, &code);
        for (int i = 0; i < 50 && !QFile::exists(mDir.filePath(u"sshd.pid"_s)); ++i)
            QThread::msleep(100);
        mSshdPid = firstLine(mDir.filePath(u"sshd.pid"_s)).toLongLong();
        if (code == 0 && mSshdPid > 0 && run({u"kill"_s, u"-0"_s, QString::number(mSshdPid)}).isEmpty())
            return true;
        QThread::msleep(500);
    }
    return false;
}

void TestIntegrationProvision::stopSshd()
{
    if (mSshdPid <= 0)
        return;
    // The listener and every session it serves: the connection drops mid-command.
    run({u"pkill"_s, u"-KILL"_s, u"-P"_s, QString::number(mSshdPid)});
    run({u"kill"_s, u"-KILL"_s, QString::number(mSshdPid)});
    mSshdPid = 0;
}

void TestIntegrationProvision::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    if (::geteuid() != 0) {
        if (TestServers::inContinuousIntegration())
            QFAIL("provisioning creates PostgreSQL clusters and Redis instances: it needs root, which CI has");
        QSKIP("needs root");
    }
    QVERIFY(mDir.isValid());
    // The service users (postgres, redis) reach their data folders below it.
    QVERIFY(QFile::setPermissions(mDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                   | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    // Our own HOME: ~/.ssh/known_hosts and the app data (run records) are the test's.
    qputenv("HOME", mDir.path().toUtf8());
    qputenv("XDG_DATA_HOME", mDir.filePath(u"data"_s).toUtf8());
    mSshDir = mServers.value(u"SERVERS_DIR"_s) + u"/ssh"_s;
    mSshPort = freePort();
    QVERIFY2(startSshd(), "could not start the test's own sshd");
    mPgPrimaryPort = freePort();
    mPgReplicaPort = freePort();
    mRedisPort = freePort();
    mRedisReplicaPort = freePort();
    const QString d = mDir.path();
    const QString text =
        uR"~(all:
  children:
    pg-prov:
      hosts:
        127.0.0.2: { pg_seq: 1, pg_role: primary, ansible_connection: local, pg_port: %1, pg_data: '%5/pg1' }
        127.0.0.3: { pg_seq: 2, pg_role: replica, ansible_host: 127.0.0.1, ansible_port: %3, ansible_user: root,
                     ansible_ssh_private_key_file: '%6/client_ed25519_key', pg_port: %2, pg_data: '%5/pg2' }
      vars:
        pg_cluster: pg-prov
        pg_version: 15
        pg_listen: '${ip},${lo}'
        pg_conf: tiny.yml
        pg_parameters: { shared_buffers: 64MB, max_connections: 40 }
        pg_users:
          - { name: app_user ,password: '${secret:pg-prov/app}' ,roles: [ dbrole_readwrite ] ,comment: the app }
          - { name: outsider ,password: '${secret:pg-prov/outsider}' ,comment: has no HBA rule }
        pg_databases:
          - { name: appdb ,owner: app_user ,extensions: [ pg_trgm ] ,schemas: [ app ] }
          - { name: otherdb ,owner: outsider ,extensions: [ { name: hstore } ] }
        pg_hba_rules:
          - { user: app_user ,db: appdb ,addr: 127.0.0.0/8 ,auth: pwd ,title: 'the app from this machine' }
    redis-prov:
      hosts:
        127.0.0.2: { redis_node: 1, ansible_connection: local, redis_instances: { %4: {}, %7: { replica_of: '127.0.0.2 %4' } } }
      vars: { redis_cluster: redis-prov, redis_password: '${secret:redis-prov}', redis_max_memory: 32MB,
              redis_bind_address: '', redis_fs_main: '%5/redis' }
  vars:
    admin_ip: 127.0.0.1
)~"_s.arg(mPgPrimaryPort)
            .arg(mPgReplicaPort)
            .arg(mSshPort)
            .arg(mRedisPort)
            .arg(d, mSshDir)
            .arg(mRedisReplicaPort);
    const auto inv = Inventory::parse(text.toStdString(), mDir.filePath(u"inventory.yml"_s));
    QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().toString()));
    mInventory = *inv;
}

void TestIntegrationProvision::cleanupTestCase()
{
    stopSshd();
    if (!mInventory)
        return;
    for (const QString &n : {u"pg-prov-1"_s, u"pg-prov-2"_s}) {
        run({u"pg_ctlcluster"_s, u"15"_s, n, u"stop"_s, u"-m"_s, u"immediate"_s});
        run({u"pg_dropcluster"_s, u"15"_s, n});
    }
    for (const int port : {mRedisPort, mRedisReplicaPort}) {
        const QString name = u"redis-prov-1-%1"_s.arg(port);
        const QString pid = firstLine(u"/var/run/redis/%1.pid"_s.arg(name));
        if (!pid.isEmpty())
            run({u"kill"_s, u"-KILL"_s, pid});
        QFile::remove(u"/etc/redis/%1.conf"_s.arg(name));
    }
}

Result<Provisioner::Prepared> TestIntegrationProvision::prepare(Provisioner &p, const QString &cluster)
{
    p.setReveal([](const QString &value, const QString &) -> Result<QString> {
        if (value == u"${secret:pg-prov/app}"_s)
            return kAppPassword;
        if (value == u"${secret:pg-prov/outsider}"_s)
            return kOutsiderPassword;
        if (value == u"${secret:redis-prov}"_s)
            return kRedisPassword;
        return value;
    });
    return p.prepare({cluster, {}, {}, {}}, CancelToken());
}

RunSummary TestIntegrationProvision::apply(Provisioner &p, const Provisioner::Prepared &prepared, QList<StepResult> *results,
                                           std::function<void(int)> onStart)
{
    // Watch every process's command line while the plan runs: no password may show there.
    std::atomic<bool> done{false};
    QStringList seen;
    std::thread watcher([&] {
        while (!done.load()) {
            int code = 0;
            const QString ps = QString::fromUtf8(run({u"ps"_s, u"-eo"_s, u"args"_s}, &code));
            for (const QString &secret : {kAppPassword, kOutsiderPassword, kRedisPassword, u"DBUser.Replicator"_s})
                if (ps.contains(secret))
                    seen << secret;
            QThread::msleep(20);
        }
    });
    ProvisionRunner::Observer observer;
    observer.started = onStart;
    QList<StepResult> local;
    const RunSummary summary =
        ProvisionRunner::run(prepared.plan, p.transportFunction(), prepared.sudoHosts, observer, CancelToken(), &local);
    done.store(true);
    watcher.join();
    mSeenInProcessList += seen;
    // The record of the run holds no password either.
    RunRecord record = RunRecord::from(prepared.plan, local, summary, QDateTime::currentDateTime(), QDateTime::currentDateTime());
    const auto saved = record.save(mDir.filePath(u"runs"_s));
    if (saved) {
        QFile f(*saved);
        f.open(QIODevice::ReadOnly);
        const QString json = QString::fromUtf8(f.readAll());
        for (const QString &secret : {kAppPassword, kOutsiderPassword, kRedisPassword, u"DBUser.Replicator"_s})
            if (json.contains(secret) || json.contains(u"SCRAM-SHA-256$"_s))
                mSeenInProcessList << u"record: "_s + secret;
    }
    if (results)
        *results = local;
    if (!summary.success)
        qWarning("apply failed: %s", qPrintable(summary.error));
    return summary;
}

QString TestIntegrationProvision::psql(int port, const QString &host, const QString &user, const QString &password,
                                       const QString &sql, int *exitCode)
{
    // The password on stdin through a passfile-free path: PGPASSWORD in the client's own env.
    return QString::fromUtf8(run({u"/usr/lib/postgresql/15/bin/psql"_s, u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-w"_s, u"-h"_s, host,
                                  u"-p"_s, QString::number(port), u"-U"_s, user, u"-d"_s, u"appdb"_s, u"-c"_s, sql},
                                 exitCode, {}, {{u"PGPASSWORD"_s, password}, {u"PGCONNECT_TIMEOUT"_s, u"5"_s}}))
        .trimmed();
}

void TestIntegrationProvision::provisionPostgresAndRedis()
{
    TransportOptions options;
    options.prompts.confirmHostKey = [](const HostKeyPrompt &) { return true; }; // the test's own sshd
    Provisioner p(*mInventory, options);
    for (const QString &cluster : {u"pg-prov"_s, u"redis-prov"_s}) {
        const auto prepared = prepare(p, cluster);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
        QList<StepResult> results;
        const RunSummary summary = apply(p, *prepared, &results);
        QVERIFY2(summary.success, qPrintable(summary.error));
        QVERIFY(summary.changed > 0);
    }
    QVERIFY2(mSeenInProcessList.isEmpty(), qPrintable(mSeenInProcessList.join(u", "_s)));
}

void TestIntegrationProvision::appUserThroughHbaAndReplica()
{
    int code = -1;
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(psql(mPgPrimaryPort, u"127.0.0.2"_s, u"app_user"_s, kAppPassword,
                  u"CREATE TABLE IF NOT EXISTS app.notes (t text); INSERT INTO app.notes VALUES ('%1'); SELECT 'ok'"_s.arg(token), &code),
             u"ok"_s);
    QCOMPARE(code, 0);
    QString seen;
    for (int i = 0; i < 100 && seen != token; ++i, QThread::msleep(100))
        seen = psql(mPgReplicaPort, u"127.0.0.1"_s, u"app_user"_s, kAppPassword,
                    u"SELECT t FROM app.notes WHERE t = '%1'"_s.arg(token), &code);
    QCOMPARE(seen, token);
    // The extension and schema are there; a wrong password and a user without an HBA rule are refused.
    QCOMPARE(psql(mPgPrimaryPort, u"127.0.0.2"_s, u"app_user"_s, kAppPassword,
                  u"SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"_s),
             u"1"_s);
    const QString wrong = psql(mPgPrimaryPort, u"127.0.0.2"_s, u"app_user"_s, u"wrong"_s, u"SELECT 1"_s, &code);
    QVERIFY(code != 0);
    QVERIFY2(wrong.contains(u"password authentication failed"_s), qPrintable(wrong));
    const QString refused = psql(mPgPrimaryPort, u"127.0.0.2"_s, u"outsider"_s, kOutsiderPassword, u"SELECT 1"_s, &code);
    QVERIFY(code != 0);
    QVERIFY2(refused.contains(u"no pg_hba.conf entry"_s), qPrintable(refused));
}

void TestIntegrationProvision::redisReplicates()
{
    const auto cli = [](int port, const QString &commands) {
        return QString::fromUtf8(run({u"redis-cli"_s, u"-h"_s, u"127.0.0.2"_s, u"-p"_s, QString::number(port)}, nullptr,
                                     (u"AUTH \"%1\"\n"_s.arg(kRedisPassword) + commands).toUtf8()));
    };
    QVERIFY(cli(mRedisReplicaPort, u"INFO replication\n"_s).contains(u"master_link_status:up"_s));
    cli(mRedisPort, u"SET test:key hello\n"_s);
    QString got;
    for (int i = 0; i < 50 && !got.contains(u"hello"_s); ++i, QThread::msleep(100))
        got = cli(mRedisReplicaPort, u"GET test:key\n"_s);
    QVERIFY(got.contains(u"hello"_s));
    QVERIFY(cli(mRedisPort, u"CONFIG GET maxmemory\n"_s).contains(u"33554432"_s));
    // Without the password: refused.
    const QString anonymous = QString::fromUtf8(run({u"redis-cli"_s, u"-h"_s, u"127.0.0.2"_s, u"-p"_s, QString::number(mRedisPort), u"PING"_s}));
    QVERIFY2(anonymous.contains(u"NOAUTH"_s), qPrintable(anonymous));
}

void TestIntegrationProvision::secondApplyChangesNothing()
{
    const QStringList files{u"/etc/postgresql/15/pg-prov-1/conf.d/stackyard.conf"_s, u"/etc/postgresql/15/pg-prov-1/pg_hba.conf"_s,
                            u"/etc/postgresql/15/pg-prov-2/conf.d/stackyard.conf"_s,
                            u"/etc/redis/redis-prov-1-%1.conf"_s.arg(mRedisPort), u"/etc/redis/redis-prov-1-%1.conf"_s.arg(mRedisReplicaPort)};
    const QStringList pidFiles{mDir.filePath(u"pg1/postmaster.pid"_s), mDir.filePath(u"pg2/postmaster.pid"_s),
                               u"/var/run/redis/redis-prov-1-%1.pid"_s.arg(mRedisPort),
                               u"/var/run/redis/redis-prov-1-%1.pid"_s.arg(mRedisReplicaPort)};
    QList<qint64> mtimes;
    QStringList pids;
    for (const QString &f : files)
        mtimes << mtimeOf(f);
    for (const QString &f : pidFiles)
        pids << firstLine(f);
    QVERIFY(!pids.contains(QString()));

    TransportOptions options;
    options.prompts.confirmHostKey = [](const HostKeyPrompt &) { return false; }; // already known: never asked
    Provisioner p(*mInventory, options);
    for (const QString &cluster : {u"pg-prov"_s, u"redis-prov"_s}) {
        const auto prepared = prepare(p, cluster);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
        QList<StepResult> results;
        const RunSummary summary = apply(p, *prepared, &results);
        QVERIFY2(summary.success, qPrintable(summary.error));
        QCOMPARE(summary.changed, 0);
        for (int i = 0; i < results.size(); ++i) {
            const StepResult::State s = results.at(i).state;
            QVERIFY2(s == StepResult::State::AlreadySo || s == StepResult::State::NotNeeded || s == StepResult::State::Verified,
                     qPrintable(prepared->plan.steps.at(i).id + u": "_s + StepResult::stateKey(s) + u' '
                                + results.at(i).differences.join(u"; "_s)));
        }
    }
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(mtimeOf(files.at(i)), mtimes.at(i));
    for (int i = 0; i < pidFiles.size(); ++i)
        QCOMPARE(firstLine(pidFiles.at(i)), pids.at(i));
    QVERIFY2(mSeenInProcessList.isEmpty(), qPrintable(mSeenInProcessList.join(u", "_s)));
}

void TestIntegrationProvision::sshdStoppedMidApplyThenCompletes()
{
    // Change a setting of the replica so its steps have work to do, then drop sshd as soon as
    // the replica's first step starts.
    const QString marker = mDir.filePath(u"pg2/standby.signal"_s);
    QVERIFY(QFile::exists(marker));
    QFile::remove(u"/etc/postgresql/15/pg-prov-2/conf.d/stackyard.conf"_s);
    TransportOptions options;
    SshPool pool;
    options.pool = &pool;
    Provisioner p(*mInventory, options);
    const auto prepared = prepare(p, u"pg-prov"_s);
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
    int firstReplicaStep = -1;
    for (int i = 0; i < prepared->plan.steps.size() && firstReplicaStep < 0; ++i)
        if (prepared->plan.steps.at(i).host == u"127.0.0.3"_s)
            firstReplicaStep = i;
    QVERIFY(firstReplicaStep >= 0);
    QList<StepResult> results;
    const RunSummary broken = apply(p, *prepared, &results, [&](int step) {
        if (step == firstReplicaStep)
            stopSshd();
    });
    QVERIFY(!broken.success);
    QVERIFY2(broken.error.contains(u"127.0.0.3"_s), qPrintable(broken.error));
    QVERIFY2(broken.error.contains(prepared->plan.steps.at(firstReplicaStep).title) || broken.error.contains(u"127.0.0.3"_s),
             qPrintable(broken.error));
    QCOMPARE(results.at(firstReplicaStep).state, StepResult::State::Failed);

    QVERIFY2(startSshd(), qPrintable(QString::fromUtf8(run({u"cat"_s, mDir.filePath(u"sshd.log"_s)}))));
    Provisioner again(*mInventory, options);
    const auto second = prepare(again, u"pg-prov"_s);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    const RunSummary done = apply(again, *second, &results);
    QVERIFY2(done.success, qPrintable(done.error));
    QVERIFY(QFile::exists(u"/etc/postgresql/15/pg-prov-2/conf.d/stackyard.conf"_s));
}

QTEST_GUILESS_MAIN(TestIntegrationProvision)
#include "tst_integration_provision.moc"
