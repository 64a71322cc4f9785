// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture's real PostgreSQL 15 through libpq: password login over TCP, real queries, a table
// round trip with parameters, and a refused wrong password.
#include "testservers.h"

#include <QObject>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;
using stackyard::test::TestServers;

namespace {

struct ConnDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Connection = std::unique_ptr<PGconn, ConnDeleter>;
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Connects by keyword/value arrays: nothing is pasted into a conninfo string, and the password
// stays inside this process.
Connection connectTo(const TestServers &servers, const QString &password)
{
    const QByteArray host = servers.value(u"PG_HOST"_s).toUtf8();
    const QByteArray port = servers.value(u"PG_PORT"_s).toUtf8();
    const QByteArray user = servers.value(u"PG_USER"_s).toUtf8();
    const QByteArray database = servers.value(u"PG_DATABASE"_s).toUtf8();
    const QByteArray secret = password.toUtf8();
    const char *const keywords[] = {"host", "port", "user", "password", "dbname",
                                    "connect_timeout", "sslmode", "application_name", nullptr};
    const char *const values[] = {host.constData(), port.constData(), user.constData(),
                                  secret.constData(), database.constData(), "10", "disable",
                                  "stackyard-integration-test", nullptr};
    Connection conn(PQconnectdbParams(keywords, values, 0));
    // Server notices ("table does not exist, skipping") are not test output.
    PQsetNoticeProcessor(conn.get(), [](void *, const char *) {}, nullptr);
    return conn;
}

QString errorOf(const PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

class TestIntegrationPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsWithPasswordOverTcp();
    void selectVersion();
    void serverVersionIs15();
    void tableRoundTrip_data();
    void tableRoundTrip();
    void wrongPasswordIsRefused();
    void cleanupTestCase();

private:
    TestServers mServers;
    Connection mConn;
};

void TestIntegrationPostgres::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    mConn = connectTo(mServers, mServers.value(u"PG_PASSWORD"_s));
    QVERIFY(mConn);
    QVERIFY2(PQstatus(mConn.get()) == CONNECTION_OK, qPrintable(errorOf(mConn.get())));
    Result created(PQexec(mConn.get(),
                          "drop table if exists stackyard_roundtrip; "
                          "create table stackyard_roundtrip (id serial primary key, label text not null)"));
    QVERIFY2(PQresultStatus(created.get()) == PGRES_COMMAND_OK, qPrintable(errorOf(mConn.get())));
}

void TestIntegrationPostgres::connectsWithPasswordOverTcp()
{
    QCOMPARE(PQstatus(mConn.get()), CONNECTION_OK);
    // scram-sha-256 everywhere: the server asked for, and got, the password.
    QCOMPARE(PQconnectionUsedPassword(mConn.get()), 1);
    QCOMPARE(QString::fromUtf8(PQhost(mConn.get())), mServers.value(u"PG_HOST"_s));
    QCOMPARE(QString::fromUtf8(PQport(mConn.get())), mServers.value(u"PG_PORT"_s));

    Result result(PQexec(mConn.get(), "select inet_server_addr()::text, current_user"));
    QVERIFY2(PQresultStatus(result.get()) == PGRES_TUPLES_OK, qPrintable(errorOf(mConn.get())));
    // A TCP connection (a Unix socket would give NULL here).
    QVERIFY(!PQgetisnull(result.get(), 0, 0));
    QCOMPARE(QString::fromUtf8(PQgetvalue(result.get(), 0, 0)), u"127.0.0.1/32"_s);
    QCOMPARE(QString::fromUtf8(PQgetvalue(result.get(), 0, 1)), mServers.value(u"PG_USER"_s));
}

void TestIntegrationPostgres::selectVersion()
{
    Result result(PQexec(mConn.get(), "select version()"));
    QVERIFY2(PQresultStatus(result.get()) == PGRES_TUPLES_OK, qPrintable(errorOf(mConn.get())));
    QCOMPARE(PQntuples(result.get()), 1);
    const QString version = QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    QVERIFY2(version.startsWith(u"PostgreSQL %1"_s.arg(mServers.value(u"PG_VERSION"_s))),
             qPrintable(version));
}

void TestIntegrationPostgres::serverVersionIs15()
{
    const int version = PQserverVersion(mConn.get());
    QVERIFY2(version >= 150000 && version < 160000, qPrintable(QString::number(version)));

    Result result(PQexec(mConn.get(), "show server_version_num"));
    QVERIFY2(PQresultStatus(result.get()) == PGRES_TUPLES_OK, qPrintable(errorOf(mConn.get())));
    const QString shown = QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    QCOMPARE(shown, QString::number(version));
    QVERIFY2(shown.startsWith(u"15"_s) && shown.size() == 6, qPrintable(shown));
    if (mServers.contains(u"PG_VERSION_NUM"_s))
        QCOMPARE(shown, mServers.value(u"PG_VERSION_NUM"_s));
}

void TestIntegrationPostgres::tableRoundTrip_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("plain") << u"hello"_s;
    QTest::newRow("quotes") << u"it's \"quoted\"; drop table x; --"_s;
    QTest::newRow("unicode") << u"数据库 ✓ café"_s;
    QTest::newRow("backslashes") << u"C:\\path\\to\\file"_s;
    QTest::newRow("empty") << QString();
}

void TestIntegrationPostgres::tableRoundTrip()
{
    QFETCH(QString, label);
    const QByteArray bytes = label.toUtf8();
    const char *const params[] = {bytes.constData()};

    Result inserted(PQexecParams(mConn.get(),
                                 "insert into stackyard_roundtrip (label) values ($1) returning id",
                                 1, nullptr, params, nullptr, nullptr, 0));
    QVERIFY2(PQresultStatus(inserted.get()) == PGRES_TUPLES_OK, qPrintable(errorOf(mConn.get())));
    const QByteArray id = QByteArray(PQgetvalue(inserted.get(), 0, 0));
    const char *const idParam[] = {id.constData()};

    Result selected(PQexecParams(mConn.get(),
                                 "select label, octet_length(label) from stackyard_roundtrip where id = $1",
                                 1, nullptr, idParam, nullptr, nullptr, 0));
    QVERIFY2(PQresultStatus(selected.get()) == PGRES_TUPLES_OK, qPrintable(errorOf(mConn.get())));
    QCOMPARE(PQntuples(selected.get()), 1);
    QCOMPARE(QString::fromUtf8(PQgetvalue(selected.get(), 0, 0)), label);
    QCOMPARE(QByteArray(PQgetvalue(selected.get(), 0, 1)), QByteArray::number(bytes.size()));
}

void TestIntegrationPostgres::wrongPasswordIsRefused()
{
    Connection wrong = connectTo(mServers, mServers.value(u"PG_PASSWORD"_s) + u"-wrong"_s);
    QVERIFY(wrong);
    QCOMPARE(PQstatus(wrong.get()), CONNECTION_BAD);
    const QString error = errorOf(wrong.get());
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    // The error names the user, never the password.
    QVERIFY(!error.contains(mServers.value(u"PG_PASSWORD"_s)));
}

void TestIntegrationPostgres::cleanupTestCase()
{
    if (!mConn || PQstatus(mConn.get()) != CONNECTION_OK)
        return;
    Result dropped(PQexec(mConn.get(), "drop table if exists stackyard_roundtrip"));
    QVERIFY2(PQresultStatus(dropped.get()) == PGRES_COMMAND_OK, qPrintable(errorOf(mConn.get())));
}

QTEST_GUILESS_MAIN(TestIntegrationPostgres)
#include "tst_integration_postgres.moc"
