// SPDX-License-Identifier: GPL-3.0-or-later
// SshTransport against the fixture's real sshd: every authentication method, host keys like
// OpenSSH (unknown → confirm → written, changed → refused with both fingerprints and the line,
// revoked), ~/.ssh/config aliases, the shared transport behaviour (arguments, signals, stdin,
// 100 MB with bounded memory, cancel/timeout killing the remote process, SFTP round trip and
// atomic replace), a dropped connection and the transparent reconnect, one pooled session.
#include "testservers.h"
#include "transportchecks.h"

#include "transport/hostsettings.h"
#include "transport/knownhosts.h"
#include "transport/sshconfig.h"
#include "transport/sshpool.h"
#include "transport/sshtransport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::TestServers;
namespace checks = stackyard::test::transportchecks;

namespace {

QByteArray runTool(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

bool appendLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(line) == line.size();
}

} // namespace

class TestIntegrationTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyFileAuthAndHostKey();
    void agentAuth();
    void passphraseKeyAuth();
    void passwordAuthAndBecomePassword();
    void unknownHostKeyRefusedThenAccepted_data();
    void unknownHostKeyRefusedThenAccepted();
    void changedHostKeyRefused();
    void revokedHostKeyRefused();
    void sshConfigAliasHonoured();
    void keyboardInteractiveAuth();
    void proxyJumpThroughBastion();

    void nastyArguments() { checks::nastyArgumentsArriveUnchanged(*mTransport); }
    void exitCodesAndSignals() { checks::exitCodesAndSignals(*mTransport); }
    void stdinEnvironmentAndDirectory() { checks::stdinEnvironmentAndDirectory(*mTransport); }
    void largeOutputHasBoundedMemory() { checks::largeOutputHasBoundedMemory(*mTransport); }
    void cancelKillsRemoteProcess() { checks::cancelKillsTheRemoteProcessGroup(*mTransport); }
    void timeoutKillsRemoteProcess() { checks::timeoutKillsTheRemoteProcess(*mTransport); }
    void sftpRoundTrip() { checks::fileRoundTrip(*mTransport, mScratch.path()); }
    void cancelledUploadLeavesOldFile() { checks::cancelledUploadLeavesTheOldFile(*mTransport, mScratch.path()); }
    void asyncJob() { checks::asyncJobSignalsAndCancel(mTransport); }
    void becomeThroughSudo() { checks::becomeRunsAsAnotherUser(*mTransport); }
    void parallelCommandsShareOneSession();
    void droppedConnectionThenReconnect();
    void cliHostCommands();

private:
    HostSettings baseSettings() const;
    TestServers mServers;
    QTemporaryDir mScratch;
    std::unique_ptr<SshPool> mPool;
    std::shared_ptr<Transport> mTransport;
};

HostSettings TestIntegrationTransport::baseSettings() const
{
    HostSettings s = stackyard::test::fixtureSshSettings(mServers);
    return s;
}

void TestIntegrationTransport::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY(mScratch.isValid());
    // No default keys, config or agent of the user running the tests.
    qputenv("HOME", mScratch.filePath(u"home"_s).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    mPool = std::make_unique<SshPool>();
    mTransport = std::make_shared<SshTransport>(baseSettings(), TransportOptions{{}, {}, mPool.get()});
}

void TestIntegrationTransport::cleanupTestCase()
{
    mTransport.reset();
    mPool.reset();
}

void TestIntegrationTransport::keyFileAuthAndHostKey()
{
    auto *ssh = static_cast<SshTransport *>(mTransport.get());
    const Result<SessionInfo> info = ssh->connect();
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->authMethod, u"publickey (%1)"_s.arg(mServers.value(u"SSH_KEY"_s)));
    QCOMPARE(info->fingerprint, mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s));
    QCOMPARE(info->hostKeyType, u"ssh-ed25519"_s);
    QVERIFY(!info->hostKeyAdded);
}

void TestIntegrationTransport::agentAuth()
{
    const QString socket = mScratch.filePath(u"agent.sock"_s);
    QProcess agent;
    agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SSH_AUTH_SOCK"_s, socket);
    runTool(u"ssh-add"_s, {mServers.value(u"SSH_KEY"_s)}, env);
    QVERIFY(runTool(u"ssh-add"_s, {u"-l"_s}, env).contains("ED25519"));

    HostSettings s = baseSettings();
    s.identityFiles.clear(); // nothing but the agent
    s.identityAgent = socket;
    SshPool pool;
    SshTransport transport(s, TransportOptions{{}, {}, &pool});
    const Result<SessionInfo> info = transport.connect();
    agent.kill();
    agent.waitForFinished();
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->authMethod, u"publickey (agent)"_s);
}

void TestIntegrationTransport::passphraseKeyAuth()
{
    const QString key = mScratch.filePath(u"protected_key"_s);
    runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u"correct horse"_s, u"-f"_s, key});
    QFile pub(key + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(appendLine(mServers.value(u"SSH_AUTHORIZED_KEYS"_s), pub.readAll()));
    HostSettings s = baseSettings();
    s.identityFiles = {key};

    { // No way to ask: a clear auth error, no hang.
        SshPool pool;
        SshTransport transport(s, TransportOptions{{}, {}, &pool});
        const Result<SessionInfo> info = transport.connect();
        QVERIFY(!info);
        QVERIFY2(info.error().where.endsWith(u"[auth]"_s), qPrintable(info.error().toString()));
        QVERIFY2(info.error().detail.contains(u"no passphrase"_s), qPrintable(info.error().toString()));
    }
    QList<int> attempts;
    TransportOptions options{{}, {}, nullptr};
    options.prompts.passphrase = [&attempts](const QString &, int attempt) -> std::optional<QByteArray> {
        attempts << attempt;
        return attempt == 1 ? QByteArray("wrong") : QByteArray("correct horse");
    };
    SshPool pool;
    options.pool = &pool;
    SshTransport transport(s, options);
    const Result<SessionInfo> info = transport.connect();
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->authMethod, u"publickey (%1)"_s.arg(key));
    QCOMPARE(attempts, (QList<int>{1, 2}));
}

void TestIntegrationTransport::passwordAuthAndBecomePassword()
{
    const QString user = mServers.value(u"SSH_PASSWORD_USER"_s);
    if (user.isEmpty())
        QSKIP("the fixture made no password user (it needs root to create one)");
    const QByteArray password = mServers.value(u"SSH_PASSWORD"_s).toUtf8();
    HostSettings s = baseSettings();
    s.user = user;
    s.identityFiles.clear();
    SshPool pool;
    TransportOptions options{{password, password}, {}, &pool};
    auto transport = std::make_shared<SshTransport>(s, options);
    const Result<SessionInfo> info = transport->connect();
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->authMethod, u"password"_s);

    // sudo -S with the password on stdin, after sudo's own prompt; stdin then reaches the command.
    CommandSpec spec;
    spec.argv = {u"sh"_s, u"-c"_s, u"id -un; cat"_s};
    spec.become = true;
    spec.stdinData = "piped input\n";
    const Result<CommandResult> r = transport->execute(spec);
    QVERIFY2(r && r->status.success(), r ? r->stderrData.constData() : qPrintable(r.error().toString()));
    QCOMPARE(r->stdoutData, QByteArray("root\npiped input\n"));
    QVERIFY2(!r->stderrData.contains("stackyard-sudo"), r->stderrData.constData());

    // A wrong become password is an auth error, and the password never shows up in output.
    SshPool otherPool;
    TransportOptions wrong{{password, "not the password"}, {}, &otherPool};
    SshTransport wrongTransport(s, wrong);
    const Result<CommandResult> w = wrongTransport.execute(spec);
    QVERIFY(!w);
    QVERIFY2(w.error().where.endsWith(u"[auth]"_s), qPrintable(w.error().toString()));

    // Without a become password sudo -n fails instead of waiting for one.
    SshPool thirdPool;
    SshTransport noPassword(s, TransportOptions{{password, {}}, {}, &thirdPool});
    const Result<CommandResult> n = noPassword.execute(spec);
    QVERIFY(n);
    QVERIFY(!n->status.success());
    QVERIFY2(n->stderrData.contains("password"), n->stderrData.constData());
}

void TestIntegrationTransport::unknownHostKeyRefusedThenAccepted_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::newRow("plain") << false;
    QTest::newRow("hashed") << true;
}

void TestIntegrationTransport::unknownHostKeyRefusedThenAccepted()
{
    QFETCH(bool, hashed);
    HostSettings s = baseSettings();
    s.knownHostsFile = mScratch.filePath(u"known_hosts_%1"_s.arg(hashed ? u"hashed"_s : u"plain"_s));
    s.hashKnownHosts = hashed;
    {
        SshPool pool;
        SshTransport refusing(s, TransportOptions{{}, {}, &pool});
        const Result<SessionInfo> refused = refusing.connect();
        QVERIFY(!refused);
        QVERIFY2(refused.error().where.endsWith(u"[hostkey]"_s), qPrintable(refused.error().toString()));
        QVERIFY(refused.error().what.contains(mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s)));
        QVERIFY(!QFile::exists(s.knownHostsFile));
    }
    std::optional<HostKeyPrompt> asked;
    TransportOptions options;
    options.prompts.confirmHostKey = [&asked](const HostKeyPrompt &prompt) {
        asked = prompt;
        return true;
    };
    SshPool pool;
    options.pool = &pool;
    SshTransport accepting(s, options);
    const Result<SessionInfo> info = accepting.connect();
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QVERIFY(info->hostKeyAdded);
    QVERIFY(asked);
    QCOMPARE(asked->fingerprint, mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s));
    QFile file(s.knownHostsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written.startsWith("|1|"), hashed);
    // OpenSSH itself accepts what was written.
    const QByteArray found = runTool(u"ssh-keygen"_s, {u"-F"_s, u"[%1]:%2"_s.arg(s.hostName).arg(s.port), u"-f"_s, s.knownHostsFile});
    QVERIFY2(found.contains("ssh-ed25519"), found.constData());
}

void TestIntegrationTransport::changedHostKeyRefused()
{
    const QString other = mScratch.filePath(u"other_host_key"_s);
    runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other});
    QFile pub(other + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    HostSettings s = baseSettings();
    s.knownHostsFile = mScratch.filePath(u"changed_known_hosts"_s);
    QFile kh(s.knownHostsFile);
    QVERIFY(kh.open(QIODevice::WriteOnly));
    kh.write("# a comment\n[" + s.hostName.toUtf8() + "]:" + QByteArray::number(s.port) + ' ' + fields[0] + ' ' + fields[1] + '\n');
    kh.close();
    SshPool pool;
    TransportOptions options;
    options.prompts.confirmHostKey = [](const HostKeyPrompt &) { return true; }; // never asked for a changed key
    options.pool = &pool;
    SshTransport transport(s, options);
    const Result<SessionInfo> info = transport.connect();
    QVERIFY(!info);
    const Error &e = info.error();
    QVERIFY2(e.where.endsWith(u"[hostkey]"_s), qPrintable(e.toString()));
    QVERIFY2(e.what.contains(mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s)), qPrintable(e.toString()));
    QVERIFY2(e.what.contains(KnownHosts::fingerprint(QByteArray::fromBase64(fields[1]))), qPrintable(e.toString()));
    QVERIFY2(e.hint.contains(u"line 2 of %1"_s.arg(s.knownHostsFile)), qPrintable(e.toString()));
}

void TestIntegrationTransport::revokedHostKeyRefused()
{
    HostSettings s = baseSettings();
    s.knownHostsFile = mScratch.filePath(u"revoked_known_hosts"_s);
    QFile source(mServers.value(u"SSH_KNOWN_HOSTS"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray line = source.readAll();
    QVERIFY(appendLine(s.knownHostsFile, line + "@revoked " + line));
    SshPool pool;
    SshTransport transport(s, TransportOptions{{}, {}, &pool});
    const Result<SessionInfo> info = transport.connect();
    QVERIFY(!info);
    QVERIFY2(info.error().what.contains(u"@revoked"_s), qPrintable(info.error().toString()));
}

void TestIntegrationTransport::sshConfigAliasHonoured()
{
    const QString home = mScratch.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(home + u"/.ssh"_s));
    QFile config(home + u"/.ssh/config"_s);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("Host other\n  HostName 192.0.2.1\n\n"
                 "Host stackyard-alias web-*\n"
                 "  HostName " + mServers.value(u"SSH_HOST"_s).toUtf8() + "\n"
                 "  Port " + mServers.value(u"SSH_PORT"_s).toUtf8() + "\n"
                 "  User " + mServers.value(u"SSH_USER"_s).toUtf8() + "\n"
                 "  IdentityFile " + mServers.value(u"SSH_KEY"_s).toUtf8() + "\n"
                 "  UserKnownHostsFile " + mServers.value(u"SSH_KNOWN_HOSTS"_s).toUtf8() + "\n"
                 "  IdentityAgent none\n\nHost *\n  Port 1\n  User nobody\n");
    config.close();
    const SshConfig parsed = SshConfig::load(SshConfig::defaultPath());
    HostSettings s = HostSettings::fromSshConfig(u"stackyard-alias"_s, parsed);
    QCOMPARE(s.port, mServers.intValue(u"SSH_PORT"_s));
    s.globalKnownHostsFiles.clear();
    SshPool pool;
    SshTransport transport(s, TransportOptions{{}, {}, &pool});
    CommandSpec spec;
    spec.argv = {u"echo"_s, u"via alias"_s};
    const Result<CommandResult> r = transport.execute(spec);
    QVERIFY2(r && r->status.success(), r ? r->stderrData.constData() : qPrintable(r.error().toString()));
    QCOMPARE(r->stdoutData, QByteArray("via alias\n"));
}

// An sshd of the test's own with PAM's keyboard-interactive as the only method: the login
// password answers its prompt.
void TestIntegrationTransport::keyboardInteractiveAuth()
{
    const QString user = mServers.value(u"SSH_PASSWORD_USER"_s);
    if (user.isEmpty()) {
        if (TestServers::inContinuousIntegration())
            QFAIL("the fixture made no password user: it needs root, which CI has");
        QSKIP("the fixture made no password user (it needs root to create one)");
    }
    const QString sshDir = QFileInfo(mServers.value(u"SSH_KEY"_s)).path();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    const QString config = mScratch.filePath(u"kbdint_sshd_config"_s), pid = mScratch.filePath(u"kbdint.pid"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519_key\nPidFile %3\nUsePAM yes\n"
               "PubkeyAuthentication no\nPasswordAuthentication no\nKbdInteractiveAuthentication yes\n"
               "AuthenticationMethods keyboard-interactive\nAllowUsers %4\nStrictModes no\n"_s
                   .arg(port)
                   .arg(sshDir, pid, user)
                   .toUtf8());
    file.close();
    QProcess sshd;
    sshd.start(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, config});
    QVERIFY(sshd.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pid), 10000);
    const QString knownHosts = mScratch.filePath(u"kbdint_known_hosts"_s);
    QFile pub(sshDir + u"/host_ed25519_key.pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(appendLine(knownHosts, "[127.0.0.1]:" + QByteArray::number(port) + ' ' + pub.readAll().trimmed() + '\n'));

    HostSettings s = baseSettings();
    s.hostName = u"127.0.0.1"_s;
    s.port = port;
    s.user = user;
    s.identityFiles.clear();
    s.knownHostsFile = knownHosts;
    SshPool pool;
    QStringList prompts;
    TransportOptions options;
    options.pool = &pool;
    const QByteArray password = mServers.value(u"SSH_PASSWORD"_s).toUtf8();
    options.prompts.password = [&prompts, password](const QString &prompt) -> std::optional<QByteArray> {
        prompts << prompt;
        return password;
    };
    SshTransport transport(s, options);
    const Result<SessionInfo> info = transport.connect();
    if (!info)
        qWarning("sshd said: %s", sshd.readAllStandardError().constData());
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->authMethod, u"keyboard-interactive"_s);
    QVERIFY2(!prompts.isEmpty(), "the password was asked through the prompt");
    CommandSpec who;
    who.argv = {u"id"_s, u"-un"_s};
    const Result<CommandResult> r = transport.execute(who);
    QVERIFY(r && r->status.success());
    QCOMPARE(r->stdoutData.trimmed(), user.toUtf8());

    // A wrong answer is refused, and says keyboard-interactive was tried.
    SshPool otherPool;
    TransportOptions wrong;
    wrong.pool = &otherPool;
    wrong.prompts.password = [](const QString &) -> std::optional<QByteArray> { return QByteArray("not the password"); };
    SshTransport refused(s, wrong);
    const Result<SessionInfo> no = refused.connect();
    sshd.terminate();
    sshd.waitForFinished();
    QVERIFY(!no);
    QVERIFY2(no.error().toString().contains(u"keyboard-interactive"_s), qPrintable(no.error().toString()));
}

// ProxyJump: the fixture's sshd is its own bastion. The hop is OpenSSH's ssh -W, which checks
// the bastion's key in the same known_hosts file and never prompts (BatchMode).
void TestIntegrationTransport::proxyJumpThroughBastion()
{
    HostSettings s = baseSettings();
    s.name = u"behind-bastion"_s;
    s.proxyJump = u"%1@%2:%3"_s.arg(mServers.value(u"SSH_USER"_s), mServers.value(u"SSH_HOST"_s), mServers.value(u"SSH_PORT"_s));
    SshPool pool;
    SshTransport transport(s, TransportOptions{{}, {}, &pool});
    CommandSpec spec;
    // The hop's ssh -W runs while the session is open: the command sees it in the process list.
    spec.argv = {u"sh"_s, u"-c"_s, u"pgrep -f -- '-W \\[127.0.0.1\\]:%1' >/dev/null && echo through-the-bastion"_s.arg(s.port)};
    const Result<CommandResult> r = transport.execute(spec);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QVERIFY2(r->status.success(), r->stderrData.constData());
    QCOMPARE(r->stdoutData.trimmed(), QByteArray("through-the-bastion"));

    // With keys known nowhere (bastion and host) it is refused at once: nothing waits on a prompt.
    QTemporaryDir empty;
    HostSettings unknown = s;
    unknown.knownHostsFile = empty.filePath(u"known_hosts"_s);
    QVERIFY(appendLine(unknown.knownHostsFile, QByteArray()));
    SshPool otherPool;
    SshTransport refused(unknown, TransportOptions{{}, {}, &otherPool});
    QElapsedTimer timer;
    timer.start();
    const Result<CommandResult> no = refused.execute(spec);
    QVERIFY(!no);
    QVERIFY2(timer.elapsed() < 30000, "the hop waited for an answer nobody can give");
}

void TestIntegrationTransport::parallelCommandsShareOneSession()
{
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 12; ++i)
        threads.emplace_back([this, i, &ok] {
            CommandSpec spec;
            spec.argv = {u"sh"_s, u"-c"_s, u"sleep 0.3; echo $1"_s, u"sh"_s, QString::number(i)};
            const Result<CommandResult> r = mTransport->execute(spec);
            if (r && r->stdoutData == QByteArray::number(i) + '\n')
                ++ok;
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(ok.load(), 12);
    QCOMPARE(mPool->openSessions(), 1);
}

void TestIntegrationTransport::droppedConnectionThenReconnect()
{
    const QString marker = checks::uniqueMarker();
    CommandSpec spec;
    spec.argv = {u"sh"_s, u"-c"_s, u"echo started; sleep 60"_s, marker};
    Result<ExitStatus> status = Error{};
    std::atomic<bool> started{false};
    std::thread runner([&] {
        status = mTransport->run(spec, [&](OutputStream, const QByteArray &chunk) {
            if (chunk.contains("started"))
                started = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 15000);
    // The per-connection sshd: the ancestor of the command whose parent is the listener.
    const QByteArray listener = runTool(u"cat"_s, {mServers.value(u"SSH_PID_FILE"_s)}).trimmed();
    QByteArray pid = runTool(u"pgrep"_s, {u"-f"_s, u"-o"_s, u"--"_s, marker}).trimmed();
    QByteArray session;
    for (int depth = 0; depth < 10 && !pid.isEmpty(); ++depth) {
        const QByteArray parent = runTool(u"ps"_s, {u"-o"_s, u"ppid="_s, u"-p"_s, QString::fromLatin1(pid)}).trimmed();
        if (parent == listener) {
            session = pid;
            break;
        }
        pid = parent;
    }
    QVERIFY2(!session.isEmpty(), "cannot find the sshd process of the session");
    ::kill(pid_t(session.toInt()), SIGKILL);
    runner.join();
    QVERIFY(!status);
    QVERIFY2(status.error().where.endsWith(u"[exec]"_s), qPrintable(status.error().toString()));
    QVERIFY2(status.error().what.contains(u"lost"_s), qPrintable(status.error().toString()));
    // The next command connects again by itself.
    CommandSpec echo;
    echo.argv = {u"echo"_s, u"again"_s};
    const Result<CommandResult> again = mTransport->execute(echo);
    QVERIFY2(again && again->stdoutData == "again\n", again ? again->stderrData.constData() : qPrintable(again.error().toString()));
    runTool(u"pkill"_s, {u"-f"_s, u"--"_s, marker});
}

void TestIntegrationTransport::cliHostCommands()
{
    const QString ctl = qEnvironmentVariable("STACKYARDCTL");
    QVERIFY2(!ctl.isEmpty(), "STACKYARDCTL is not set");
    const QString home = mScratch.filePath(u"clihome"_s);
    QVERIFY(QDir().mkpath(home));
    const QString inventory = mScratch.filePath(u"cli.yml"_s);
    QFile file(inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"all:\n  children:\n    test:\n      hosts:\n        sshd: { ansible_host: %1, ansible_port: %2, ansible_user: %3, "
               "ansible_ssh_private_key_file: %4 }\n"_s
                   .arg(mServers.value(u"SSH_HOST"_s), mServers.value(u"SSH_PORT"_s), mServers.value(u"SSH_USER"_s),
                        mServers.value(u"SSH_KEY"_s))
                   .toUtf8());
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.remove(u"SSH_AUTH_SOCK"_s);
    const auto stackyardctl = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(ctl, args);
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    // Unknown host key: refused, nothing written; accepted with the option.
    QCOMPARE(stackyardctl({u"host"_s, u"check"_s, u"--json"_s, inventory}, &out), 1);
    QVERIFY2(out.contains("[hostkey]"), out.constData());
    QVERIFY(!QFile::exists(home + u"/.ssh/known_hosts"_s));
    QCOMPARE(stackyardctl({u"host"_s, u"check"_s, u"--json"_s, u"--accept-new-host-keys"_s, inventory}, &out), 0);
    QVERIFY2(out.contains(mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s).toUtf8()), out.constData());
    QVERIFY2(out.contains("\"os_id\""), out.constData());
    QVERIFY(QFile::exists(home + u"/.ssh/known_hosts"_s));
    // exec: the remote status, 128+N for a signal, arguments unchanged.
    QCOMPARE(stackyardctl({u"host"_s, u"exec"_s, inventory, u"sshd"_s, u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s}), 7);
    QCOMPARE(stackyardctl({u"host"_s, u"exec"_s, inventory, u"sshd"_s, u"--"_s, u"sh"_s, u"-c"_s, u"kill -TERM $$"_s}), 143);
    QCOMPARE(stackyardctl({u"host"_s, u"exec"_s, inventory, u"sshd"_s, u"--"_s, u"printf"_s, u"[%s]"_s, u"a b"_s, u"$(id)"_s}, &out), 0);
    QCOMPARE(out, QByteArray("[a b][$(id)]"));
    // copy up and down, with a mode.
    const QString local = mScratch.filePath(u"cli-source.txt"_s);
    QFile source(local);
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("copied by stackyardctl\n");
    source.close();
    const QString remote = mScratch.filePath(u"cli-remote.txt"_s);
    QCOMPARE(stackyardctl({u"host"_s, u"copy"_s, u"--mode"_s, u"0600"_s, inventory, local, u"sshd:"_s + remote}, &out), 0);
    QCOMPARE(QFile(remote).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QString back = mScratch.filePath(u"cli-back.txt"_s);
    QCOMPARE(stackyardctl({u"host"_s, u"copy"_s, inventory, u"sshd:"_s + remote, back}, &out), 0);
    QFile backFile(back);
    QVERIFY(backFile.open(QIODevice::ReadOnly));
    QCOMPARE(backFile.readAll(), QByteArray("copied by stackyardctl\n"));
}

QTEST_GUILESS_MAIN(TestIntegrationTransport)
#include "tst_integration_transport.moc"
