// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdbservers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/time.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard::test {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// The OS user PostgreSQL runs as when we are root (it refuses to run as root).
constexpr char kPgOsUser[] = "postgres";

bool chownToPg(const QString &path)
{
    const passwd *pw = ::getpwnam(kPgOsUser);
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

int freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// --- PostgreSQL ------------------------------------------------------------------------------

LocalPostgres::LocalPostgres(QString dir, int port, QString password)
    : mDir(std::move(dir))
    , mPort(port)
    , mPassword(std::move(password))
{ }

LocalPostgres::~LocalPostgres()
{
    if (mStarted)
        runAsOwner(binDir() + u"/pg_ctl"_s, { u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s }, 60000);
}

QString LocalPostgres::binDir()
{
    const QString dir = qEnvironmentVariable("STACKYARD_PG_BINDIR");
    return dir.isEmpty() ? u"/usr/lib/postgresql/15/bin"_s : dir;
}

QStringList LocalPostgres::ownerCommand(const QString &program, const QStringList &arguments) const
{
    if (isRoot())
        return QStringList { u"runuser"_s, u"-u"_s, QString::fromLatin1(kPgOsUser), u"--"_s, program } + arguments;
    return QStringList { program } + arguments;
}

bool LocalPostgres::runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs)
{
    const QStringList command = ownerCommand(program, arguments);
    QProcess process;
    process.setWorkingDirectory(mDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSFILE"_s, passFile());
    process.setProcessEnvironment(env);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        mError = u"%1 failed: %2"_s.arg(command.join(u' '), QString::fromUtf8(process.readAll()));
        QFile log(mDir + u"/postgresql.log"_s);
        if (log.open(QIODevice::ReadOnly))
            mError += u"\n--- postgresql.log ---\n"_s + QString::fromUtf8(log.readAll().right(4000));
        return false;
    }
    return true;
}

bool LocalPostgres::prepareDir()
{
    if (!QDir().mkpath(mDir)) {
        mError = u"cannot create %1"_s.arg(mDir);
        return false;
    }
    QFile::setPermissions(mDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // libpq's passfile: host:port:db:user:password. Only the owner may read it.
    QFile pass(passFile());
    if (!pass.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        mError = u"cannot write %1"_s.arg(passFile());
        return false;
    }
    pass.write("*:*:*:postgres:" + mPassword.toUtf8() + '\n');
    pass.close();
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile log(mDir + u"/postgresql.log"_s);
    log.open(QIODevice::WriteOnly | QIODevice::Append);
    log.close();
    if (isRoot() && (!chownToPg(mDir) || !chownToPg(passFile()) || !chownToPg(log.fileName()))) {
        mError = u"cannot hand %1 to the postgres user"_s.arg(mDir);
        return false;
    }
    return true;
}

bool LocalPostgres::init(const QStringList &extraConfig)
{
    if (!prepareDir())
        return false;
    const QString pwfile = mDir + u"/pwfile"_s;
    {
        QFile pw(pwfile);
        pw.open(QIODevice::WriteOnly);
        pw.write(mPassword.toUtf8() + '\n');
        pw.close();
        pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (isRoot())
            chownToPg(pwfile);
    }
    const bool ok = runAsOwner(binDir() + u"/initdb"_s,
        { u"-D"_s, dataDir(), u"-U"_s, u"postgres"_s, u"--pwfile="_s + pwfile, u"--auth=scram-sha-256"_s,
            u"--encoding=UTF8"_s, u"--no-locale"_s, u"--no-sync"_s, u"--no-instructions"_s });
    QFile::remove(pwfile);
    if (!ok)
        return false;
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append)) {
        mError = u"cannot append to %1"_s.arg(conf.fileName());
        return false;
    }
    QStringList lines { u"listen_addresses = '127.0.0.1'"_s, u"port = %1"_s.arg(mPort),
        u"unix_socket_directories = '%1'"_s.arg(mDir), u"fsync = off"_s, u"synchronous_commit = off"_s,
        u"full_page_writes = off"_s, u"wal_level = replica"_s, u"max_wal_senders = 10"_s, u"hot_standby = on"_s };
    lines += extraConfig;
    conf.write("\n# --- stackyard health tests ---\n" + lines.join(u'\n').toUtf8() + '\n');
    return true;
}

bool LocalPostgres::initReplicaOf(const LocalPostgres &primary)
{
    if (!prepareDir())
        return false;
    // The primary's passfile works for the replica's walreceiver too (same password).
    if (!runAsOwner(binDir() + u"/pg_basebackup"_s,
            { u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(primary.port()), u"-U"_s, u"postgres"_s, u"-D"_s,
                dataDir(), u"-R"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s, u"-w"_s }))
        return false;
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append)) {
        mError = u"cannot append to %1"_s.arg(conf.fileName());
        return false;
    }
    conf.write(u"\n# --- replica ---\nport = %1\nunix_socket_directories = '%2'\n"_s.arg(mPort).arg(mDir).toUtf8());
    return true;
}

bool LocalPostgres::start()
{
    mStarted = runAsOwner(binDir() + u"/pg_ctl"_s,
        { u"-D"_s, dataDir(), u"-l"_s, mDir + u"/postgresql.log"_s, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s });
    return mStarted;
}

bool LocalPostgres::stop()
{
    const bool ok = runAsOwner(binDir() + u"/pg_ctl"_s, { u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s });
    if (ok)
        mStarted = false;
    return ok;
}

std::unique_ptr<QProcess> LocalPostgres::startAsync() const
{
    const QStringList command = ownerCommand(binDir() + u"/pg_ctl"_s,
        { u"-D"_s, dataDir(), u"-l"_s, mDir + u"/postgresql.log"_s, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s });
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(mDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(command.first(), command.mid(1));
    return process;
}

std::unique_ptr<QProcess> LocalPostgres::stopAsync() const
{
    const QStringList command
        = ownerCommand(binDir() + u"/pg_ctl"_s, { u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s });
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(mDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(command.first(), command.mid(1));
    return process;
}

QString LocalPostgres::query(const QString &sql, const QString &dbname) const
{
    const QByteArray port = QByteArray::number(mPort);
    const QByteArray db = dbname.toUtf8();
    const QByteArray password = mPassword.toUtf8();
    const char *keys[] = { "host", "port", "dbname", "user", "password", "connect_timeout", nullptr };
    const char *values[]
        = { "127.0.0.1", port.constData(), db.constData(), "postgres", password.constData(), "10", nullptr };
    PGconn *conn = PQconnectdbParams(keys, values, 0);
    QString out;
    if (PQstatus(conn) != CONNECTION_OK) {
        out = u"ERROR: "_s + QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    } else {
        PGresult *result = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK && PQntuples(result) > 0)
            out = QString::fromUtf8(PQgetvalue(result, 0, 0));
        else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            out = u"ERROR: "_s + QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    PQfinish(conn);
    return out;
}

// --- Redis -----------------------------------------------------------------------------------

LocalRedis::LocalRedis(QString dir, int port, QString password, int replicaOfPort)
    : mDir(std::move(dir))
    , mPort(port)
    , mPassword(std::move(password))
    , mReplicaOfPort(replicaOfPort)
{ }

LocalRedis::~LocalRedis()
{
    stop();
}

bool LocalRedis::start()
{
    QDir().mkpath(mDir);
    const QString confName = mDir + u"/redis.conf"_s;
    QFile conf(confName);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        mError = u"cannot write %1"_s.arg(confName);
        return false;
    }
    QStringList lines { u"bind 127.0.0.1"_s, u"port %1"_s.arg(mPort), u"daemonize no"_s, u"dir %1"_s.arg(mDir),
        u"logfile %1/redis.log"_s.arg(mDir), u"save \"\""_s, u"appendonly no"_s, u"maxmemory 64mb"_s,
        u"repl-ping-replica-period 1"_s };
    if (!mPassword.isEmpty())
        lines << u"requirepass %1"_s.arg(mPassword) << u"masterauth %1"_s.arg(mPassword);
    if (mReplicaOfPort > 0)
        lines << u"replicaof 127.0.0.1 %1"_s.arg(mReplicaOfPort);
    conf.write(lines.join(u'\n').toUtf8() + '\n');
    conf.close();
    conf.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    mProcess = std::make_unique<QProcess>();
    mProcess->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    mProcess->start(u"redis-server"_s, { confName });
    if (!mProcess->waitForStarted(10000)) {
        mError = u"redis-server did not start: %1"_s.arg(mProcess->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (command({ u"PING"_s }) == u"PONG"_s)
            return true;
        if (mProcess->state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    QFile log(mDir + u"/redis.log"_s);
    log.open(QIODevice::ReadOnly);
    mError = u"redis-server on port %1 does not answer PING: %2"_s.arg(mPort).arg(
        QString::fromUtf8(log.readAll().right(2000)));
    return false;
}

void LocalRedis::stop()
{
    if (!mProcess)
        return;
    resume();
    mProcess->terminate();
    if (!mProcess->waitForFinished(15000)) {
        mProcess->kill();
        mProcess->waitForFinished(5000);
    }
    mProcess.reset();
}

void LocalRedis::pause()
{
    if (mProcess && mProcess->processId() > 0)
        ::kill(pid_t(mProcess->processId()), SIGSTOP);
}

void LocalRedis::resume()
{
    if (mProcess && mProcess->processId() > 0)
        ::kill(pid_t(mProcess->processId()), SIGCONT);
}

QString LocalRedis::command(const QStringList &args) const
{
    timeval timeout {};
    timeout.tv_sec = 5;
    redisContext *context = redisConnectWithTimeout("127.0.0.1", mPort, timeout);
    if (!context || context->err) {
        const QString error = context ? QString::fromUtf8(context->errstr) : u"no context"_s;
        redisFree(context);
        return u"ERR "_s + error;
    }
    redisSetTimeout(context, timeout);
    auto run = [context](const QStringList &words) -> QString {
        std::vector<QByteArray> bytes;
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QString &word : words)
            bytes.push_back(word.toUtf8());
        for (const QByteArray &b : bytes) {
            argv.push_back(b.constData());
            lengths.push_back(size_t(b.size()));
        }
        auto *reply
            = static_cast<redisReply *>(redisCommandArgv(context, int(argv.size()), argv.data(), lengths.data()));
        if (!reply)
            return u"ERR "_s + QString::fromUtf8(context->errstr);
        QString text;
        if (reply->type == REDIS_REPLY_INTEGER)
            text = QString::number(reply->integer);
        else if (reply->str)
            text = QString::fromUtf8(reply->str, qsizetype(reply->len));
        freeReplyObject(reply);
        return text;
    };
    QString out;
    if (!mPassword.isEmpty())
        out = run({ u"AUTH"_s, mPassword });
    if (mPassword.isEmpty() || out == u"OK"_s)
        out = run(args);
    redisFree(context);
    return out;
}

} // namespace stackyard::test
