// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostgreSQL clusters and Redis servers a test (or benchmark) starts itself on loopback, on
// free ports under a directory of its own, as tests/harness/stackyard-test-servers does:
// initdb + pg_ctl as the postgres OS user when running as root, a streaming replica through
// pg_basebackup -R, redis-server in the foreground as a child process. Passwords go through a
// passfile (PGPASSFILE) and config files, never through a command line. Blocking helpers: for
// test setup only.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace stackyard::test {

// A free TCP port on 127.0.0.1 (closed again at once).
int freeTcpPort();

class LocalPostgres
{
public:
    // dir: a new folder for this cluster; password: the postgres user's password.
    LocalPostgres(QString dir, int port, QString password);
    ~LocalPostgres();

    // initdb with extra postgresql.conf lines; false with errorString() on failure.
    bool init(const QStringList &extraConfig = {});
    // A streaming replica of primary (pg_basebackup -R -X stream).
    bool initReplicaOf(const LocalPostgres &primary);
    bool start();
    bool stop();
    // pg_ctl start/stop as a process the caller watches (the event loop keeps running).
    std::unique_ptr<QProcess> startAsync() const;
    std::unique_ptr<QProcess> stopAsync() const;

    // Runs SQL over TCP (libpq, blocking) and returns the first column of the first row, or
    // "ERROR: …".
    QString query(const QString &sql, const QString &dbname = QStringLiteral("postgres")) const;

    int port() const { return mPort; }
    QString password() const { return mPassword; }
    QString dataDir() const { return mDir + QStringLiteral("/data"); }
    // A libpq passfile (0600) with the password, for pgbench, pg_basebackup and psql.
    QString passFile() const { return mDir + QStringLiteral("/pgpass"); }
    QString errorString() const { return mError; }
    static QString binDir();

private:
    bool prepareDir();
    bool runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
    QStringList ownerCommand(const QString &program, const QStringList &arguments) const;

    QString mDir;
    int mPort;
    QString mPassword;
    QString mError;
    bool mStarted = false;
};

class LocalRedis
{
public:
    // password empty: no requirepass. replicaOfPort > 0: a replica of 127.0.0.1:that port.
    LocalRedis(QString dir, int port, QString password = {}, int replicaOfPort = 0);
    ~LocalRedis();

    bool start();
    void stop();
    // Pauses and continues the server process (SIGSTOP/SIGCONT).
    void pause();
    void resume();
    // One command (blocking hiredis), the reply as text ("ERR …" for errors).
    QString command(const QStringList &args) const;

    int port() const { return mPort; }
    QString errorString() const { return mError; }

private:
    QString mDir;
    int mPort;
    QString mPassword;
    int mReplicaOfPort;
    QString mError;
    std::unique_ptr<QProcess> mProcess;
};

} // namespace stackyard::test
