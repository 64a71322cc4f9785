// SPDX-License-Identifier: GPL-3.0-or-later
#include "transportchecks.h"
#include "testservers.h"

#include "transport/transport.h"
#include "transport/transportjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard::test::transportchecks {

namespace {

QByteArray describe(const Result<CommandResult> &r)
{
    if (!r)
        return r.error().toString().toUtf8();
    return r->status.toString().toUtf8() + "\nstdout: " + r->stdoutData.left(2000) + "\nstderr: " + r->stderrData.left(2000);
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return 0;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (file.write(block.constData(), std::min<qint64>(block.size(), size - done)) < 0)
            return false;
    }
    return true;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.hasExpired(ms))
            return false;
        QThread::msleep(50);
    }
    return true;
}

CommandSpec loopCommand(const QString &marker)
{
    // The marker is $0 of the shell: pgrep -f finds the shell; its sleep children share its group.
    CommandSpec spec;
    spec.argv = {u"sh"_s, u"-c"_s, u"while :; do sleep 1; done"_s, marker};
    return spec;
}

} // namespace

QString uniqueMarker()
{
    return u"stackyard-marker-"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
}

int processCount(const QString &marker)
{
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, {u"-f"_s, u"-c"_s, u"--"_s, marker});
    pgrep.waitForFinished(10000);
    return pgrep.readAllStandardOutput().trimmed().toInt();
}

void nastyArgumentsArriveUnchanged(Transport &transport)
{
    const QStringList nasty = {
        u"two  spaces\tand a tab"_s, u"it's 'quoted'"_s, u"say \"hi\""_s, u"$(touch /tmp/stackyard-pwned) `id` $HOME"_s,
        u"a; rm -rf /nonexistent | cat & echo"_s, u"line one\nline two\n"_s, u"back\\slash \\n"_s, u"-n"_s, u""_s,
        u"*"_s, u"服务器 ✓ café"_s, u"'"_s, u"\"'\"'"_s, u"~root"_s, u"#comment"_s,
    };
    CommandSpec spec;
    spec.argv = QStringList{u"printf"_s, u"%s\\0"_s} + nasty;
    const Result<CommandResult> r = transport.execute(spec);
    QVERIFY2(r && r->status.success(), describe(r).constData());
    QList<QByteArray> words = r->stdoutData.split('\0');
    QCOMPARE(words.takeLast(), QByteArray()); // after the last NUL
    QCOMPARE(words.size(), nasty.size());
    for (qsizetype i = 0; i < nasty.size(); ++i)
        QCOMPARE(QString::fromUtf8(words[i]), nasty[i]);
    QVERIFY(!QFile::exists(u"/tmp/stackyard-pwned"_s));
}

void exitCodesAndSignals(Transport &transport)
{
    CommandSpec three;
    three.argv = {u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s};
    const Result<CommandResult> r = transport.execute(three);
    QVERIFY2(r, describe(r).constData());
    QCOMPARE(r->status, ExitStatus::exited(3));
    QCOMPARE(r->stdoutData, QByteArray("out\n"));
    QCOMPARE(r->stderrData, QByteArray("err\n"));

    CommandSpec killed;
    killed.argv = {u"sh"_s, u"-c"_s, u"kill -TERM $$"_s};
    const Result<CommandResult> k = transport.execute(killed);
    QVERIFY2(k, describe(k).constData());
    QCOMPARE(k->status.kind, ExitStatus::Kind::Signaled);
    QCOMPARE(k->status.signal, u"TERM"_s);
    QCOMPARE(k->status.shellStatus(), 143);

    CommandSpec missing;
    missing.argv = {u"stackyard-no-such-program"_s};
    const Result<CommandResult> m = transport.execute(missing);
    QVERIFY2(m, describe(m).constData());
    QCOMPARE(m->status, ExitStatus::exited(127));
}

void stdinEnvironmentAndDirectory(Transport &transport)
{
    QByteArray input(1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < input.size(); ++i)
        input[i] = char(i * 7 + i / 255);
    CommandSpec cat;
    cat.argv = {u"cat"_s};
    cat.stdinData = input;
    const Result<CommandResult> c = transport.execute(cat);
    QVERIFY2(c && c->status.success(), describe(c).constData());
    QVERIFY(c->stdoutData == input);

    CommandSpec env;
    env.argv = {u"sh"_s, u"-c"_s, u"printf '%s|' \"$STACKYARD_A\" \"$STACKYARD_B\"; pwd"_s};
    env.environment = {{u"STACKYARD_A"_s, u"a b'c $(x)"_s}, {u"STACKYARD_B"_s, u"line\nbreak"_s}};
    env.workingDirectory = u"/usr/share"_s;
    const Result<CommandResult> e = transport.execute(env);
    QVERIFY2(e && e->status.success(), describe(e).constData());
    QCOMPARE(e->stdoutData, QByteArray("a b'c $(x)|line\nbreak|/usr/share\n"));

    CommandSpec invalid;
    invalid.argv = {u"true"_s};
    invalid.environment = {{u"A;B"_s, u"x"_s}};
    QVERIFY(!transport.execute(invalid));
}

void largeOutputHasBoundedMemory(Transport &transport)
{
    CommandSpec spec;
    spec.argv = {u"head"_s, u"-c"_s, u"100000000"_s, u"/dev/zero"_s};
    qint64 received = 0;
    const qint64 before = residentKiB();
    qint64 peak = before;
    int chunks = 0;
    const Result<ExitStatus> status = transport.run(spec, [&](OutputStream stream, const QByteArray &chunk) {
        if (stream == OutputStream::Stdout)
            received += chunk.size();
        if (++chunks % 64 == 0)
            peak = std::max(peak, residentKiB());
    });
    QVERIFY2(status && status->success(), status ? qPrintable(status->toString()) : qPrintable(status.error().toString()));
    QCOMPARE(received, qint64(100000000));
    const qint64 growth = peak - before;
    qInfo("resident set: %lld KiB before, %lld KiB peak (+%lld KiB) for 100 MB of output", before, peak, growth);
    QVERIFY2(growth < 32 * 1024, qPrintable(u"the resident set grew by %1 KiB"_s.arg(growth)));
}

void cancelKillsTheRemoteProcessGroup(Transport &transport)
{
    const QString marker = uniqueMarker();
    CancelToken cancel;
    std::atomic<bool> done{false};
    Result<ExitStatus> status = Error{};
    std::thread runner([&] {
        status = transport.run(loopCommand(marker), {}, cancel);
        done = true;
    });
    const bool appeared = waitFor([&] { return processCount(marker) > 0; }, 15000);
    cancel.cancel();
    runner.join();
    QVERIFY2(appeared, "the command never started on the host");
    QVERIFY2(done && status, status ? "" : qPrintable(status.error().toString()));
    QCOMPARE(status->kind, ExitStatus::Kind::Cancelled);
    QVERIFY2(waitFor([&] { return processCount(marker) == 0; }, 5000), "the remote process survived the cancel");
}

void timeoutKillsTheRemoteProcess(Transport &transport)
{
    const QString marker = uniqueMarker();
    CommandSpec spec = loopCommand(marker);
    spec.timeoutMs = 1500;
    const Result<ExitStatus> status = transport.run(spec, {});
    QVERIFY2(status, qPrintable(status ? QString() : status.error().toString()));
    QCOMPARE(status->kind, ExitStatus::Kind::TimedOut);
    QCOMPARE(status->shellStatus(), 124);
    QVERIFY2(waitFor([&] { return processCount(marker) == 0; }, 5000), "the remote process survived the timeout");
}

void fileRoundTrip(Transport &transport, const QString &scratchDir)
{
    const QString source = scratchDir + u"/source.bin"_s;
    const QString remote = scratchDir + u"/remote copy.bin"_s;
    const QString back = scratchDir + u"/back.bin"_s;
    QVERIFY(writeRandomFile(source, 64 * 1024 * 1024));
    qint64 lastDone = 0, lastTotal = 0;
    int calls = 0;
    FileOptions options;
    options.mode = 0640;
    const Result<TransferResult> up = transport.upload(source, remote, options, [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    });
    QVERIFY2(up, qPrintable(up ? QString() : up.error().toString()));
    QCOMPARE(up->bytes, qint64(64 * 1024 * 1024));
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(calls > 1);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(remote).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0640);
    const Result<TransferResult> down = transport.download(remote, back);
    QVERIFY2(down, qPrintable(down ? QString() : down.error().toString()));
    QCOMPARE(sha256(back), sha256(source));
    QCOMPARE(sha256(remote), sha256(source));
    // Replacing keeps no temporary file behind.
    QVERIFY(writeRandomFile(source, 1000));
    QVERIFY(transport.upload(source, remote));
    QCOMPARE(sha256(remote), sha256(source));
    QCOMPARE(QDir(scratchDir).entryList({u".*stackyard*"_s}, QDir::Files | QDir::Hidden).size(), 0);
}

void cancelledUploadLeavesTheOldFile(Transport &transport, const QString &scratchDir)
{
    const QString source = scratchDir + u"/big.bin"_s;
    const QString target = scratchDir + u"/target.txt"_s;
    QVERIFY(writeRandomFile(source, 64 * 1024 * 1024));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
    old.write("the old content\n");
    old.close();
    CancelToken cancel;
    const Result<TransferResult> up = transport.upload(source, target, {}, [&](qint64 done, qint64) {
        if (done >= 8 * 1024 * 1024)
            cancel.cancel();
        // Whatever moment we look, the destination is complete: old or new, never partial.
        QFile check(target);
        if (check.open(QIODevice::ReadOnly))
            QVERIFY(check.readAll() == "the old content\n");
    }, cancel);
    QVERIFY(!up);
    QFile after(target);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("the old content\n"));
    QCOMPARE(QDir(scratchDir).entryList({u".*stackyard*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void becomeRunsAsAnotherUser(Transport &transport)
{
    if (QStandardPaths::findExecutable(u"sudo"_s).isEmpty() || ::geteuid() != 0)
        QSKIP("sudo without a password needs root here (the password path has its own SSH test)");
    CommandSpec spec;
    spec.argv = {u"id"_s, u"-un"_s};
    spec.become = true;
    spec.becomeUser = u"nobody"_s;
    const Result<CommandResult> r = transport.execute(spec);
    QVERIFY2(r && r->status.success(), describe(r).constData());
    QCOMPARE(r->stdoutData, QByteArray("nobody\n"));
}

void asyncJobSignalsAndCancel(const std::shared_ptr<Transport> &transport)
{
    CommandSpec echo;
    echo.argv = {u"sh"_s, u"-c"_s, u"echo hello; echo oops >&2; exit 5"_s};
    TransportJob *job = transport->startCommand(echo);
    QSignalSpy out(job, &TransportJob::stdoutData);
    QSignalSpy err(job, &TransportJob::stderrData);
    QSignalSpy finished(job, &TransportJob::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    const JobResult result = finished.constFirst().constFirst().value<JobResult>();
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.status, ExitStatus::exited(5));
    QByteArray stdoutText;
    for (const QList<QVariant> &args : std::as_const(out))
        stdoutText += args.constFirst().toByteArray();
    QCOMPARE(stdoutText, QByteArray("hello\n"));
    QVERIFY(!err.isEmpty());
    delete job;

    // cancel() from another thread while the GUI thread only runs its event loop.
    const QString marker = uniqueMarker();
    TransportJob *loop = transport->startCommand(loopCommand(marker));
    QSignalSpy loopFinished(loop, &TransportJob::finished);
    QVERIFY(waitFor([&] { return processCount(marker) > 0; }, 15000));
    std::thread([loop] { loop->cancel(); }).join();
    QVERIFY(loopFinished.wait(15000));
    const JobResult cancelled = loopFinished.constFirst().constFirst().value<JobResult>();
    QVERIFY(cancelled.ok);
    QCOMPARE(cancelled.status.kind, ExitStatus::Kind::Cancelled);
    QVERIFY(waitFor([&] { return processCount(marker) == 0; }, 5000));
    delete loop;
}

} // namespace stackyard::test::transportchecks

stackyard::HostSettings stackyard::test::fixtureSshSettings(const TestServers &servers)
{
    HostSettings s;
    s.name = QStringLiteral("test-sshd");
    s.hostName = servers.value(QStringLiteral("SSH_HOST"));
    s.port = servers.intValue(QStringLiteral("SSH_PORT"));
    s.user = servers.value(QStringLiteral("SSH_USER"));
    s.identityFiles = {servers.value(QStringLiteral("SSH_KEY"))};
    s.identitiesOnly = true;
    s.identityAgent = QStringLiteral("none");
    s.knownHostsFile = servers.value(QStringLiteral("SSH_KNOWN_HOSTS"));
    s.globalKnownHostsFiles = {};
    return s;
}
