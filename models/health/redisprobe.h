// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthprobe.h"
#include "health/redisinfo.h"
#include "health/redissocketwatcher.h"

#include <QString>
#include <QTimer>

struct redisAsyncContext;

namespace stackyard {

// Where and how a Redis probe connects. password (resolved, or empty: no AUTH) and username
// (Redis 6 ACL user, or empty for the default user) go to the server as AUTH arguments only,
// never into a log or an error message.
struct RedisConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1"); // a name or an address
    int port = 6379;
    QString password;
    QString username;
    int db = 0; // SELECTed after AUTH when not 0 (proves the index is valid)
    int timeoutSeconds = 5; // for the connection to be established
};

// A Redis instance watched over hiredis's async API on the probe's event loop: one connection
// kept between polls (AUTH and SELECT when it opens), one INFO per poll, parsed into metrics
// (redishealth::readInfo). Down with the server's or the socket's reason when it cannot
// connect or log in ("WRONGPASS …", "NOAUTH …", "Connection refused"); Degraded when the last
// background save failed, a replica is not online or (on a replica) the link to the primary is
// down; Up otherwise. Works on any thread that runs an event loop.
class RedisProbe : public HealthProbe
{
    Q_OBJECT

public:
    RedisProbe(HealthTarget target, RedisConnectionSettings settings, QObject *parent = nullptr);
    ~RedisProbe() override;

    const RedisConnectionSettings &settings() const { return mSettings; }
    // True while a connection is open (between polls too).
    bool connected() const { return mContext != nullptr && mConnected; }

protected:
    void startPoll() override;
    void abortPoll() override;

private:
    void resolveAndConnect();
    void connectTo(const QString &address);
    void sendCommands(bool login);
    void closeContext();
    void connectTimedOut();
    // Runs on the event loop after INFO's reply (never inside a hiredis callback).
    void deliver(quint64 generation);

    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *tag);
    void handleReply(redisAsyncContext *context, void *reply, void *tag);

    RedisConnectionSettings mSettings;
    redisAsyncContext *mContext = nullptr;
    RedisSocketWatcher mWatcher;
    QTimer mConnectTimer;
    bool mConnected = false;
    bool mReused = false;
    int mLookupId = -1;
    quint64 mGeneration = 0;
    // What this poll's replies said.
    QString mLoginError;
    QString mFailure;
    QByteArray mInfo;
    redishealth::RedisCounters mCounters;
};

} // namespace stackyard
