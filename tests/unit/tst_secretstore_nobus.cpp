// SPDX-License-Identifier: GPL-3.0-or-later
// Without a D-Bus session (no bus at the address, or no address and no X11 display) the keychain
// is "not available": every request ends with that Error, quickly, without a crash or a hang,
// through the signals, the synchronous calls and stackyardctl alike. No keyring is needed.
#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const QString notAvailable = u"The system keychain is not available"_s;
const QString notAvailableHint = u"Start a desktop session with a keyring (GNOME Keyring, KWallet), or use "
                                 u"dbus-run-session with gnome-keyring-daemon"_s;
constexpr int answerWithinMs = 10000;

} // namespace

class TestSecretStoreNoBus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mRuntimeDir; // an XDG_RUNTIME_DIR without a "bus" socket in it

    // Either no bus at the address, or no address at all (GIO then tries $XDG_RUNTIME_DIR/bus
    // and X11 autolaunch; neither is there).
    void useEnvironment(bool withAddress)
    {
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(mRuntimeDir.path()));
        if (withAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    static void verifyNotAvailable(const Error &error, const QString &name)
    {
        QCOMPARE(error.what, notAvailable);
        QCOMPARE(error.hint, notAvailableHint);
        QCOMPARE(error.where, u"${secret:%1}"_s.arg(name));
        QVERIFY2(!error.detail.isEmpty(), "the keychain's own message is kept as the detail");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mRuntimeDir.isValid());
        // Before the first QtKeychain call: the Secret Service backend is chosen once. Desktop
        // hints would make QtKeychain look for KWallet instead.
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                                 "GNOME_DESKTOP_SESSION_ID"})
            qunsetenv(name);
        useEnvironment(true);
    }

    void environments_data()
    {
        QTest::addColumn<bool>("withAddress");
        QTest::newRow("bus address leads nowhere") << true;
        QTest::newRow("no bus address, no display") << false;
    }

    void asyncRequestsFail_data() { environments_data(); }
    void asyncRequestsFail()
    {
        QFETCH(bool, withAddress);
        useEnvironment(withAddress);
        SecretStore store;
        QSignalSpy failed(&store, &SecretStore::failed);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);

        QElapsedTimer timer;
        timer.start();
        const quint64 readId = store.read(u"nobus/read"_s);
        const quint64 writeId = store.write(u"nobus/write"_s, u"not-a-real-secret"_s);
        const quint64 removeId = store.remove(u"nobus/remove"_s);
        QVERIFY(readId != writeId && writeId != removeId && readId != removeId);
        QCOMPARE(failed.size(), 0); // never reported before the request functions return

        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, answerWithinMs);
        QVERIFY2(timer.elapsed() < answerWithinMs, "no hang");
        QCOMPARE(read.size() + written.size() + removed.size(), 0);
        const QStringList names{u"nobus/read"_s, u"nobus/write"_s, u"nobus/remove"_s};
        const QList<quint64> ids{readId, writeId, removeId};
        for (const QList<QVariant> &args : std::as_const(failed)) {
            const qsizetype index = ids.indexOf(args.at(0).value<quint64>());
            QVERIFY(index >= 0);
            verifyNotAvailable(args.at(1).value<Error>(), names.at(index));
            QCOMPARE(args.at(2).value<SecretStore::Failure>(), SecretStore::Failure::NotAvailable);
        }
    }

    void synchronousCallsFail_data() { environments_data(); }
    void synchronousCallsFail()
    {
        QFETCH(bool, withAddress);
        useEnvironment(withAddress);
        QElapsedTimer timer;
        timer.start();
        const Result<QString> read = SecretStore::readNow(u"nobus/a"_s);
        QVERIFY(!read);
        verifyNotAvailable(read.error(), u"nobus/a"_s);
        const Result<bool> written = SecretStore::writeNow(u"nobus/b"_s, u"not-a-real-secret"_s);
        QVERIFY(!written);
        verifyNotAvailable(written.error(), u"nobus/b"_s);
        const Result<bool> removed = SecretStore::removeNow(u"nobus/c"_s);
        QVERIFY(!removed);
        verifyNotAvailable(removed.error(), u"nobus/c"_s);
        const Result<bool> exists = SecretStore::existsNow(u"nobus/d"_s);
        QVERIFY2(!exists, "an unreachable keychain is an error, not a missing secret");
        verifyNotAvailable(exists.error(), u"nobus/d"_s);
        QVERIFY2(timer.elapsed() < 4 * answerWithinMs, "no hang");
    }

    // A bad name fails on its own, before any keychain is asked.
    void invalidName()
    {
        SecretStore store;
        QSignalSpy failed(&store, &SecretStore::failed);
        const quint64 id = store.read(u"a b"_s);
        QCOMPARE(failed.size(), 0);
        QVERIFY(failed.wait(answerWithinMs));
        QCOMPARE(failed.first().at(0).value<quint64>(), id);
        QCOMPARE(failed.first().at(2).value<SecretStore::Failure>(), SecretStore::Failure::InvalidName);
        const Result<bool> written = SecretStore::writeNow(u"${secret:x}"_s, u"v"_s);
        QVERIFY(!written);
        QVERIFY2(written.error().what.contains(u"not a valid secret name"_s), qPrintable(written.error().what));
    }

    // A store destroyed while its request runs reports nothing and does not crash.
    void storeDestroyedWhileRunning()
    {
        useEnvironment(true);
        auto *store = new SecretStore;
        QSignalSpy failed(store, &SecretStore::failed);
        store->read(u"nobus/gone"_s);
        delete store;
        QTest::qWait(500);
        QCOMPARE(failed.size(), 0);
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("get") << QStringList{u"secret"_s, u"get"_s, u"nobus/x"_s} << QByteArray();
        QTest::newRow("set") << QStringList{u"secret"_s, u"set"_s, u"nobus/x"_s} << QByteArray("not-a-real-secret\n");
        QTest::newRow("check") << QStringList{u"secret"_s, u"check"_s, u"nobus/x"_s} << QByteArray();
        QTest::newRow("delete") << QStringList{u"secret"_s, u"delete"_s, u"nobus/x"_s} << QByteArray();
    }

    // stackyardctl prints the Error as "stackyardctl: <where>: <what> — <hint>" and exits 1.
    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const QString ctl = qEnvironmentVariable("STACKYARDCTL");
        QVERIFY2(QFileInfo(ctl).isExecutable(), "STACKYARDCTL must name the built stackyardctl");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.start(ctl, args);
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        QVERIFY2(p.waitForFinished(answerWithinMs), "no hang");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.startsWith(u"stackyardctl: ${secret:nobus/x}: %1 — %2\n"_s.arg(notAvailable, notAvailableHint)),
                 qPrintable(err));
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
        QVERIFY(!err.contains(u"not-a-real-secret"_s));
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("value on the command line")
            << QStringList{u"secret"_s, u"set"_s, u"nobus/x"_s, u"hunter2-value"_s}
            << u"the value is read from standard input, never from the command line"_s;
        QTest::newRow("no name") << QStringList{u"secret"_s, u"get"_s} << u"expected exactly one NAME"_s;
        QTest::newRow("bad name") << QStringList{u"secret"_s, u"check"_s, u"a b"_s}
                                  << u"'a b' is not a valid secret name"_s;
        QTest::newRow("unknown option") << QStringList{u"secret"_s, u"delete"_s, u"--force"_s, u"x"_s}
                                        << u"Unknown option 'force'"_s;
    }

    void cliUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STACKYARDCTL"), args);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(answerWithinMs));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 2, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!err.contains(u"hunter2-value"_s), "a value given on the command line is not echoed");
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoBus)
#include "tst_secretstore_nobus.moc"
