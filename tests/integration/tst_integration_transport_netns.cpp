// SPDX-License-Identifier: GPL-3.0-or-later
// Several hosts with their own addresses: three network namespaces, each joined to this one by
// a veth pair (198.18.N.1 here, 198.18.N.2 there — the benchmarking range, which no real network routes) and running its own sshd on port 22. The pool
// connects to all three in parallel with at most two sessions open at once, and each command
// proves by its addresses that it ran inside its own namespace. Needs root (ip netns); under CI
// a missing root is a failure, not a skip. Everything is removed at the end.
#include "testservers.h"

#include "transport/sshpool.h"
#include "transport/sshtransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::TestServers;

namespace {

constexpr int kHosts = 3;

bool run(const QStringList &command, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.constFirst(), command.mid(1));
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = p.readAll();
    return ok;
}

} // namespace

class TestIntegrationTransportNetns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parallelHostsThroughBoundedPool();

private:
    QString ns(int i) const { return u"stackyard-t%1-%2"_s.arg(mTag).arg(i); }
    QString hostVeth(int i) const { return u"syh%1%2"_s.arg(mTag).arg(i); }
    QString address(int i) const { return u"198.18.%1.2"_s.arg(i + 1); }
    QString subnet(int i) const { return u"198.18.%1.0/24"_s.arg(i + 1); }
    bool listening(int i) const;
    QString diagnostics(int i) const;

    TestServers mServers;
    QTemporaryDir mScratch;
    int mTag = int(::getpid() % 10000);
    QList<qint64> mSshdPids;
    bool mCreated = false;
};

void TestIntegrationTransportNetns::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    if (::geteuid() != 0) {
        if (TestServers::inContinuousIntegration())
            QFAIL("creating network namespaces (ip netns, veth) needs root; CI runs as root, so this must not happen there");
        QSKIP("needs root for ip netns");
    }
    QVERIFY2(QFile::exists(u"/usr/sbin/sshd"_s), "openssh-server is not installed");
    const QString serverDir = mServers.value(u"SERVERS_DIR"_s) + u"/ssh"_s;
    mCreated = true;
    QByteArray out;
    for (int i = 0; i < kHosts; ++i) {
        const QString peer = u"syn%1%2"_s.arg(mTag).arg(i);
        run({u"ip"_s, u"netns"_s, u"del"_s, ns(i)}); // left over from a crashed run
        QVERIFY2(run({u"ip"_s, u"netns"_s, u"add"_s, ns(i)}, &out), out.constData());
        QVERIFY2(run({u"ip"_s, u"link"_s, u"add"_s, hostVeth(i), u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, peer}, &out), out.constData());
        QVERIFY2(run({u"ip"_s, u"link"_s, u"set"_s, peer, u"netns"_s, ns(i)}, &out), out.constData());
        QVERIFY2(run({u"ip"_s, u"addr"_s, u"add"_s, u"198.18.%1.1/24"_s.arg(i + 1), u"dev"_s, hostVeth(i)}, &out), out.constData());
        QVERIFY2(run({u"ip"_s, u"link"_s, u"set"_s, hostVeth(i), u"up"_s}, &out), out.constData());
        // A sandbox may route with rules of its own ahead of the main table; ours comes first.
        run({u"ip"_s, u"rule"_s, u"del"_s, u"to"_s, subnet(i), u"lookup"_s, u"main"_s, u"pref"_s, u"5"_s});
        QVERIFY2(run({u"ip"_s, u"rule"_s, u"add"_s, u"to"_s, subnet(i), u"lookup"_s, u"main"_s, u"pref"_s, u"5"_s}, &out),
                 out.constData());
        const QStringList inNs{u"ip"_s, u"netns"_s, u"exec"_s, ns(i)};
        QVERIFY2(run(inNs + QStringList{u"ip"_s, u"addr"_s, u"add"_s, address(i) + u"/24"_s, u"dev"_s, peer}, &out), out.constData());
        QVERIFY2(run(inNs + QStringList{u"ip"_s, u"link"_s, u"set"_s, peer, u"up"_s}, &out), out.constData());
        QVERIFY2(run(inNs + QStringList{u"ip"_s, u"link"_s, u"set"_s, u"lo"_s, u"up"_s}, &out), out.constData());

        const QString config = mScratch.filePath(u"sshd_config_%1"_s.arg(i));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Port 22\nListenAddress %1\nHostKey %2/host_ed25519_key\nPidFile %3/sshd_%4.pid\n"
                   "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                   "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nSubsystem sftp /usr/lib/openssh/sftp-server\n"_s
                       .arg(address(i), serverDir, mScratch.path())
                       .arg(i)
                       .toUtf8());
        file.close();
        QVERIFY2(run(inNs + QStringList{u"/usr/sbin/sshd"_s, u"-f"_s, config, u"-E"_s, mScratch.filePath(u"sshd_%1.log"_s.arg(i))}, &out),
                 out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mScratch.filePath(u"sshd_%1.pid"_s.arg(i))), 15000);
        QFile pid(mScratch.filePath(u"sshd_%1.pid"_s.arg(i)));
        QVERIFY(pid.open(QIODevice::ReadOnly));
        mSshdPids << pid.readAll().trimmed().toLongLong();
        // The pid file can appear before the route and listener are usable from this namespace;
        // wait for a real TCP handshake, and say what the network looked like when there is none.
        QElapsedTimer waited;
        waited.start();
        while (!listening(i) && waited.elapsed() < 20000)
            QThread::msleep(100);
        QVERIFY2(listening(i), qPrintable(diagnostics(i)));
    }
    // Port 22 is the plain "address" form in known_hosts.
    QFile hostKey(serverDir + u"/host_ed25519_key.pub"_s);
    QVERIFY(hostKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = hostKey.readAll().trimmed().split(' ');
    QFile known(mScratch.filePath(u"known_hosts"_s));
    QVERIFY(known.open(QIODevice::WriteOnly));
    for (int i = 0; i < kHosts; ++i)
        known.write(address(i).toUtf8() + ' ' + fields[0] + ' ' + fields[1] + '\n');
}

bool TestIntegrationTransportNetns::listening(int i) const
{
    QTcpSocket socket;
    socket.connectToHost(address(i), 22);
    return socket.waitForConnected(2000);
}

QString TestIntegrationTransportNetns::diagnostics(int i) const
{
    QString text = u"sshd in %1 is not reachable at %2:22 from the test's namespace.\n"_s.arg(ns(i), address(i));
    const QList<QStringList> commands{
        {u"ip"_s, u"route"_s, u"get"_s, address(i)},
        {u"ip"_s, u"rule"_s},
        {u"ip"_s, u"-br"_s, u"addr"_s, u"show"_s, u"dev"_s, hostVeth(i)},
        {u"ip"_s, u"netns"_s, u"exec"_s, ns(i), u"ip"_s, u"-br"_s, u"addr"_s},
        {u"ip"_s, u"netns"_s, u"exec"_s, ns(i), u"ss"_s, u"-ltnp"_s},
        {u"cat"_s, mScratch.filePath(u"sshd_%1.log"_s.arg(i))},
    };
    for (const QStringList &command : commands) {
        QByteArray out;
        run(command, &out);
        text += u"$ "_s + command.join(u' ') + u'\n' + QString::fromUtf8(out);
    }
    return text;
}

void TestIntegrationTransportNetns::cleanupTestCase()
{
    for (const qint64 pid : std::as_const(mSshdPids))
        run({u"kill"_s, QString::number(pid)});
    if (!mCreated)
        return;
    for (int i = 0; i < kHosts; ++i) {
        run({u"ip"_s, u"rule"_s, u"del"_s, u"to"_s, subnet(i), u"lookup"_s, u"main"_s, u"pref"_s, u"5"_s});
        run({u"ip"_s, u"link"_s, u"del"_s, hostVeth(i)});
        run({u"ip"_s, u"netns"_s, u"del"_s, ns(i)});
    }
}

void TestIntegrationTransportNetns::parallelHostsThroughBoundedPool()
{
    SshPool::Limits limits;
    limits.maxConnections = 2;
    SshPool pool(limits);
    std::atomic<int> maxOpen{0};
    std::atomic<bool> done{false};
    std::thread monitor([&] {
        while (!done) {
            maxOpen = std::max(maxOpen.load(), pool.openSessions());
            QThread::msleep(5);
        }
    });
    QList<QByteArray> outputs(kHosts);
    QStringList errors;
    std::mutex errorsMutex;
    std::vector<std::thread> workers;
    for (int i = 0; i < kHosts; ++i)
        workers.emplace_back([&, i] {
            HostSettings s;
            s.name = u"ns%1"_s.arg(i);
            s.hostName = address(i);
            s.user = mServers.value(u"SSH_USER"_s);
            s.identityFiles = {mServers.value(u"SSH_KEY"_s)};
            s.identityAgent = u"none"_s;
            s.knownHostsFile = mScratch.filePath(u"known_hosts"_s);
            s.globalKnownHostsFiles = {};
            s.connectTimeoutMs = 30000;
            SshTransport transport(s, TransportOptions{{}, {}, &pool});
            CommandSpec spec;
            spec.argv = {u"sh"_s, u"-c"_s, u"sleep 1; ip -o -4 addr show"_s};
            const Result<CommandResult> r = transport.execute(spec);
            const std::lock_guard lock(errorsMutex);
            if (!r || !r->status.success())
                errors << (r ? QString::fromUtf8(r->stderrData) : r.error().toString());
            else
                outputs[i] = r->stdoutData;
        });
    for (std::thread &t : workers)
        t.join();
    done = true;
    monitor.join();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    for (int i = 0; i < kHosts; ++i) {
        QVERIFY2(outputs[i].contains(address(i).toUtf8()), outputs[i].constData());
        for (int j = 0; j < kHosts; ++j)
            if (j != i)
                QVERIFY2(!outputs[i].contains(address(j).toUtf8()), outputs[i].constData());
    }
    QVERIFY2(maxOpen.load() <= 2, qPrintable(u"%1 sessions were open at once"_s.arg(maxOpen.load())));
    QVERIFY(maxOpen.load() >= 1);
}

QTEST_GUILESS_MAIN(TestIntegrationTransportNetns)
#include "tst_integration_transport_netns.moc"
