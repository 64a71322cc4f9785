// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the transport layer that need no host: the shell quoting helper (round trip
// through a real /bin/sh), the ssh_config reader (fixture files), known_hosts (plain, hashed as
// ssh-keygen -H writes them, [host]:port, wildcards, changed, @revoked), HostSettings from
// inventory host vars, and the command wrapper's protocol.
#include "inventory/inventory.h"
#include "transport/hostsettings.h"
#include "transport/knownhosts.h"
#include "transport/shellquote.h"
#include "transport/sshconfig.h"
#include "transport/wrappedcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const QString kKey = u"AAAAC3NzaC1lZDI1NTE5AAAAIEnjjzq6+6Fbx+lOrLuDi+iMuUiHwUDAtgtsCfuE8F+1"_s;
QByteArray keyBlob() { return QByteArray::fromBase64(kKey.toLatin1()); }
QByteArray otherBlob()
{
    QByteArray b = keyBlob();
    b[b.size() - 1] = char(b[b.size() - 1] ^ 1);
    return b;
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/"_s + name;
}

} // namespace

class TestTransportConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("HOME", "/home/tester"); }

    void quotingRoundTripsThroughSh_data();
    void quotingRoundTripsThroughSh();
    void wrappedCommandProtocol();

    void sshConfigResolves_data();
    void sshConfigResolves();
    void sshConfigWarnsAboutMatch();

    void knownHostsChecks_data();
    void knownHostsChecks();
    void knownHostsHashedFromSshKeygen();
    void knownHostsAppendAndFingerprint();

    void hostSettingsFromInventory();
    void hostSettingsRefusesPlaintextPassword();
};

void TestTransportConfig::quotingRoundTripsThroughSh_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << QStringList{u"echo"_s, u"hello"_s};
    QTest::newRow("spaces and tabs") << QStringList{u"a b"_s, u"  "_s, u"\t"_s};
    QTest::newRow("quotes") << QStringList{u"it's"_s, u"'"_s, u"''"_s, u"\"double\""_s, u"'\\''"_s};
    QTest::newRow("substitutions") << QStringList{u"$(id)"_s, u"`id`"_s, u"${HOME}"_s, u"$HOME"_s, u"$((1+1))"_s};
    QTest::newRow("operators") << QStringList{u";"_s, u"&&"_s, u"|"_s, u"> /tmp/x"_s, u"<"_s, u"&"_s, u"#"_s};
    QTest::newRow("newlines") << QStringList{u"a\nb"_s, u"\n"_s, u"\r\n"_s};
    QTest::newRow("globs and tilde") << QStringList{u"*"_s, u"?"_s, u"[a]"_s, u"~"_s, u"~root"_s};
    QTest::newRow("empty and dashes") << QStringList{u""_s, u"-n"_s, u"--"_s, u"-e"_s};
    QTest::newRow("backslashes and unicode") << QStringList{u"\\"_s, u"\\n"_s, u"服务器 ✓"_s, u"\u00e9"_s};
}

void TestTransportConfig::quotingRoundTripsThroughSh()
{
    QFETCH(QStringList, words);
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, u"printf '%s\\0' "_s + shellQuote(words)});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(sh.exitCode(), 0);
    QList<QByteArray> out = sh.readAllStandardOutput().split('\0');
    out.removeLast();
    QStringList back;
    for (const QByteArray &w : out)
        back << QString::fromUtf8(w);
    QCOMPARE(back, words);
    QCOMPARE(shellQuoteWord(u"it's"_s), u"'it'\\''s'"_s);
}

void TestTransportConfig::wrappedCommandProtocol()
{
    CommandSpec spec;
    spec.argv = {u"cat"_s};
    spec.become = true;
    WrappedCommand wrapped(spec, true);
    QVERIFY(wrapped.commandLine().contains(u"sudo' '-S' '-p'"_s));
    QVERIFY(!wrapped.commandLine().contains(u"password"_s));
    const QString line = wrapped.commandLine();
    const qsizetype at = line.indexOf(u"[stackyard-sudo:"_s);
    const QByteArray prompt = line.mid(at, line.indexOf(u']', at) - at + 1).toLatin1();
    WrappedCommand::Events e;
    wrapped.feedStdout("4242\n", &e);
    QCOMPARE(wrapped.pid(), qint64(4242));
    QVERIFY(!wrapped.started());
    wrapped.feedStderr(prompt.left(5), &e);
    wrapped.feedStderr(prompt.mid(5), &e);
    QVERIFY(e.sendPassword);
    QVERIFY(e.err.isEmpty());
    WrappedCommand::Events e2;
    wrapped.feedStdout("4243\nreal output", &e2);
    QVERIFY(wrapped.started());
    QCOMPARE(e2.out, QByteArray("real output"));
    WrappedCommand::Events e3;
    wrapped.feedStderr("Sorry, try again.\n" + prompt, &e3);
    QCOMPARE(e3.err, QByteArray("Sorry, try again.\n" + prompt)); // after the start, stderr is the command's
}

void TestTransportConfig::sshConfigResolves_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("identities");
    QTest::addColumn<QString>("proxyJump");
    const QString ed = u"/home/tester/.ssh/id_ed25519"_s;
    QTest::newRow("alias") << u"bastion"_s << u"bastion.example.net"_s << 2222 << u"jump"_s << QStringList{ed} << QString();
    QTest::newRow("wildcard, %h, %r") << u"db-1"_s << u"db-1.internal.example.net"_s << 22 << u"postgres"_s
                                      << QStringList{u"/home/tester/.ssh/db_postgres_db-1.internal.example.net"_s, ed}
                                      << u"bastion"_s;
    QTest::newRow("negated pattern") << u"db-legacy"_s << u"10.0.0.9"_s << 2200 << u"default-user"_s << QStringList{ed} << QString();
    QTest::newRow("several names, quotes") << u"web2"_s << u"192.0.2.10"_s << 22 << u"default-user"_s
                                           << QStringList{u"/home/tester/.ssh/web"_s, ed} << QString();
    QTest::newRow("include") << u"included"_s << u"included.example.org"_s << 22 << u"from-include"_s << QStringList{ed} << QString();
    QTest::newRow("only defaults") << u"elsewhere"_s << QString() << 22 << u"default-user"_s << QStringList{ed} << QString();
}

void TestTransportConfig::sshConfigResolves()
{
    QFETCH(QString, host);
    QFETCH(QString, hostName);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QStringList, identities);
    QFETCH(QString, proxyJump);
    // Include is relative to ~/.ssh: copy the fixtures into a HOME of our own.
    QTemporaryDir home;
    QVERIFY(QDir().mkpath(home.filePath(u".ssh"_s)));
    QVERIFY(QFile::copy(fixture(u"ssh_config/extra.conf"_s), home.filePath(u".ssh/extra.conf"_s)));
    qputenv("HOME", home.path().toUtf8());
    const SshConfig config = SshConfig::load(fixture(u"ssh_config/config"_s));
    const SshConfig::Resolved r = config.resolve(host, u"me"_s);
    qputenv("HOME", "/home/tester");
    QStringList expected;
    for (const QString &i : identities)
        expected << QString(i).replace(u"/home/tester"_s, home.path());
    QCOMPARE(r.hostName, hostName);
    QCOMPARE(r.port, port);
    QCOMPARE(r.user, user);
    QCOMPARE(r.identityFiles, expected);
    QCOMPARE(r.proxyJump, proxyJump);
    QCOMPARE(r.hashKnownHosts, std::optional<bool>(true));
    QCOMPARE(r.userKnownHostsFile, home.path() + u"/.ssh/known_hosts2"_s);
}

void TestTransportConfig::sshConfigWarnsAboutMatch()
{
    const SshConfig config = SshConfig::load(fixture(u"ssh_config/config"_s));
    QCOMPARE(config.resolve(u"nothing-matches-this"_s).user, u"default-user"_s);
    QVERIFY(config.warnings().join(u'\n').contains(u"Match"_s));
    const HostSettings s = HostSettings::fromSshConfig(u"db-7"_s, config);
    QCOMPARE(s.hostName, u"db-7.internal.example.net"_s);
    QCOMPARE(s.proxyJump, u"bastion"_s);
    QVERIFY(s.hashKnownHosts);
}

void TestTransportConfig::knownHostsChecks_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("sameKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("line");
    using S = KnownHosts::Status;
    QTest::newRow("plain name") << u"plain.example.com"_s << 22 << true << int(S::Known) << 3;
    QTest::newRow("second pattern, case") << u"192.0.2.1"_s << 22 << true << int(S::Known) << 3;
    QTest::newRow("upper case name") << u"PLAIN.example.com"_s << 22 << true << int(S::Known) << 3;
    QTest::newRow("plain name, other port") << u"plain.example.com"_s << 2222 << true << int(S::Unknown) << 0;
    QTest::newRow("[host]:port") << u"ported.example.com"_s << 2222 << true << int(S::Known) << 4;
    QTest::newRow("wildcard") << u"a.wild.example.com"_s << 22 << true << int(S::Known) << 5;
    QTest::newRow("negated") << u"bad.wild.example.com"_s << 22 << true << int(S::Unknown) << 0;
    QTest::newRow("changed") << u"changed.example.com"_s << 22 << false << int(S::Changed) << 6;
    QTest::newRow("revoked") << u"revoked.example.com"_s << 22 << true << int(S::Revoked) << 7;
    QTest::newRow("other key type only") << u"rsaonly.example.com"_s << 22 << true << int(S::Unknown) << 0;
    QTest::newRow("unknown host") << u"nowhere.example.com"_s << 22 << true << int(S::Unknown) << 0;
}

void TestTransportConfig::knownHostsChecks()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, sameKey);
    QFETCH(int, status);
    QFETCH(int, line);
    const KnownHosts hosts = KnownHosts::load(fixture(u"known_hosts/known_hosts"_s));
    QCOMPARE(hosts.warnings().size(), 1); // "garbage line"
    const KnownHosts::Check c = hosts.check(host, port, u"ssh-ed25519"_s, sameKey ? keyBlob() : otherBlob());
    QCOMPARE(int(c.status), status);
    QCOMPARE(c.line, line);
    if (c.status == KnownHosts::Status::Changed) {
        QCOMPARE(c.knownFingerprint, KnownHosts::fingerprint(keyBlob()));
        QCOMPARE(c.fingerprint, KnownHosts::fingerprint(otherBlob()));
    }
    if (host.startsWith(u"rsaonly"_s))
        QCOMPARE(c.otherKeyTypes, QStringList{u"ssh-rsa"_s});
}

void TestTransportConfig::knownHostsHashedFromSshKeygen()
{
    // ssh-keygen -H hashes a file in place: our reader must find the hosts in its output.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"known_hosts"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("host.example.com " "ssh-ed25519 " + kKey.toLatin1() + "\n[10.1.2.3]:2200 ssh-ed25519 " + kKey.toLatin1() + "\n");
    file.close();
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-H"_s, u"-f"_s, path});
    QVERIFY(keygen.waitForFinished());
    QCOMPARE(keygen.exitCode(), 0);
    const KnownHosts hosts = KnownHosts::load(path);
    QCOMPARE(hosts.entries().size(), 2);
    QVERIFY(!hosts.entries().constFirst().salt.isEmpty());
    QCOMPARE(hosts.check(u"host.example.com"_s, 22, u"ssh-ed25519"_s, keyBlob()).status, KnownHosts::Status::Known);
    QCOMPARE(hosts.check(u"10.1.2.3"_s, 2200, u"ssh-ed25519"_s, keyBlob()).status, KnownHosts::Status::Known);
    QCOMPARE(hosts.check(u"10.1.2.3"_s, 22, u"ssh-ed25519"_s, keyBlob()).status, KnownHosts::Status::Unknown);
    QCOMPARE(hosts.check(u"10.1.2.3"_s, 2200, u"ssh-ed25519"_s, otherBlob()).status, KnownHosts::Status::Changed);
}

void TestTransportConfig::knownHostsAppendAndFingerprint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/known_hosts"_s);
    QVERIFY(KnownHosts::append(path, KnownHosts::entryLine(u"A.example.com"_s, 22, u"ssh-ed25519"_s, keyBlob(), false)));
    QVERIFY(KnownHosts::append(path, KnownHosts::entryLine(u"b.example.com"_s, 2022, u"ssh-ed25519"_s, keyBlob(), true)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("a.example.com ssh-ed25519 "));
    QVERIFY(lines[1].startsWith("|1|"));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());
    const KnownHosts hosts = KnownHosts::load(path);
    QCOMPARE(hosts.check(u"b.example.com"_s, 2022, u"ssh-ed25519"_s, keyBlob()).status, KnownHosts::Status::Known);
    // The same text ssh-keygen -l prints for this key.
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, path});
    QVERIFY(keygen.waitForFinished());
    QVERIFY(keygen.readAllStandardOutput().contains(KnownHosts::fingerprint(keyBlob()).toLatin1()));
}

void TestTransportConfig::hostSettingsFromInventory()
{
    const std::string text = R"(all:
  vars:
    ansible_user: admin
  children:
    pg-meta:
      hosts:
        10.10.10.10: { pg_seq: 1, ansible_host: db-1, ansible_port: 2201, ansible_become: true, ansible_become_user: postgres }
        10.10.10.11: { pg_seq: 2, ansible_ssh_private_key_file: ~/keys/id, ansible_password: '${secret:hosts/db2}', ansible_become_password: '${secret:hosts/db2-sudo}' }
        127.0.0.1: { pg_seq: 3, ansible_connection: local }
)";
    const Result<Inventory> inventory = Inventory::parse(text, u"inv.yml"_s);
    QVERIFY(inventory);
    const SshConfig config = SshConfig::parse("Host db-*\n  HostName %h.lan\n  User fromconfig\n  Port 2999\n", u"cfg"_s);
    const Result<HostSettings> a = HostSettings::fromInventory(*inventory, u"10.10.10.10"_s, config);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
    QCOMPARE(a->hostName, u"db-1.lan"_s);
    QCOMPARE(a->port, 2201);         // ansible_port over Port
    QCOMPARE(a->user, u"admin"_s);   // ansible_user (all.vars) over User
    QVERIFY(a->become);
    QCOMPARE(a->becomeUser, u"postgres"_s);
    QVERIFY(!a->local);
    QCOMPARE(a->label(), u"admin@db-1.lan:2201"_s);

    const Result<HostSettings> b = HostSettings::fromInventory(*inventory, u"10.10.10.11"_s, config);
    QVERIFY(b);
    QCOMPARE(b->hostName, u"10.10.10.11"_s);
    QCOMPARE(b->port, 22);
    QCOMPARE(b->identityFiles, QStringList{u"/home/tester/keys/id"_s});
    QCOMPARE(b->passwordSecret, u"hosts/db2"_s);
    QCOMPARE(b->becomePasswordSecret, u"hosts/db2-sudo"_s);

    const Result<HostSettings> c = HostSettings::fromInventory(*inventory, u"127.0.0.1"_s, config);
    QVERIFY(c);
    QVERIFY(c->local);
    QCOMPARE(c->label(), u"local"_s);

    QVERIFY(!HostSettings::fromInventory(*inventory, u"10.9.9.9"_s, config));
}

void TestTransportConfig::hostSettingsRefusesPlaintextPassword()
{
    const Result<Inventory> inventory = Inventory::parse(
        "all:\n  children:\n    g:\n      hosts:\n        h1: { ansible_password: hunter2 }\n        h2: { ansible_connection: winrm }\n"
        "        h3: { ansible_port: http }\n",
        u"inv.yml"_s);
    QVERIFY(inventory);
    const Result<HostSettings> h1 = HostSettings::fromInventory(*inventory, u"h1"_s, SshConfig());
    QVERIFY(!h1);
    QCOMPARE(h1.error().where, u"inv.yml:5"_s);
    QVERIFY(!h1.error().toString().contains(u"hunter2"_s));
    QVERIFY(!HostSettings::fromInventory(*inventory, u"h2"_s, SshConfig()));
    QVERIFY(!HostSettings::fromInventory(*inventory, u"h3"_s, SshConfig()));
}

QTEST_GUILESS_MAIN(TestTransportConfig)
#include "tst_transportconfig.moc"
