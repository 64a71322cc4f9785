// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthprobe.h"
#include "health/pgqueries.h"

#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QSocketNotifier;
struct pg_conn;

namespace stackyard {

// Where and how a PostgreSQL probe connects. password is the resolved secret (or empty for
// trust/peer/.pgpass); it goes to libpq as a connection parameter only, never into a log.
struct PgConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1"); // a name, an address, or a socket directory
    int port = 5432;
    QString dbname = QStringLiteral("postgres");
    QString user = QStringLiteral("postgres");
    QString password;
    QString sslmode = QStringLiteral("prefer");
    int connectTimeoutSeconds = 5;
};

// A PostgreSQL instance watched over libpq without blocking: PQconnectStart/PQconnectPoll and
// PQsendQuery/PQconsumeInput on the probe's event loop (QSocketNotifier). One connection stays
// open between polls and is reopened when it broke; one query (pghealth::pollQuery) per poll.
// Down with libpq's reason when it cannot connect or log in ("password authentication failed
// for user …"); Degraded when WAL archiving failed since the last poll, a replica does not
// stream, or (on a replica) replay is paused; Up otherwise. Works on any thread that runs an
// event loop; delete it with deleteLater() from a slot connected to finished().
class PostgresProbe : public HealthProbe
{
    Q_OBJECT

public:
    PostgresProbe(HealthTarget target, PgConnectionSettings settings, QObject *parent = nullptr);
    ~PostgresProbe() override;

    const PgConnectionSettings &settings() const { return mSettings; }
    // True while a connection is open (between polls too).
    bool connected() const;

protected:
    void startPoll() override;
    void abortPoll() override;

private:
    enum class Phase { Idle, Connecting, Sending, Receiving };

    void startConnect();
    void connectTo(const QStringList &hostaddrs);
    void continueConnect();
    void connectTimedOut();
    void sendQuery();
    void flushQuery();
    void readResults();
    void socketReady(bool readable);
    void watchSocket(bool read, bool write);
    void closeConnection();
    // The poll failed on the connection: on a connection kept from an earlier poll, try once
    // on a fresh one (the server may have restarted in between); else Down with the reason.
    void connectionFailed(const QString &reason);
    void complete(const QByteArray &json);

    PgConnectionSettings mSettings;
    pg_conn *mConn = nullptr;
    int mSocket = -1;
    std::unique_ptr<QSocketNotifier> mReadNotifier;
    std::unique_ptr<QSocketNotifier> mWriteNotifier;
    QTimer mConnectTimer;
    Phase mPhase = Phase::Idle;
    int mLookupId = -1;
    quint64 mLookupGeneration = 0;
    bool mReused = false; // this poll runs on a connection opened by an earlier one
    QByteArray mResultJson;
    QString mResultError;
    pghealth::PgCounters mCounters;
};

} // namespace stackyard
