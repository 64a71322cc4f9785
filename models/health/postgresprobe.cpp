// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/postgresprobe.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <algorithm>
#include <libpq-fe.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// A notifier that may be the one whose signal is being delivered: disabled now, deleted later.
void retire(std::unique_ptr<QSocketNotifier> &notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier.release()->deleteLater();
}

} // namespace

PostgresProbe::PostgresProbe(HealthTarget target, PgConnectionSettings settings, QObject *parent)
    : HealthProbe(std::move(target), parent)
    , mSettings(std::move(settings))
    , mConnectTimer(this)
{
    mConnectTimer.setSingleShot(true);
    connect(&mConnectTimer, &QTimer::timeout, this, &PostgresProbe::connectTimedOut);
}

PostgresProbe::~PostgresProbe()
{
    closeConnection();
}

bool PostgresProbe::connected() const
{
    return mConn && PQstatus(mConn) == CONNECTION_OK;
}

void PostgresProbe::startPoll()
{
    mResultJson.clear();
    mResultError.clear();
    if (connected()) {
        mReused = true;
        sendQuery();
    } else {
        mReused = false;
        startConnect();
    }
}

void PostgresProbe::abortPoll()
{
    closeConnection();
}

void PostgresProbe::closeConnection()
{
    mConnectTimer.stop();
    ++mLookupGeneration;
    if (mLookupId >= 0) {
        QHostInfo::abortHostLookup(mLookupId);
        mLookupId = -1;
    }
    // The notifiers go before the socket they watch is closed.
    retire(mReadNotifier);
    retire(mWriteNotifier);
    mSocket = -1;
    if (mConn) {
        PQfinish(mConn);
        mConn = nullptr;
    }
    mPhase = Phase::Idle;
}

void PostgresProbe::startConnect()
{
    closeConnection();
    // libpq resolves a host name with a blocking getaddrinfo(): names are resolved here first
    // and handed over as hostaddr (host stays for messages and certificate checks).
    if (mSettings.host.startsWith(u'/') || !QHostAddress(mSettings.host).isNull()) {
        connectTo({});
        return;
    }
    mPhase = Phase::Connecting;
    if (mSettings.connectTimeoutSeconds > 0)
        mConnectTimer.start(mSettings.connectTimeoutSeconds * 1000);
    const quint64 generation = ++mLookupGeneration;
    mLookupId = QHostInfo::lookupHost(mSettings.host, this, [this, generation](const QHostInfo &info) {
        if (generation != mLookupGeneration)
            return;
        mLookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            closeConnection();
            fail(tr("cannot resolve %1: %2").arg(mSettings.host, info.errorString()));
            return;
        }
        // Every address, in order: libpq tries the next one when one fails.
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        connectTo(addresses);
    });
}

void PostgresProbe::connectTo(const QStringList &hostaddrs)
{
    // With addresses, host repeats once per address (libpq pairs the two lists).
    QStringList hosts;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, hostaddrs.size()); ++i)
        hosts << mSettings.host;
    const QByteArray host = hosts.join(u',').toUtf8();
    const QByteArray port = QByteArray::number(mSettings.port);
    const QByteArray dbname = mSettings.dbname.toUtf8();
    const QByteArray user = mSettings.user.toUtf8();
    QByteArray password = mSettings.password.toUtf8();
    const QByteArray sslmode = mSettings.sslmode.toUtf8();
    std::vector<const char *> keys { "host", "port", "dbname", "user", "sslmode", "application_name" };
    std::vector<const char *> values { host.constData(), port.constData(), dbname.constData(), user.constData(),
        sslmode.constData(), "stackyard-health" };
    const QByteArray address = hostaddrs.join(u',').toUtf8();
    if (!hostaddrs.isEmpty()) {
        keys.push_back("hostaddr");
        values.push_back(address.constData());
    }
    if (!mSettings.password.isEmpty()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    mConn = PQconnectStartParams(keys.data(), values.data(), 0);
    password.fill('\0');
    if (!mConn) {
        fail(tr("libpq could not allocate a connection"));
        return;
    }
    // libpq would print the server's NOTICEs and WARNINGs on stderr.
    PQsetNoticeProcessor(
        mConn, [](void *, const char *) {}, nullptr);
    if (PQstatus(mConn) == CONNECTION_BAD) {
        const QString reason = pghealth::shortError(PQerrorMessage(mConn));
        closeConnection();
        fail(reason);
        return;
    }
    // libpq ignores connect_timeout in PQconnectPoll: the probe keeps the time itself (from
    // the start of the name lookup when there was one).
    if (mSettings.connectTimeoutSeconds > 0 && !mConnectTimer.isActive())
        mConnectTimer.start(mSettings.connectTimeoutSeconds * 1000);
    mPhase = Phase::Connecting;
    // As if PQconnectPoll had returned PGRES_POLLING_WRITING (libpq's documented start).
    watchSocket(false, true);
}

void PostgresProbe::continueConnect()
{
    const PostgresPollingStatusType status = PQconnectPoll(mConn);
    switch (status) {
    case PGRES_POLLING_READING:
        watchSocket(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(false, true);
        return;
    case PGRES_POLLING_OK:
        mConnectTimer.stop();
        if (PQsetnonblocking(mConn, 1) != 0) {
            connectionFailed(pghealth::shortError(PQerrorMessage(mConn)));
            return;
        }
        sendQuery();
        return;
    case PGRES_POLLING_FAILED:
    default:
        connectionFailed(pghealth::shortError(PQerrorMessage(mConn)));
        return;
    }
}

void PostgresProbe::connectTimedOut()
{
    if (mPhase != Phase::Connecting)
        return;
    const QString reason = tr("could not connect within %1 s").arg(mSettings.connectTimeoutSeconds);
    closeConnection();
    fail(reason);
}

void PostgresProbe::sendQuery()
{
    if (PQsendQuery(mConn, pghealth::pollQuery().constData()) == 0) {
        connectionFailed(pghealth::shortError(PQerrorMessage(mConn)));
        return;
    }
    mPhase = Phase::Sending;
    flushQuery();
}

void PostgresProbe::flushQuery()
{
    const int flushed = PQflush(mConn);
    if (flushed < 0) {
        connectionFailed(pghealth::shortError(PQerrorMessage(mConn)));
        return;
    }
    if (flushed == 0)
        mPhase = Phase::Receiving;
    // Results may arrive while the rest is still being written: read either way.
    watchSocket(true, flushed == 1);
}

void PostgresProbe::readResults()
{
    if (PQconsumeInput(mConn) == 0) {
        connectionFailed(pghealth::shortError(PQerrorMessage(mConn)));
        return;
    }
    while (PQisBusy(mConn) == 0) {
        PGresult *result = PQgetResult(mConn);
        if (!result) {
            // The query is done.
            if (!mResultError.isEmpty() && PQstatus(mConn) != CONNECTION_OK) {
                connectionFailed(mResultError);
            } else if (!mResultError.isEmpty()) {
                // Reachable, but the query failed (a missing privilege): the state is unknown.
                mPhase = Phase::Idle;
                watchSocket(false, false);
                fail(tr("the health query failed: %1").arg(mResultError), HealthStatus::Unknown);
            } else if (mResultJson.isEmpty()) {
                connectionFailed(tr("the health query returned no row"));
            } else {
                complete(mResultJson);
            }
            return;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK && PQntuples(result) == 1 && PQnfields(result) == 1)
            mResultJson = QByteArray(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0));
        else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && mResultError.isEmpty())
            mResultError = pghealth::shortError(PQresultErrorMessage(result));
        PQclear(result);
    }
}

void PostgresProbe::socketReady(bool readable)
{
    switch (mPhase) {
    case Phase::Connecting:
        continueConnect();
        break;
    case Phase::Sending:
        if (!readable) {
            flushQuery();
            break;
        }
        readResults();
        break;
    case Phase::Receiving:
        if (readable)
            readResults();
        break;
    case Phase::Idle:
        break;
    }
}

void PostgresProbe::watchSocket(bool read, bool write)
{
    const int socket = mConn ? PQsocket(mConn) : -1;
    if (socket != mSocket) {
        // A new socket (a reconnect, or libpq's next address or SSL fallback while connecting).
        retire(mReadNotifier);
        retire(mWriteNotifier);
        mSocket = socket;
        if (socket >= 0) {
            mReadNotifier = std::make_unique<QSocketNotifier>(qintptr(socket), QSocketNotifier::Read, this);
            mWriteNotifier = std::make_unique<QSocketNotifier>(qintptr(socket), QSocketNotifier::Write, this);
            connect(mReadNotifier.get(), &QSocketNotifier::activated, this, [this] { socketReady(true); });
            connect(mWriteNotifier.get(), &QSocketNotifier::activated, this, [this] { socketReady(false); });
        }
    }
    if (mReadNotifier)
        mReadNotifier->setEnabled(read);
    if (mWriteNotifier)
        mWriteNotifier->setEnabled(write);
    if (socket < 0 && mPhase != Phase::Idle)
        connectionFailed(tr("libpq has no socket: %1").arg(pghealth::shortError(PQerrorMessage(mConn))));
}

void PostgresProbe::connectionFailed(const QString &reason)
{
    closeConnection();
    if (mReused) {
        mReused = false;
        mResultJson.clear();
        mResultError.clear();
        startConnect();
        return;
    }
    fail(reason);
}

void PostgresProbe::complete(const QByteArray &json)
{
    // Idle: the connection stays open, unwatched (a thousand idle sockets would cost every
    // wake-up of the event loop). One the server closed in between is found by the next poll,
    // which then connects again at once.
    mPhase = Phase::Idle;
    watchSocket(false, false);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        fail(tr("the health query returned no JSON object: %1").arg(error.errorString()), HealthStatus::Unknown);
        return;
    }
    mCounters = pghealth::readPollResult(document.object(), mCounters, secondsSincePrevious(), snapshot());
    if (!snapshot().facts.contains(u"server_address"_s)) // over a Unix socket
        snapshot().facts.insert(u"server_address"_s, u"%1:%2"_s.arg(mSettings.host).arg(mSettings.port));
    finish();
}

} // namespace stackyard
