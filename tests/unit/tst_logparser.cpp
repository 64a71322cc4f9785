// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamp and level of fixed samples of every format the log viewer reads.
#include "logs/logparser.h"
#include "logs/logtime.h"

#include <QTest>

using namespace stackyard;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(stackyard::LogLevel)
Q_DECLARE_METATYPE(stackyard::ParsedLine::Format)
Q_DECLARE_METATYPE(stackyard::LogParser::Hint)

class TestLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void csvlogIsRewritten();
    void journalMessageAsBytes();
    void stateFillsTimeAndLevel();
    void feedSplitsLinesAcrossChunks();
    void timeReaders();
    void levels();
};

void TestLogParser::formats_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<LogParser::Hint>("hint");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<LogLevel>("level");
    QTest::addColumn<bool>("continuation");
    QTest::addColumn<ParsedLine::Format>("format");

    using F = ParsedLine::Format;
    const auto t = [](int h, int mi, int s, int ms = 0) { return logtime::epochMs(2026, 12, 7, h, mi, s, ms); };
    const auto A = LogParser::Hint::Auto;

    // PostgreSQL stderr, log_line_prefix '%m [%p] ' (PostgreSQL 15's default) and Stackyard's
    // '%m [%p] %q%u@%d ', '%t [%p-%l] ' (Pigsty's older style), zone names and offsets.
    QTest::newRow("pg %m ready") << "2026-12-07 01:00:00.123 UTC [4242] LOG:  database system is ready to accept connections"_ba
                                 << A << t(1, 0, 0, 123) << LogLevel::Info << false << F::PostgreSQL;
    QTest::newRow("pg %m user@db error") << "2026-12-07 01:00:01.456 UTC [4300] postgres@postgres ERROR:  relation \"nope\" does not exist at character 15"_ba
                                         << A << t(1, 0, 1, 456) << LogLevel::Error << false << F::PostgreSQL;
    QTest::newRow("pg statement") << "2026-12-07 01:00:01.456 UTC [4300] postgres@postgres STATEMENT:  select * from nope;"_ba
                                  << A << t(1, 0, 1, 456) << LogLevel::Unknown << true << F::PostgreSQL;
    QTest::newRow("pg %t fatal") << "2026-12-07 01:00:02 UTC [4301-1] app@meta FATAL:  password authentication failed for user \"app\""_ba
                                 << A << t(1, 0, 2) << LogLevel::Fatal << false << F::PostgreSQL;
    QTest::newRow("pg +08 warning") << "2026-12-07 09:00:03.000 +08 [77] WARNING:  there is no transaction in progress"_ba
                                    << A << t(1, 0, 3) << LogLevel::Warning << false << F::PostgreSQL;
    QTest::newRow("pg panic") << "2026-12-07 01:00:04.000 GMT [1] PANIC:  could not write to file \"pg_wal/xlogtemp.1\": No space left on device"_ba
                              << A << t(1, 0, 4) << LogLevel::Fatal << false << F::PostgreSQL;
    QTest::newRow("pg debug2") << "2026-12-07 01:00:05.000 UTC [9] DEBUG2:  checkpointer updated shared memory configuration values"_ba
                               << A << t(1, 0, 5) << LogLevel::Debug << false << F::PostgreSQL;
    QTest::newRow("pg notice") << "2026-12-07 01:00:06.000 UTC [9] NOTICE:  extension \"hstore\" already exists, skipping"_ba
                               << A << t(1, 0, 6) << LogLevel::Notice << false << F::PostgreSQL;
    QTest::newRow("pg detail") << "2026-12-07 01:00:06.000 UTC [9] DETAIL:  Key (id)=(1) already exists."_ba
                               << A << t(1, 0, 6) << LogLevel::Unknown << true << F::PostgreSQL;
    QTest::newRow("pg no prefix") << "LOG:  received fast shutdown request"_ba << A << qint64(-1) << LogLevel::Info << false
                                  << F::PostgreSQL;
    QTest::newRow("pg statement tab") << "\tfrom pg_class"_ba << A << qint64(-1) << LogLevel::Unknown << true << F::Plain;
    QTest::newRow("pg csvlog") << "2026-12-07 01:00:07.789 UTC,\"dbuser_dba\",\"meta\",4321,\"127.0.0.1:50000\",6570b1a2.10e1,3,\"SELECT\",2026-12-07 01:00:00 UTC,4/12,0,ERROR,42P01,\"relation \"\"nope\"\" does not exist\",,,,,,\"select * from nope;\",15,,\"psql\",\"client backend\",,0"_ba
                               << A << t(1, 0, 7, 789) << LogLevel::Error << false << F::PostgreSQLCsv;
    QTest::newRow("pg csvlog log") << "2026-12-07 01:00:08.000 UTC,,,4242,,6570b1a0.1092,1,,2026-12-07 01:00:00 UTC,,0,LOG,00000,\"checkpoint starting: time\",,,,,,,,,\"\",\"checkpointer\",,0"_ba
                                   << A << t(1, 0, 8) << LogLevel::Info << false << F::PostgreSQLCsv;

    // Redis: pid:role dd Mon yyyy hh:mm:ss.mmm [.-*#] message (local time; offset 0 here).
    QTest::newRow("redis starting") << "12345:C 07 Dec 2026 01:00:10.123 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"_ba
                                    << A << t(1, 0, 10, 123) << LogLevel::Warning << false << F::Redis;
    QTest::newRow("redis ready") << "12345:M 07 Dec 2026 01:00:10.125 * Ready to accept connections tcp"_ba << A
                                 << t(1, 0, 10, 125) << LogLevel::Notice << false << F::Redis;
    QTest::newRow("redis verbose") << "12345:M 07 Dec 2026 01:00:11.000 - Accepted 127.0.0.1:41234"_ba << A << t(1, 0, 11)
                                   << LogLevel::Info << false << F::Redis;
    QTest::newRow("redis debug") << "12345:S 07 Dec 2026 01:00:12.000 . Client closed connection"_ba << A << t(1, 0, 12)
                                 << LogLevel::Debug << false << F::Redis;

    // nginx error log (local time) and combined access log.
    QTest::newRow("nginx error") << "2026/12/07 01:00:13 [error] 1234#1234: *7 open() \"/usr/share/nginx/html/x\" failed (2: No such file or directory), client: 127.0.0.1"_ba
                                 << A << t(1, 0, 13) << LogLevel::Error << false << F::NginxError;
    QTest::newRow("nginx warn") << "2026/12/07 01:00:14 [warn] 1234#1234: conflicting server name \"_\" on 0.0.0.0:80, ignored"_ba
                                << A << t(1, 0, 14) << LogLevel::Warning << false << F::NginxError;
    QTest::newRow("nginx crit") << "2026/12/07 01:00:15 [crit] 1234#1234: *9 connect() to unix:/run/app.sock failed"_ba << A
                                << t(1, 0, 15) << LogLevel::Fatal << false << F::NginxError;
    QTest::newRow("nginx notice") << "2026/12/07 01:00:16 [notice] 1#1: signal process started"_ba << A << t(1, 0, 16)
                                  << LogLevel::Notice << false << F::NginxError;
    QTest::newRow("access 200") << "127.0.0.1 - - [07/Dec/2026:01:00:17 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/7.88.1\""_ba
                                << A << t(1, 0, 17) << LogLevel::Info << false << F::NginxAccess;
    QTest::newRow("access 404 +0800") << "10.0.0.5 - bob [07/Dec/2026:09:00:18 +0800] \"GET /missing HTTP/2.0\" 404 153 \"-\" \"Mozilla/5.0\""_ba
                                      << A << t(1, 0, 18) << LogLevel::Warning << false << F::NginxAccess;
    QTest::newRow("access 502") << "10.0.0.5 - - [07/Dec/2026:01:00:19 +0000] \"POST /v1/chat HTTP/1.1\" 502 157 \"-\" \"python-requests/2.31\""_ba
                                << A << t(1, 0, 19) << LogLevel::Error << false << F::NginxAccess;

    // journald JSON (journalctl -o json).
    const qint64 us = logtime::epochMs(2026, 12, 7, 1, 0, 20, 0) * 1000 + 123456;
    QTest::newRow("journal err") << QByteArray(R"({"__REALTIME_TIMESTAMP":")" + QByteArray::number(us)
                                                + R"(","PRIORITY":"3","MESSAGE":"Failed to start redis","SYSLOG_IDENTIFIER":"systemd","_PID":"1"})")
                                 << LogParser::Hint::Journal << t(1, 0, 20, 123) << LogLevel::Error << false << F::Journal;
    QTest::newRow("journal info") << QByteArray(R"({"__REALTIME_TIMESTAMP":")" + QByteArray::number(us)
                                                 + R"(","PRIORITY":"6","MESSAGE":"Started session","_COMM":"sshd"})")
                                  << A << t(1, 0, 20, 123) << LogLevel::Info << false << F::Journal;
    QTest::newRow("journal crit") << QByteArray(R"({"__REALTIME_TIMESTAMP":")" + QByteArray::number(us) + R"(","PRIORITY":"2","MESSAGE":"x"})")
                                  << A << t(1, 0, 20, 123) << LogLevel::Fatal << false << F::Journal;

    // docker compose logs --timestamps.
    QTest::newRow("compose error") << "api-1  | 2026-12-07T01:00:21.123456789Z ERROR: something broke"_ba
                                   << LogParser::Hint::Compose << t(1, 0, 21, 123) << LogLevel::Error << false << F::Compose;
    QTest::newRow("compose redis") << "redis-1  | 2026-12-07T01:00:22.000000000Z 1:M 07 Dec 2026 01:00:22.000 * Ready to accept connections"_ba
                                   << LogParser::Hint::Compose << t(1, 0, 22) << LogLevel::Notice << false << F::Compose;

    // Common "time LEVEL message" lines.
    QTest::newRow("iso warn") << "2026-12-07T01:00:23Z WARN  disk almost full"_ba << A << t(1, 0, 23) << LogLevel::Warning << false
                              << F::Plain;
    QTest::newRow("python info") << "2026-12-07 01:00:24,500 INFO [uvicorn] started"_ba << A << t(1, 0, 24, 500) << LogLevel::Info
                                 << false << F::Plain;
    QTest::newRow("level=") << "time=x level=error msg=boom"_ba << A << qint64(-1) << LogLevel::Error << false << F::Plain;
    QTest::newRow("plain") << "just some text with an error inside"_ba << A << qint64(-1) << LogLevel::Unknown << false << F::Plain;
}

void TestLogParser::formats()
{
    QFETCH(QByteArray, line);
    QFETCH(LogParser::Hint, hint);
    const ParsedLine p = LogParser::parse(line, hint, 0);
    QTEST(p.timeMs, "time");
    QTEST(p.level, "level");
    QTEST(p.continuation, "continuation");
    QTEST(p.format, "format");
}

void TestLogParser::csvlogIsRewritten()
{
    const ParsedLine p = LogParser::parse(
        "2026-12-07 01:00:07.789 UTC,\"dbuser_dba\",\"meta\",4321,\"127.0.0.1:50000\",6570b1a2.10e1,3,\"SELECT\",2026-12-07 01:00:00 UTC,4/12,0,ERROR,42P01,\"relation \"\"nope\"\" does not exist\",,,,,,\"select * from nope;\",15,,\"psql\",\"client backend\",,0",
        LogParser::Hint::Auto, 0);
    QCOMPARE(p.text, "2026-12-07 01:00:07.789 UTC [4321] dbuser_dba@meta ERROR:  relation \"nope\" does not exist"_ba);
}

void TestLogParser::journalMessageAsBytes()
{
    const ParsedLine p = LogParser::parse(
        R"({"__REALTIME_TIMESTAMP":"1000000","PRIORITY":"4","MESSAGE":[104,105,255],"SYSLOG_IDENTIFIER":"app","_PID":"7"})",
        LogParser::Hint::Journal, 0);
    QCOMPARE(p.timeMs, 1000);
    QCOMPARE(p.level, LogLevel::Warning);
    QCOMPARE(p.text, "app[7]: hi\xff"_ba);
}

void TestLogParser::stateFillsTimeAndLevel()
{
    LogParser parser;
    LogBatch batch;
    parser.add(batch, "2026-12-07 01:00:01.456 UTC [4300] postgres@postgres ERROR:  syntax error at or near \"selec\"");
    parser.add(batch, "2026-12-07 01:00:01.456 UTC [4300] postgres@postgres STATEMENT:  selec 1");
    parser.add(batch, "\tand more");
    parser.add(batch, "no time here");
    QCOMPARE(batch.size(), 4);
    for (const LogLineRef &l : std::as_const(batch.lines))
        QCOMPARE(l.timeMs, batch.lines.constFirst().timeMs);
    QCOMPARE(batch.lines.at(1).level, LogLevel::Error);
    QCOMPARE(batch.lines.at(2).level, LogLevel::Error);
    QCOMPARE(batch.lines.at(3).level, LogLevel::Unknown);
    QCOMPARE(batch.textOf(batch.lines.at(2)), "\tand more");
}

void TestLogParser::feedSplitsLinesAcrossChunks()
{
    LogParser parser;
    LogBatch batch;
    parser.feed(batch, "12345:M 07 Dec 2026 01:00:10.125 * Rea");
    QCOMPARE(batch.size(), 0);
    parser.feed(batch, "dy\r\n12345:M 07 Dec 2026 01:00:11.000 # second\nthird without newline");
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.textOf(batch.lines.at(0)), "12345:M 07 Dec 2026 01:00:10.125 * Ready");
    QCOMPARE(batch.lines.at(1).level, LogLevel::Warning);
    parser.flush(batch);
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.textOf(batch.lines.at(2)), "third without newline");
}

void TestLogParser::timeReaders()
{
    qsizetype end = 0;
    QCOMPARE(logtime::epochMs(1970, 1, 1, 0, 0, 0, 0), 0);
    QCOMPARE(logtime::epochMs(2000, 3, 1, 0, 0, 0, 0), 951868800000LL);
    QCOMPARE(logtime::readIso("2026-12-07T01:00:00.5+05:30", 0, 0, &end), logtime::epochMs(2026, 12, 6, 19, 30, 0, 500));
    QCOMPARE(end, 27);
    QCOMPARE(logtime::readIso("2026-12-07 01:00:00 CST", 0, 3600, &end), logtime::epochMs(2026, 12, 7, 0, 0, 0, 0));
    QCOMPARE(logtime::readIso("2026-13-07 01:00:00", 0, 0, &end), -1);
    QCOMPARE(logtime::readSlashed("2026/12/07 01:00:00", 0, -3600, &end), logtime::epochMs(2026, 12, 7, 2, 0, 0, 0));
    QCOMPARE(logtime::readDayMonthYear("07 Xyz 2026 01:00:00.000", 0, 0, &end), -1);
}

void TestLogParser::levels()
{
    QCOMPARE(logLevelFromKey(u"WARN"_s), LogLevel::Warning);
    QCOMPARE(logLevelFromKey(u"crit"_s), LogLevel::Fatal);
    QCOMPARE(logLevelFromKey(u"panic"_s), LogLevel::Fatal);
    QCOMPARE(logLevelFromKey(u"debug3"_s), LogLevel::Debug);
    QCOMPARE(logLevelFromKey(u"log"_s), LogLevel::Info);
    QVERIFY(!logLevelFromKey(u"verbose-ish"_s));
    for (int i = 0; i < kLogLevelCount; ++i)
        QCOMPARE(logLevelFromKey(logLevelKey(LogLevel(i))), LogLevel(i));
    QCOMPARE(logLevelFromPriority(0), LogLevel::Fatal);
    QCOMPARE(logLevelFromPriority(3), LogLevel::Error);
    QCOMPARE(logLevelFromPriority(5), LogLevel::Notice);
    QCOMPARE(logLevelFromPriority(7), LogLevel::Debug);
    QCOMPARE(logLevelFromPriority(9), LogLevel::Unknown);
    QVERIFY(LogLevel::Fatal > LogLevel::Error && LogLevel::Debug > LogLevel::Unknown);
}

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
