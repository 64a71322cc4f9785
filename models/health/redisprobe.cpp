// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/redisprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>

#include <hiredis/async.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// The replies' tags (hiredis's privdata): which command a reply answers.
char kAuthTag;
char kSelectTag;
char kInfoTag;

QString replyText(const redisReply *reply)
{
    return QString::fromUtf8(reply->str, qsizetype(reply->len)).trimmed();
}

} // namespace

RedisProbe::RedisProbe(HealthTarget target, RedisConnectionSettings settings, QObject *parent)
    : HealthProbe(std::move(target), parent)
    , mSettings(std::move(settings))
    , mWatcher(this)
    , mConnectTimer(this)
{
    mConnectTimer.setSingleShot(true);
    connect(&mConnectTimer, &QTimer::timeout, this, &RedisProbe::connectTimedOut);
}

RedisProbe::~RedisProbe()
{
    closeContext();
}

void RedisProbe::startPoll()
{
    ++mGeneration;
    mLoginError.clear();
    mFailure.clear();
    mInfo.clear();
    mReused = connected();
    if (mReused)
        sendCommands(false);
    else
        resolveAndConnect();
}

void RedisProbe::abortPoll()
{
    ++mGeneration;
    closeContext();
}

void RedisProbe::closeContext()
{
    mConnectTimer.stop();
    if (mLookupId >= 0) {
        QHostInfo::abortHostLookup(mLookupId);
        mLookupId = -1;
    }
    if (mContext) {
        redisAsyncContext *context = mContext;
        mContext = nullptr;
        mConnected = false;
        // The callbacks hiredis runs while freeing (NULL replies) see no probe and do nothing.
        context->data = nullptr;
        mWatcher.detach();
        redisAsyncFree(context);
    }
    mConnected = false;
}

void RedisProbe::resolveAndConnect()
{
    closeContext();
    if (mSettings.timeoutSeconds > 0)
        mConnectTimer.start(mSettings.timeoutSeconds * 1000);
    // hiredis resolves names with a blocking getaddrinfo(): names are resolved here first.
    if (!QHostAddress(mSettings.host).isNull()) {
        connectTo(mSettings.host);
        return;
    }
    const quint64 generation = mGeneration;
    mLookupId = QHostInfo::lookupHost(mSettings.host, this, [this, generation](const QHostInfo &info) {
        if (generation != mGeneration)
            return;
        mLookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            mConnectTimer.stop();
            fail(tr("cannot resolve %1: %2").arg(mSettings.host, info.errorString()));
            return;
        }
        // IPv4 first, as hiredis's own lookup does.
        QHostAddress chosen = info.addresses().constFirst();
        for (const QHostAddress &address : info.addresses())
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
        connectTo(chosen.toString());
    });
}

void RedisProbe::connectTo(const QString &address)
{
    const QByteArray ip = address.toUtf8();
    redisAsyncContext *context = redisAsyncConnect(ip.constData(), mSettings.port);
    if (!context) {
        mConnectTimer.stop();
        fail(tr("hiredis could not allocate a connection"));
        return;
    }
    if (context->err) {
        const QString reason = QString::fromUtf8(context->errstr);
        redisAsyncFree(context);
        mConnectTimer.stop();
        fail(reason);
        return;
    }
    mContext = context;
    mConnected = false;
    context->data = this;
    mWatcher.attach(context);
    redisAsyncSetConnectCallback(context, &RedisProbe::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisProbe::onDisconnect);
    // Commands queue up until the connection is made; the replies come back in order.
    sendCommands(true);
}

void RedisProbe::sendCommands(bool login)
{
    bool sent = true;
    if (login && !mSettings.password.isEmpty()) {
        std::vector<QByteArray> args { QByteArrayLiteral("AUTH") };
        if (!mSettings.username.isEmpty())
            args.push_back(mSettings.username.toUtf8());
        args.push_back(mSettings.password.toUtf8());
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &arg : args) {
            argv.push_back(arg.constData());
            lengths.push_back(size_t(arg.size()));
        }
        sent = redisAsyncCommandArgv(
                   mContext, &RedisProbe::onReply, &kAuthTag, int(argv.size()), argv.data(), lengths.data())
            == REDIS_OK;
        args.back().fill('\0');
    }
    if (sent && login && mSettings.db != 0) {
        const QByteArray db = QByteArray::number(mSettings.db);
        const char *argv[] = { "SELECT", db.constData() };
        const size_t lengths[] = { 6, size_t(db.size()) };
        sent = redisAsyncCommandArgv(mContext, &RedisProbe::onReply, &kSelectTag, 2, argv, lengths) == REDIS_OK;
    }
    if (sent) {
        const char *argv[] = { "INFO" };
        const size_t lengths[] = { 4 };
        sent = redisAsyncCommandArgv(mContext, &RedisProbe::onReply, &kInfoTag, 1, argv, lengths) == REDIS_OK;
    }
    if (!sent) {
        // The connection is going away (hiredis refuses new commands): start over, or fail.
        const QString reason = mContext && mContext->errstr[0] ? QString::fromUtf8(mContext->errstr)
                                                               : tr("the connection to Redis is closing");
        closeContext();
        if (mReused) {
            mReused = false;
            resolveAndConnect();
            return;
        }
        fail(reason);
    }
}

void RedisProbe::connectTimedOut()
{
    if (mConnected || !busy())
        return;
    ++mGeneration;
    closeContext();
    fail(tr("could not connect within %1 s").arg(mSettings.timeoutSeconds));
}

void RedisProbe::onConnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisProbe *>(context->data);
    if (!self || self->mContext != context)
        return;
    self->mConnectTimer.stop();
    // On failure hiredis frees the context next, answering the queued commands with NULL.
    self->mConnected = status == REDIS_OK;
}

void RedisProbe::onDisconnect(const redisAsyncContext *context, int)
{
    auto *self = static_cast<RedisProbe *>(context->data);
    if (!self || self->mContext != context)
        return;
    // hiredis frees the context after this; the next poll connects again.
    self->mContext = nullptr;
    self->mConnected = false;
}

void RedisProbe::onReply(redisAsyncContext *context, void *reply, void *tag)
{
    auto *self = static_cast<RedisProbe *>(context->data);
    if (self)
        self->handleReply(context, reply, tag);
}

void RedisProbe::handleReply(redisAsyncContext *context, void *rawReply, void *tag)
{
    const auto *reply = static_cast<const redisReply *>(rawReply);
    if (!reply) {
        // hiredis is freeing the context (an error, EOF): every queued command ends up here.
        if (mFailure.isEmpty())
            mFailure = context->err && context->errstr[0] ? QString::fromUtf8(context->errstr)
                                                          : tr("the connection to Redis was closed");
        if (mContext == context) {
            mContext = nullptr;
            mConnected = false;
        }
    } else if (reply->type == REDIS_REPLY_ERROR) {
        if (tag != &kInfoTag && mLoginError.isEmpty())
            mLoginError = replyText(reply);
        else if (mFailure.isEmpty())
            mFailure = replyText(reply);
    } else if (tag == &kInfoTag && reply->type == REDIS_REPLY_STRING) {
        mInfo = QByteArray(reply->str, qsizetype(reply->len));
    } else if (tag == &kInfoTag && mFailure.isEmpty()) {
        mFailure = tr("INFO returned a reply of type %1").arg(reply->type);
    }
    if (tag == &kInfoTag) {
        const quint64 generation = mGeneration;
        QMetaObject::invokeMethod(
            this, [this, generation] { deliver(generation); }, Qt::QueuedConnection);
    }
}

void RedisProbe::deliver(quint64 generation)
{
    if (generation != mGeneration || !busy())
        return;
    if (!mLoginError.isEmpty()) {
        // AUTH again on a fresh connection next time (the password may be fixed by then).
        closeContext();
        fail(mLoginError);
        return;
    }
    if (!mFailure.isEmpty()) {
        if (!mContext && mReused) {
            // The kept connection had died (a restart in between): once more on a new one.
            ++mGeneration;
            mReused = false;
            mFailure.clear();
            mInfo.clear();
            resolveAndConnect();
            return;
        }
        fail(mFailure);
        return;
    }
    // Idle until the next poll: unwatched (a connection the server closes meanwhile is found
    // by the next poll, which then connects again at once).
    if (mContext)
        mWatcher.pauseReading();
    const auto info = redishealth::parseInfo(mInfo);
    mCounters = redishealth::readInfo(
        info, mCounters, secondsSincePrevious(), QDateTime::currentSecsSinceEpoch(), snapshot());
    snapshot().facts.insert(u"server_address"_s, u"%1:%2"_s.arg(mSettings.host).arg(mSettings.port));
    mInfo.clear();
    finish();
}

} // namespace stackyard
