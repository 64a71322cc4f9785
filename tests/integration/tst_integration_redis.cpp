// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture's real Redis 7 through hiredis: AUTH with the generated password, PING, binary-safe
// SET/GET round trips, and refusal of a missing or wrong password.
#include "testservers.h"

#include <QList>
#include <QObject>
#include <QTest>

#include <hiredis/hiredis.h>

#include <sys/time.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using stackyard::test::TestServers;

namespace {

struct ContextDeleter
{
    void operator()(redisContext *context) const { redisFree(context); }
};
struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

Context connectTo(const TestServers &servers)
{
    timeval timeout{};
    timeout.tv_sec = 10;
    const QByteArray host = servers.value(u"REDIS_HOST"_s).toUtf8();
    return Context(redisConnectWithTimeout(host.constData(), servers.intValue(u"REDIS_PORT"_s), timeout));
}

// One command from binary-safe arguments (no format string, nothing pasted together).
Reply command(redisContext *context, const QList<QByteArray> &args)
{
    std::vector<const char *> argv;
    std::vector<size_t> argvLen;
    argv.reserve(size_t(args.size()));
    argvLen.reserve(size_t(args.size()));
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        argvLen.push_back(size_t(arg.size()));
    }
    void *raw = redisCommandArgv(context, int(argv.size()), argv.data(), argvLen.data());
    return Reply(static_cast<redisReply *>(raw));
}

QByteArray text(const redisReply *reply)
{
    return reply->str ? QByteArray(reply->str, qsizetype(reply->len)) : QByteArray();
}

QByteArray describe(const redisContext *context, const redisReply *reply)
{
    if (!reply)
        return "no reply: " + QByteArray(context->errstr);
    return "reply type " + QByteArray::number(reply->type) + ": " + text(reply);
}

} // namespace

class TestIntegrationRedis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pingWithoutAuthIsRefused();
    void authThenPing();
    void serverVersionIs7();
    void setGetRoundTrip_data();
    void setGetRoundTrip();
    void wrongPasswordIsRefused();

private:
    TestServers mServers;
    Context mContext;
};

void TestIntegrationRedis::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    mContext = connectTo(mServers);
    QVERIFY(mContext);
    QVERIFY2(mContext->err == 0, mContext->errstr);
    const Reply auth = command(mContext.get(), {"AUTH", mServers.value(u"REDIS_PASSWORD"_s).toUtf8()});
    QVERIFY2(auth && auth->type == REDIS_REPLY_STATUS && text(auth.get()) == "OK",
             describe(mContext.get(), auth.get()).constData());
}

void TestIntegrationRedis::pingWithoutAuthIsRefused()
{
    const Context fresh = connectTo(mServers);
    QVERIFY(fresh && fresh->err == 0);
    const Reply ping = command(fresh.get(), {"PING"});
    QVERIFY2(ping && ping->type == REDIS_REPLY_ERROR, describe(fresh.get(), ping.get()).constData());
    QVERIFY2(text(ping.get()).startsWith("NOAUTH"), text(ping.get()).constData());
}

void TestIntegrationRedis::authThenPing()
{
    const Reply ping = command(mContext.get(), {"PING"});
    QVERIFY2(ping && ping->type == REDIS_REPLY_STATUS, describe(mContext.get(), ping.get()).constData());
    QCOMPARE(text(ping.get()), QByteArray("PONG"));

    const Reply echo = command(mContext.get(), {"PING", "stackyard"});
    QVERIFY2(echo && echo->type == REDIS_REPLY_STRING, describe(mContext.get(), echo.get()).constData());
    QCOMPARE(text(echo.get()), QByteArray("stackyard"));
}

void TestIntegrationRedis::serverVersionIs7()
{
    const Reply info = command(mContext.get(), {"INFO", "server"});
    QVERIFY2(info && info->type == REDIS_REPLY_STRING, describe(mContext.get(), info.get()).constData());
    const QByteArray expected = "redis_version:" + mServers.value(u"REDIS_VERSION"_s).toUtf8() + "\r\n";
    QVERIFY2(text(info.get()).contains(expected), expected.constData());
    QVERIFY(text(info.get()).contains("redis_version:7."));
}

void TestIntegrationRedis::setGetRoundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QByteArray("hello");
    QTest::newRow("spaces and quotes") << QByteArray("it's \"quoted\" and spaced");
    QTest::newRow("unicode") << u"缓存 ✓ café"_s.toUtf8();
    QTest::newRow("binary") << QByteArray("a\0b\r\nc\xff", 7);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, 'x');
}

void TestIntegrationRedis::setGetRoundTrip()
{
    QFETCH(QByteArray, value);
    const QByteArray key = "stackyard:test:" + QByteArray(QTest::currentDataTag());

    const Reply set = command(mContext.get(), {"SET", key, value});
    QVERIFY2(set && set->type == REDIS_REPLY_STATUS, describe(mContext.get(), set.get()).constData());
    QCOMPARE(text(set.get()), QByteArray("OK"));

    const Reply get = command(mContext.get(), {"GET", key});
    QVERIFY2(get && get->type == REDIS_REPLY_STRING, describe(mContext.get(), get.get()).constData());
    QCOMPARE(qsizetype(get->len), value.size());
    QCOMPARE(text(get.get()), value);

    const Reply del = command(mContext.get(), {"DEL", key});
    QVERIFY2(del && del->type == REDIS_REPLY_INTEGER, describe(mContext.get(), del.get()).constData());
    QCOMPARE(del->integer, 1LL);

    const Reply gone = command(mContext.get(), {"GET", key});
    QVERIFY(gone);
    QCOMPARE(gone->type, REDIS_REPLY_NIL);
}

void TestIntegrationRedis::wrongPasswordIsRefused()
{
    const Context other = connectTo(mServers);
    QVERIFY(other && other->err == 0);
    const QByteArray wrong = mServers.value(u"REDIS_PASSWORD"_s).toUtf8() + "-wrong";
    const Reply auth = command(other.get(), {"AUTH", wrong});
    QVERIFY2(auth && auth->type == REDIS_REPLY_ERROR, describe(other.get(), auth.get()).constData());
    QVERIFY2(text(auth.get()).startsWith("WRONGPASS"), text(auth.get()).constData());

    // Still not authenticated afterwards.
    const Reply ping = command(other.get(), {"PING"});
    QVERIFY2(ping && ping->type == REDIS_REPLY_ERROR, describe(other.get(), ping.get()).constData());
    QVERIFY2(text(ping.get()).startsWith("NOAUTH"), text(ping.get()).constData());
}

QTEST_GUILESS_MAIN(TestIntegrationRedis)
#include "tst_integration_redis.moc"
