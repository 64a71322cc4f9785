// SPDX-License-Identifier: GPL-3.0-or-later
// Logs against real things: a real file followed through LocalTransport and through the
// fixture's sshd (SshTransport) — lines appended appear, the file is rotated and following goes
// on, stop ends the remote tail; the levels of the real PostgreSQL and Redis logs the fixture's
// servers write; the clear error of the journal and compose readers on this machine (no journal,
// no Docker engine); and stackyardctl logs end to end.
#include "logs/logfollower.h"
#include "logs/logmodel.h"
#include "logs/logparser.h"
#include "logs/logstream.h"
#include "testservers.h"
#include "transportchecks.h"
#include "transport/hostsettings.h"
#include "transport/localtransport.h"
#include "transport/sshpool.h"
#include "transport/sshtransport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stackyard;
using namespace stackyard::test;
using namespace Qt::StringLiterals;

class TestIntegrationLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void followsThroughRotation_data();
    void followsThroughRotation();
    void realPostgresLogLevels_data() { transports(); }
    void realPostgresLogLevels();
    void realRedisLogLevels_data() { transports(); }
    void realRedisLogLevels();
    void journalAndComposeSayWhatIsMissing();
    void missingFileIsAnError();
    void cliPrintsAndFilters();

private:
    static void transports();
    std::shared_ptr<Transport> transport(const QString &kind) const;
    static void append(const QString &path, const QByteArray &data);
    static QList<QByteArray> readAll(Transport &transport, const LogSourceSpec &spec, int lines, QList<LogLevel> *levels);

    TestServers mServers;
    QTemporaryDir mScratch;
    std::unique_ptr<SshPool> mPool;
};

void TestIntegrationLogs::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY(mScratch.isValid());
    qputenv("HOME", mScratch.filePath(u"home"_s).toUtf8());
    QDir().mkpath(mScratch.filePath(u"home"_s));
    qunsetenv("SSH_AUTH_SOCK");
    mPool = std::make_unique<SshPool>();
}

void TestIntegrationLogs::cleanupTestCase()
{
    mPool.reset();
}

void TestIntegrationLogs::transports()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("local") << u"local"_s;
    QTest::newRow("ssh") << u"ssh"_s;
}

std::shared_ptr<Transport> TestIntegrationLogs::transport(const QString &kind) const
{
    if (kind == u"local"_s) {
        HostSettings s;
        s.name = u"localhost"_s;
        s.local = true;
        return Transport::create(s);
    }
    HostSettings s = stackyard::test::fixtureSshSettings(mServers);
    return std::make_shared<SshTransport>(s, TransportOptions{{}, {}, mPool.get()});
}

void TestIntegrationLogs::append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

QList<QByteArray> TestIntegrationLogs::readAll(Transport &transport, const LogSourceSpec &spec, int lines,
                                               QList<LogLevel> *levels)
{
    QList<QByteArray> out;
    const Result<bool> done = LogStream::run(transport, spec, {lines, false, 0}, [&](LogBatch &&batch) {
        for (const LogLineRef &l : std::as_const(batch.lines)) {
            out << batch.textOf(l).toByteArray();
            levels->append(l.level);
        }
    });
    if (!done)
        qWarning("%s", qPrintable(done.error().toString()));
    return done ? out : QList<QByteArray>();
}

void TestIntegrationLogs::followsThroughRotation_data()
{
    transports();
}

void TestIntegrationLogs::followsThroughRotation()
{
    QFETCH(QString, kind);
    const QString dir = mScratch.filePath(kind);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/app.log"_s;
    // Times from one base, a tenth of a second apart in the order written (the lines merge by time).
    const QDateTime base = QDateTime::currentDateTimeUtc();
    const auto t = [base](int tenths) {
        return base.addMSecs(tenths * 100).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s).toUtf8() + " UTC";
    };
    append(path, t(-3) + " [1] LOG:  first\n" + t(-2) + " [1] WARNING:  second\n" + t(-1) + " [1] ERROR:  third\n");

    LogModel model;
    const int source = model.addSource(u"app"_s);
    const std::shared_ptr<Transport> host = transport(kind);
    LogFollower follower(LogSourceSpec::file(kind, path), source, [host] { return Result<std::shared_ptr<Transport>>(host); });
    connect(&follower, &LogFollower::batchReady, &model, &LogModel::append);
    QSignalSpy finished(&follower, &LogFollower::finished);
    follower.start(10);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 15000);
    QCOMPARE(model.rowLevel(0), LogLevel::Info);
    QCOMPARE(model.rowLevel(1), LogLevel::Warning);
    QCOMPARE(model.rowLevel(2), LogLevel::Error);

    // Lines appended to the file appear.
    append(path, t(0) + " [1] LOG:  fourth\n" + t(1) + " [1] FATAL:  fifth\n");
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 15000);
    QCOMPARE(model.rowLevel(4), LogLevel::Fatal);

    // Rotated (renamed and a new file made, as logrotate does): following goes on in the new file.
    QVERIFY(QFile::rename(path, path + u".1"_s));
    append(path + u".1"_s, t(2) + " [1] LOG:  late line in the old file\n");
    QTest::qWait(200);
    append(path, t(3) + " [1] LOG:  after rotation\n");
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 6 && model.rowText(model.rowCount() - 1).endsWith("after rotation"), 20000);
    append(path, t(4) + " [1] ERROR:  still followed\n");
    QTRY_VERIFY_WITH_TIMEOUT(model.rowText(model.rowCount() - 1).endsWith("still followed"), 15000);
    QCOMPARE(model.rowLevel(model.rowCount() - 1), LogLevel::Error);

    // Stop ends the reader on the host and reports no error.
    follower.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).value<Error>().what.isEmpty(), qPrintable(finished.at(0).at(0).value<Error>().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"pgrep"_s, {u"-f"_s, u"tail -F -n 10 -- "_s + path}) == 1, 10000);
}

void TestIntegrationLogs::realPostgresLogLevels()
{
    QFETCH(QString, kind);
    // Make the server write an ERROR and its STATEMENT: a query on a table that does not exist.
    const QString marker = u"stackyard_logs_no_such_table_%1"_s.arg(kind);
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, mServers.value(u"PG_PASSWORD"_s));
    psql.setProcessEnvironment(env);
    psql.start(mServers.value(u"PG_BINDIR"_s) + u"/psql"_s,
               {u"-X"_s, u"-w"_s, u"-h"_s, mServers.value(u"PG_HOST"_s), u"-p"_s, mServers.value(u"PG_PORT"_s), u"-U"_s,
                u"postgres"_s, u"-d"_s, u"postgres"_s, u"-c"_s, u"select * from %1"_s.arg(marker)});
    QVERIFY(psql.waitForFinished(30000));
    QVERIFY(psql.readAllStandardError().contains(marker.toUtf8()));

    const std::shared_ptr<Transport> host = transport(kind);
    QList<LogLevel> levels;
    QList<QByteArray> lines;
    // The server may write the line a moment later.
    QTRY_VERIFY_WITH_TIMEOUT((levels.clear(), lines = readAll(*host, LogSourceSpec::file(kind, mServers.value(u"PG_LOG"_s)), 500, &levels),
                              std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.contains("STATEMENT:  select * from " + marker.toUtf8()); })),
                             10000);
    bool sawReady = false;
    bool sawError = false;
    bool sawStatement = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        const ParsedLine p = LogParser::parse(l, LogParser::Hint::Auto, 0);
        QVERIFY2(p.format == ParsedLine::Format::PostgreSQL, l.constData());
        QVERIFY2(p.timeMs > 0 || p.continuation, l.constData());
        if (l.contains("database system is ready to accept connections")) {
            sawReady = true;
            QCOMPARE(levels.at(i), LogLevel::Info);
        }
        if (l.contains("ERROR:  relation \"" + marker.toUtf8() + "\" does not exist")) {
            sawError = true;
            QCOMPARE(levels.at(i), LogLevel::Error);
        }
        if (l.contains("STATEMENT:  select * from " + marker.toUtf8())) {
            sawStatement = true;
            QCOMPARE(levels.at(i), LogLevel::Error); // a continuation takes its message's level
        }
    }
    QVERIFY(sawReady);
    QVERIFY(sawError);
    QVERIFY(sawStatement);
}

void TestIntegrationLogs::realRedisLogLevels()
{
    QFETCH(QString, kind);
    const std::shared_ptr<Transport> host = transport(kind);
    QList<LogLevel> levels;
    const QList<QByteArray> lines = readAll(*host, LogSourceSpec::file(kind, mServers.value(u"REDIS_LOG"_s)), 500, &levels);
    QVERIFY(!lines.isEmpty());
    bool sawStarting = false;
    bool sawReady = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        if (l.trimmed().isEmpty())
            continue;
        const ParsedLine p = LogParser::parse(l, LogParser::Hint::Auto, 0);
        QVERIFY2(p.format == ParsedLine::Format::Redis, l.constData());
        QVERIFY(p.timeMs > 0);
        if (l.contains("Redis is starting")) {
            sawStarting = true;
            QCOMPARE(levels.at(i), LogLevel::Warning); // '#'
        }
        if (l.contains("Ready to accept connections")) {
            sawReady = true;
            QCOMPARE(levels.at(i), LogLevel::Notice); // '*'
        }
    }
    QVERIFY(sawStarting);
    QVERIFY(sawReady);
}

void TestIntegrationLogs::journalAndComposeSayWhatIsMissing()
{
    const std::shared_ptr<Transport> host = transport(u"local"_s);
    const QString app = mScratch.filePath(u"app"_s);
    QVERIFY(QDir().mkpath(app));
    QFile compose(app + u"/docker-compose.yml"_s);
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  web:\n    image: nginx:1.27\n");
    compose.close();
    for (const LogSourceSpec &spec : {LogSourceSpec::journal(u"local"_s, u"postgresql@15-main"_s), LogSourceSpec::compose(u"local"_s, app)}) {
        int lines = 0;
        const Result<bool> r = LogStream::run(*host, spec, {10, true, 0}, [&](LogBatch &&b) { lines += int(b.size()); });
        QVERIFY2(!r.ok(), qPrintable(spec.name));
        QCOMPARE(lines, 0);
        QVERIFY2(r.error().hint.contains(spec.kind == LogSourceSpec::Kind::Journal ? u"no systemd journal"_s : u"no Docker engine"_s),
                 qPrintable(r.error().toString()));
        QVERIFY(!r.error().detail.isEmpty());
    }
}

void TestIntegrationLogs::missingFileIsAnError()
{
    const std::shared_ptr<Transport> host = transport(u"ssh"_s);
    const Result<bool> r = LogStream::run(*host, LogSourceSpec::file(u"h"_s, mScratch.filePath(u"nope.log"_s)), {10, false, 0},
                                          [](LogBatch &&) {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().detail.contains(u"No such file"_s), qPrintable(r.error().toString()));
}

void TestIntegrationLogs::cliPrintsAndFilters()
{
    const QString program = qEnvironmentVariable("STACKYARDCTL");
    if (program.isEmpty())
        QSKIP("STACKYARDCTL is not set (run through ctest)");
    const QString inventory = mScratch.filePath(u"inventory.yml"_s);
    QFile inv(inventory);
    QVERIFY(inv.open(QIODevice::WriteOnly));
    inv.write("all:\n  children:\n    infra:\n      hosts:\n        127.0.0.1: { ansible_connection: local }\n");
    inv.close();
    const QString log = mScratch.filePath(u"cli.log"_s);
    append(log, "2026/12/07 01:00:13 [error] 1#1: *7 upstream timed out\n"
                "2026/12/07 01:00:14 [notice] 1#1: signal process started\n"
                "2026/12/07 01:00:15 [warn] 1#1: upstream server temporarily disabled\n"
                "2026/12/07 01:00:16 [info] 1#1: client closed connection\n");
    QProcess ctl;
    ctl.start(program, {u"logs"_s, inventory, u"127.0.0.1"_s, log, u"--lines"_s, u"3"_s, u"--level"_s, u"warning"_s});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 0);
    QCOMPARE(ctl.readAllStandardOutput(), "2026/12/07 01:00:15 [warn] 1#1: upstream server temporarily disabled\n"_ba);

    ctl.start(program, {u"logs"_s, inventory, u"127.0.0.1"_s, log, u"--grep"_s, u"upstream (timed|server)"_s, u"--json"_s});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 0);
    const QList<QByteArray> json = ctl.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(json.size(), 2);
    QVERIFY(json.at(0).contains("\"level\":\"error\""));
    QVERIFY(json.at(1).contains("\"level\":\"warning\""));

    // Over SSH: a host of the inventory reached through the fixture's sshd (its key, its
    // known_hosts as the user's), the real Redis log read there.
    QDir().mkpath(mScratch.filePath(u"home/.ssh"_s));
    QFile::remove(mScratch.filePath(u"home/.ssh/known_hosts"_s));
    QVERIFY(QFile::copy(mServers.value(u"SSH_KNOWN_HOSTS"_s), mScratch.filePath(u"home/.ssh/known_hosts"_s)));
    const QString sshInventory = mScratch.filePath(u"ssh-inventory.yml"_s);
    QFile sshInv(sshInventory);
    QVERIFY(sshInv.open(QIODevice::WriteOnly));
    sshInv.write(u"all:\n  children:\n    redis-test:\n      hosts:\n        127.0.0.1: { ansible_port: %1, ansible_user: %2, "
                 "ansible_ssh_private_key_file: '%3' }\n"_s
                     .arg(mServers.value(u"SSH_PORT"_s), mServers.value(u"SSH_USER"_s), mServers.value(u"SSH_KEY"_s))
                     .toUtf8());
    sshInv.close();
    ctl.start(program, {u"logs"_s, sshInventory, u"127.0.0.1"_s, mServers.value(u"REDIS_LOG"_s), u"--lines"_s, u"5"_s, u"--json"_s});
    QVERIFY(ctl.waitForFinished(60000));
    const QByteArray sshErr = ctl.readAllStandardError();
    QVERIFY2(ctl.exitCode() == 0, sshErr.constData());
    const QList<QByteArray> redisLines = ctl.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(redisLines.size(), 5);
    for (const QByteArray &l : redisLines)
        QVERIFY2(l.contains("\"level\":\"") && !l.contains("\"level\":\"unknown\""), l.constData());

    ctl.start(program, {u"logs"_s, inventory, u"127.0.0.1"_s, u"redis:nope"_s});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 1);
    QVERIFY(ctl.readAllStandardError().contains("nginx:error"));

    ctl.start(program, {u"logs"_s, inventory, u"127.0.0.1"_s, u"journal:nope.service"_s, u"--follow"_s});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 1);
    QVERIFY(ctl.readAllStandardError().contains("journal"));
}

QTEST_GUILESS_MAIN(TestIntegrationLogs)
#include "tst_integration_logs.moc"
