// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture's real sshd through the OpenSSH client, run by QProcess: key login with strict
// host key checking, arguments with spaces and quotes, remote exit statuses, and refusal of a
// host whose key is unknown or different.
#include "testservers.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using stackyard::test::TestServers;

namespace {

constexpr int kTimeoutMs = 60 * 1000;

// One word for a POSIX shell: 'it'\''s' style.
QString shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

struct SshRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)")
            + "\nstdout: " + out + "\nstderr: " + err;
    }
};

} // namespace

class TestIntegrationSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsCommandAsUser();
    void argumentsSurviveQuoting_data();
    void argumentsSurviveQuoting();
    void exitStatusIsPassedThrough_data();
    void exitStatusIsPassedThrough();
    void knownHostsFingerprintMatches();
    void emptyKnownHostsIsRefused();
    void changedHostKeyIsRefused();

private:
    SshRun ssh(const QString &remoteCommand, const QString &knownHosts = QString()) const;
    static SshRun run(const QString &program, const QStringList &arguments);

    TestServers mServers;
    QTemporaryDir mScratch;
};

SshRun TestIntegrationSsh::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    SshRun result;
    if (!process.waitForStarted(kTimeoutMs)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(kTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

SshRun TestIntegrationSsh::ssh(const QString &remoteCommand, const QString &knownHosts) const
{
    const QString knownHostsFile = knownHosts.isEmpty() ? mServers.value(u"SSH_KNOWN_HOSTS"_s) : knownHosts;
    // -F /dev/null: nothing from ~/.ssh/config or /etc/ssh/ssh_config changes what is tested.
    const QStringList arguments = {
        u"-F"_s, u"/dev/null"_s,
        u"-i"_s, mServers.value(u"SSH_KEY"_s),
        u"-p"_s, mServers.value(u"SSH_PORT"_s),
        u"-o"_s, u"UserKnownHostsFile=%1"_s.arg(knownHostsFile),
        u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
        u"-o"_s, u"StrictHostKeyChecking=yes"_s,
        u"-o"_s, u"BatchMode=yes"_s,
        u"-o"_s, u"IdentitiesOnly=yes"_s,
        u"-o"_s, u"ConnectTimeout=10"_s,
        u"-o"_s, u"LogLevel=ERROR"_s,
        u"%1@%2"_s.arg(mServers.value(u"SSH_USER"_s), mServers.value(u"SSH_HOST"_s)),
        u"--"_s,
        remoteCommand,
    };
    return run(u"ssh"_s, arguments);
}

void TestIntegrationSsh::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY2(mScratch.isValid(), qPrintable(mScratch.errorString()));
}

void TestIntegrationSsh::runsCommandAsUser()
{
    const SshRun result = ssh(u"id -un"_s);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 0,
             result.describe().constData());
    QCOMPARE(QString::fromUtf8(result.out).trimmed(), mServers.value(u"SSH_USER"_s));
}

void TestIntegrationSsh::argumentsSurviveQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("spaces") << u"two  spaces and\ta tab"_s;
    QTest::newRow("single quotes") << u"it's 'quoted'"_s;
    QTest::newRow("double quotes") << u"say \"hi\""_s;
    QTest::newRow("shell characters") << u"$HOME `id` $(id) ; | & > < * ? ~ #"_s;
    QTest::newRow("backslashes") << u"a\\b\\\\c\\n"_s;
    QTest::newRow("unicode") << u"服务器 ✓ café"_s;
    QTest::newRow("leading dash") << u"-n not an option"_s;
}

void TestIntegrationSsh::argumentsSurviveQuoting()
{
    QFETCH(QString, argument);
    // ssh hands the command line to the remote user's shell, so each word is quoted for it.
    const QString remote = u"printf '%s\\n' "_s + shellQuote(argument);
    const SshRun result = ssh(remote);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 0,
             result.describe().constData());
    QCOMPARE(QString::fromUtf8(result.out), argument + u'\n');
}

void TestIntegrationSsh::exitStatusIsPassedThrough_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("true") << u"true"_s << 0;
    QTest::newRow("exit 3") << u"exit 3"_s << 3;
    QTest::newRow("false") << u"false"_s << 1;
    QTest::newRow("exit 42 after output") << u"echo partial; exit 42"_s << 42;
}

void TestIntegrationSsh::exitStatusIsPassedThrough()
{
    QFETCH(QString, command);
    QFETCH(int, expectedStatus);
    const SshRun result = ssh(command);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit, result.describe().constData());
    QVERIFY2(result.exitCode == expectedStatus, result.describe().constData());
}

void TestIntegrationSsh::knownHostsFingerprintMatches()
{
    const QString knownHosts = mServers.value(u"SSH_KNOWN_HOSTS"_s);
    const QString hostPattern = u"[%1]:%2"_s.arg(mServers.value(u"SSH_HOST"_s), mServers.value(u"SSH_PORT"_s));
    const SshRun result = run(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-F"_s, hostPattern,
                                                 u"-f"_s, knownHosts});
    QVERIFY2(result.finished && result.exitCode == 0, result.describe().constData());
    QVERIFY2(QString::fromUtf8(result.out).contains(mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s)),
             result.describe().constData());
}

void TestIntegrationSsh::emptyKnownHostsIsRefused()
{
    const QString empty = mScratch.filePath(u"empty_known_hosts"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();

    const SshRun result = ssh(u"echo should-not-run"_s, empty);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit, result.describe().constData());
    QVERIFY2(result.exitCode == 255, result.describe().constData());
    QVERIFY2(result.err.contains("Host key verification failed"), result.describe().constData());
    QVERIFY(!result.out.contains("should-not-run"));
    QCOMPARE(QFile(empty).size(), 0); // StrictHostKeyChecking=yes never adds the key
}

void TestIntegrationSsh::changedHostKeyIsRefused()
{
    const QString otherKey = mScratch.filePath(u"other_host_key"_s);
    const SshRun keygen = run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(),
                                                u"-f"_s, otherKey});
    QVERIFY2(keygen.finished && keygen.exitCode == 0, keygen.describe().constData());
    QFile pub(otherKey + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    QVERIFY(fields.size() >= 2);

    const QString knownHosts = mScratch.filePath(u"changed_known_hosts"_s);
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray line = "[" + mServers.value(u"SSH_HOST"_s).toUtf8() + "]:"
        + mServers.value(u"SSH_PORT"_s).toUtf8() + " " + fields.at(0) + " " + fields.at(1) + "\n";
    QVERIFY(file.write(line) == line.size());
    file.close();

    const SshRun result = ssh(u"echo should-not-run"_s, knownHosts);
    QVERIFY2(result.finished && result.exitCode == 255, result.describe().constData());
    QVERIFY2(result.err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), result.describe().constData());
    QVERIFY(!result.out.contains("should-not-run"));
}

QTEST_GUILESS_MAIN(TestIntegrationSsh)
#include "tst_integration_ssh.moc"
