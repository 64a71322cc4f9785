// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore and `stackyardctl secret` against a real keyring: GNOME Keyring on a private D-Bus
// session, started by tests/harness/with-keyring (CTest runs this program through it).
//
// No secret value is ever printed: comparisons of values use QVERIFY2 with a fixed message,
// never QCOMPARE (which would print both sides on a failure).
#include "secrets/secretref.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

constexpr int answerWithinMs = 20000;

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QString mPrefix; // unique per run: names never collide with anything already stored

    QString name(const QString &leaf) const { return mPrefix + leaf; }

    // Not reaching the keyring is a failure under CI and a skip elsewhere.
    static bool unavailable(const QString &why)
    {
        const QString message = u"The keyring is not reachable: %1"_s.arg(why);
        if (!qEnvironmentVariableIsEmpty("CI")) {
            QTest::qFail(qPrintable(message + u" (CI is set: this is a failure)"_s), __FILE__, __LINE__);
            return false;
        }
        QTest::qSkip(qPrintable(message + u" (set CI=1 to make this a failure)"_s), __FILE__, __LINE__);
        return false;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STACKYARDCTL"), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(answerWithinMs))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        mPrefix = u"stackyard-test/%1/"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        // Only ever the throw-away keyring of with-keyring, never the user's own.
        const QByteArray sandbox = qgetenv("STACKYARD_KEYRING_SANDBOX");
        if (sandbox != "1") {
            unavailable(sandbox.isEmpty()
                            ? u"not started through tests/harness/with-keyring, which provides a throw-away keyring "
                              u"(this test never uses the user's own)"_s
                            : u"with-keyring could not start GNOME Keyring (its message is above)"_s);
            return;
        }
        const Result<bool> probe = SecretStore::existsNow(name(u"probe"_s));
        if (!probe) {
            unavailable(probe.error().toString());
            return;
        }
        QVERIFY2(!*probe, "a fresh name does not exist yet");
    }

    void writeReadOverwriteRemove()
    {
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        QSignalSpy failed(&store, &SecretStore::failed);
        const QString n = name(u"pg-meta/dbuser_meta"_s);

        quint64 id = store.write(n, u"first value"_s);
        QVERIFY(written.wait(answerWithinMs));
        QCOMPARE(written.takeFirst(), (QList<QVariant>{id, n}));

        id = store.read(n);
        QVERIFY(read.wait(answerWithinMs));
        QList<QVariant> args = read.takeFirst();
        QCOMPARE(args.at(0).value<quint64>(), id);
        QCOMPARE(args.at(1).toString(), n);
        QVERIFY2(args.at(2).toString() == u"first value"_s, "the value read back differs from the one written");

        id = store.write(n, u"second value"_s);
        QVERIFY(written.wait(answerWithinMs));
        QCOMPARE(written.takeFirst().at(0).value<quint64>(), id);
        id = store.read(n);
        QVERIFY(read.wait(answerWithinMs));
        args = read.takeFirst();
        QCOMPARE(args.at(0).value<quint64>(), id);
        QVERIFY2(args.at(2).toString() == u"second value"_s, "an overwrite did not replace the value");

        id = store.remove(n);
        QVERIFY(removed.wait(answerWithinMs));
        QCOMPARE(removed.takeFirst(), (QList<QVariant>{id, n}));

        id = store.read(n);
        QVERIFY(failed.wait(answerWithinMs));
        args = failed.takeFirst();
        QCOMPARE(args.at(0).value<quint64>(), id);
        QCOMPARE(args.at(2).value<SecretStore::Failure>(), SecretStore::Failure::NotFound);
        QCOMPARE(read.size(), 0);
    }

    void readMissing()
    {
        const QString n = name(u"never-stored"_s);
        SecretStore store;
        QSignalSpy failed(&store, &SecretStore::failed);
        const quint64 id = store.read(n);
        QVERIFY(failed.wait(answerWithinMs));
        QCOMPARE(failed.first().at(0).value<quint64>(), id);
        QCOMPARE(failed.first().at(2).value<SecretStore::Failure>(), SecretStore::Failure::NotFound);
        const Error error = failed.first().at(1).value<Error>();
        QCOMPARE(error.what, u"No secret named %1 in the keychain"_s.arg(n));
        QCOMPARE(error.where, SecretRef::format(n));
        QCOMPARE(error.hint, u"Store it with: stackyardctl secret set %1"_s.arg(n));

        const Result<QString> now = SecretStore::readNow(n);
        QVERIFY(!now);
        QCOMPARE(now.error().what, error.what);
        const Result<bool> exists = SecretStore::existsNow(n);
        QVERIFY(exists);
        QVERIFY(!*exists);
        // Removing what is not there is not an error.
        QVERIFY(SecretStore::removeNow(n));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << u"DBUser.Meta"_s;
        QTest::newRow("unicode") << u"pässwörd 密码 🔑 Ωμέγα"_s;
        QTest::newRow("newlines") << u"line one\nline two\r\nline three\n"_s;
        QTest::newRow("shell characters") << u"$HOME `id` \"q\" 'q' \\ ; | & * ? ${secret:x}"_s;
        QTest::newRow("spaces around") << u"  padded\t"_s;
        QTest::newRow("long") << QString(4096, u'x');
    }

    void roundTrip()
    {
        QFETCH(QString, value);
        const QString n = name(u"roundtrip/"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        const Result<bool> written = SecretStore::writeNow(n, value);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const Result<QString> read = SecretStore::readNow(n);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QVERIFY2(*read == value, "the value read back differs from the one written");
        QVERIFY(SecretStore::removeNow(n));
        QVERIFY(!*SecretStore::existsNow(n));
    }

    // Several requests in flight at once: each answer carries its own id.
    void concurrentRequests()
    {
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QMap<quint64, QString> expected;
        for (int i = 0; i < 5; ++i)
            store.write(name(u"many/%1"_s.arg(i)), u"value %1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 5, answerWithinMs);
        for (int i = 0; i < 5; ++i)
            expected.insert(store.read(name(u"many/%1"_s.arg(i))), u"value %1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 5, answerWithinMs);
        for (const QList<QVariant> &args : std::as_const(read))
            QVERIFY2(expected.value(args.at(0).value<quint64>()) == args.at(2).toString(), "an answer has the wrong id");
        for (int i = 0; i < 5; ++i)
            QVERIFY(SecretStore::removeNow(name(u"many/%1"_s.arg(i))));
    }

    // "secret check FILE" lists the inventory's references as stored or missing.
    void cliCheckInventory()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("STACKYARDCTL")).isExecutable(),
                 "STACKYARDCTL must name the built stackyardctl");
        const QString stored = name(u"inv/stored"_s);
        const QString absent = name(u"inv/absent"_s);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"inv.yml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("all:\n  vars:\n    redis_password: '${secret:%1}'\n    pg_admin_password: '${secret:%2}'\n")
                    .arg(stored, absent)
                    .toUtf8());
        f.close();
        Run r = ctl({u"secret"_s, u"set"_s, stored}, "v1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = ctl({u"secret"_s, u"check"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("stored   " + stored.toUtf8() + "  (" + file.toUtf8() + ":3)"), r.out.constData());
        QVERIFY2(r.out.contains("MISSING  " + absent.toUtf8() + "  (" + file.toUtf8() + ":4)"), r.out.constData());
        QVERIFY2(r.err.contains(u"2 secret reference(s), 1 missing"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains("v1"), "check printed a value");

        r = ctl({u"secret"_s, u"set"_s, absent}, "v2\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({u"secret"_s, u"check"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ctl({u"secret"_s, u"delete"_s, stored});
        ctl({u"secret"_s, u"delete"_s, absent});
    }

    void cliRoundTrip()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("STACKYARDCTL")).isExecutable(),
                 "STACKYARDCTL must name the built stackyardctl");
        const QString n = name(u"cli/redis_password"_s);
        const QByteArray value = "cli välue 🔑 with spaces";

        // One trailing newline of the input is not part of the value.
        Run r = ctl({u"secret"_s, u"set"_s, n}, value + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(SecretRef::format(n).toUtf8()), "set names the reference to use");
        QVERIFY2(!r.out.contains(value) && !r.err.contains(QString::fromUtf8(value)), "set printed the value");

        r = ctl({u"secret"_s, u"check"_s, n});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(value), "check printed the value");

        r = ctl({u"secret"_s, u"get"_s, u"--show"_s, n});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out == value, "get printed something else than the value, or more");

        // Not a terminal: no --show needed for a pipe.
        r = ctl({u"secret"_s, u"get"_s, n});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out == value, "get into a pipe printed something else than the value");

        // The value is the one SecretStore sees too.
        const Result<QString> read = SecretStore::readNow(n);
        QVERIFY(read);
        QVERIFY2(*read == QString::fromUtf8(value), "stackyardctl and SecretStore disagree");

        // Multi-line input keeps its inner newlines and loses one trailing newline only.
        r = ctl({u"secret"_s, u"set"_s, n}, "a\nb\n\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({u"secret"_s, u"get"_s, n});
        QVERIFY2(r.out == "a\nb\n", "a multi-line value did not round-trip");

        r = ctl({u"secret"_s, u"delete"_s, n});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({u"secret"_s, u"check"_s, n});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"stackyardctl: %1: No secret named %2 in the keychain — "_s.arg(SecretRef::format(n), n)),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = ctl({u"secret"_s, u"get"_s, u"--show"_s, n});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        r = ctl({u"secret"_s, u"delete"_s, n});
        QCOMPARE(r.exitCode, 1);

        // Empty input stores nothing.
        r = ctl({u"secret"_s, u"set"_s, n}, "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"The value is empty"_s), qPrintable(r.err));
        QCOMPARE(ctl({u"secret"_s, u"check"_s, n}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
