// SPDX-License-Identifier: GPL-3.0-or-later
// Moving an inventory's passwords into a real keyring — GNOME Keyring on a private D-Bus session,
// started by tests/harness/with-keyring — through the Move Passwords dialog and the New
// PostgreSQL Cluster wizard: the file gets the references (comments intact, one undo step) and the
// keyring the values; a name that already holds another secret stops the move with the file
// untouched and the old secret kept.
//
// No secret value is printed: values are compared with QVERIFY2 and a fixed message.
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/movesecretsdialog.h"
#include "inventory/wizards/newpgclusterwizard.h"
#include "inventory/wizards/passwordfield.h"
#include "secrets/plaintextsecrets.h"
#include "secrets/secretstore.h"
#include "yaml/yamlpointer.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

constexpr int answerWithinMs = 20000;

QString valueAt(const std::string &text, const QString &pointer)
{
    const auto tree = yaml::Tree::parse(text);
    const auto p = yaml::Pointer::parse(pointer.toStdString());
    const yaml::Tree::Index i = tree && p ? p->resolve(*tree) : yaml::Tree::npos;
    return i == yaml::Tree::npos ? u"<missing>"_s : QString::fromStdString(tree->scalar(i));
}

QStringList commentLines(const std::string &text)
{
    QStringList out;
    for (const QString &line : QString::fromStdString(text).split(u'\n'))
        if (line.contains(u'#'))
            out << line.mid(line.indexOf(u'#'));
    return out;
}

} // namespace

class TestMoveSecretsKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mId; // unique per run: no name collides with anything stored before
    QStringList mStored; // names to remove at the end

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

    // The keyring's value of name, or "<failure>" (asynchronous, as the GUI does it).
    static QString readSecret(const QString &name)
    {
        SecretStore store;
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy failed(&store, &SecretStore::failed);
        store.read(name);
        if (!QTest::qWaitFor([&] { return !read.isEmpty() || !failed.isEmpty(); }, answerWithinMs) || read.isEmpty())
            return u"<failure>"_s;
        return read.first().at(2).toString();
    }

    static bool writeSecret(const QString &name, const QString &value)
    {
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.write(name, value);
        return written.wait(answerWithinMs);
    }

    QString writeInventory(const QString &stem, const QByteArray &text)
    {
        const QString path = mDir.filePath(stem + u".yml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static bool openSession(InventorySession &session, const QString &path)
    {
        QSignalSpy opened(&session, &InventorySession::opened);
        session.open(path);
        return opened.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mId = QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QByteArray sandbox = qgetenv("STACKYARD_KEYRING_SANDBOX");
        if (sandbox != "1") {
            unavailable(sandbox.isEmpty() ? u"not started through tests/harness/with-keyring (this test never uses "
                                            u"the user's own keyring)"_s
                                          : u"with-keyring could not start GNOME Keyring (its message is above)"_s);
            return;
        }
        SecretStore store;
        QSignalSpy failed(&store, &SecretStore::failed);
        store.read(u"stackyard-test/%1/probe"_s.arg(mId));
        QVERIFY(failed.wait(answerWithinMs));
        if (failed.first().at(2).value<SecretStore::Failure>() != SecretStore::Failure::NotFound) {
            unavailable(failed.first().at(1).value<Error>().toString());
            return;
        }
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(mStored)) {
            SecretStore store;
            QSignalSpy removed(&store, &SecretStore::removeFinished);
            store.remove(name);
            removed.wait(answerWithinMs);
        }
    }

    void movesEveryPassword()
    {
        const QString pg = u"pg-%1"_s.arg(mId);
        const QString redis = u"redis-%1"_s.arg(mId);
        const QString stem = u"inv-%1"_s.arg(mId);
        const QByteArray text = u"# a small inventory\n"
                                u"all:\n"
                                u"  children:\n"
                                u"    %1:   # the database\n"
                                u"      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }\n"
                                u"      vars:\n"
                                u"        pg_cluster: %1\n"
                                u"        pg_users:\n"
                                u"          - { name: dbuser_app ,password: App.Pass.1 ,pgbouncer: true }   # the app\n"
                                u"          - { name: dbuser_ro  ,password: 'Read Only 2' }\n"
                                u"    %2:\n"
                                u"      hosts: { 10.10.10.10: { redis_node: 1 ,redis_instances: { 6379: {} } } }\n"
                                u"      vars: { redis_cluster: %2 ,redis_password: 'Redis.Pass.3' }\n"
                                u"  vars:\n"
                                u"    admin_ip: 10.10.10.10\n"
                                u"    grafana_admin_password: Grafana.Pass.4   # the dashboards\n"_s.arg(pg, redis)
                                    .toUtf8();
        InventorySession session;
        QVERIFY(openSession(session, writeInventory(stem, text)));
        const std::string before = session.document()->text();

        MoveSecretsDialog dialog(&session);
        dialog.show();
        QStandardItemModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 4);
        const QStringList expected { pg + u"/dbuser_app"_s, pg + u"/dbuser_ro"_s, redis + u"/redis_password"_s,
            stem + u"/grafana_admin_password"_s };
        for (int r = 0; r < 4; ++r)
            QCOMPARE(model->item(r, MoveSecretsDialog::NameColumn)->text(), expected.at(r));
        // A name the user changed is the one used.
        const QString renamed = u"stackyard-test/%1/grafana"_s.arg(mId);
        model->item(3, MoveSecretsDialog::NameColumn)->setText(renamed);
        const QStringList names { expected.at(0), expected.at(1), expected.at(2), renamed };
        mStored << names;

        QSignalSpy moved(&dialog, &MoveSecretsDialog::moved);
        QSignalSpy failed(&dialog, &MoveSecretsDialog::failed);
        dialog.moveButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !moved.isEmpty() || !failed.isEmpty(); }, 4 * answerWithinMs));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(moved.first().first().toInt(), 4);

        // The file: references where the values were, nothing else changed.
        const std::string after = session.document()->text();
        const QString users = u"/all/children/"_s + pg + u"/vars/pg_users/"_s;
        QCOMPARE(valueAt(after, users + u"0/password"_s), u"${secret:%1}"_s.arg(names.at(0)));
        QCOMPARE(valueAt(after, users + u"1/password"_s), u"${secret:%1}"_s.arg(names.at(1)));
        QCOMPARE(valueAt(after, u"/all/children/"_s + redis + u"/vars/redis_password"_s),
            u"${secret:%1}"_s.arg(names.at(2)));
        QCOMPARE(valueAt(after, u"/all/vars/grafana_admin_password"_s), u"${secret:%1}"_s.arg(names.at(3)));
        QCOMPARE(commentLines(after), commentLines(before));
        for (const char *plain : { "App.Pass.1", "Read Only 2", "Redis.Pass.3", "Grafana.Pass.4" })
            QVERIFY2(!QString::fromStdString(after).contains(QLatin1String(plain)), "a password is still in the file");
        QVERIFY(PlaintextSecrets::find(session.document()->inventory()).isEmpty());
        QCOMPARE(dialog.model()->rowCount(), 0);

        // The keyring: each value under its name.
        const QStringList values { u"App.Pass.1"_s, u"Read Only 2"_s, u"Redis.Pass.3"_s, u"Grafana.Pass.4"_s };
        for (int i = 0; i < 4; ++i)
            QVERIFY2(readSecret(names.at(i)) == values.at(i), "the keyring does not hold the moved password");

        // One undo step restores the file.
        QCOMPARE(session.undoStack()->count(), 1);
        // "password(s)" until the English catalogue gives the plural form.
        QVERIFY2(session.undoStack()->undoText().startsWith(u"Move 4 password"_s),
            qPrintable(session.undoStack()->undoText()));
        session.undoStack()->undo();
        QVERIFY(session.document()->text() == before);
    }

    void aTakenNameChangesNothing()
    {
        const QString pg = u"pg-taken-%1"_s.arg(mId);
        const QString taken = pg + u"/dbuser_app"_s;
        mStored << taken << pg + u"/dbuser_other"_s;
        QVERIFY(writeSecret(taken, u"the secret already stored"_s));
        const QByteArray text = u"all:\n"
                                u"  children:\n"
                                u"    %1:\n"
                                u"      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }\n"
                                u"      vars:\n"
                                u"        pg_cluster: %1\n"
                                u"        pg_users: [ { name: dbuser_other ,password: Other.Pass } ,{ name: dbuser_app "
                                u",password: New.Pass } ]\n"
                                u"  vars: { admin_ip: 10.10.10.10 }\n"_s.arg(pg)
                                    .toUtf8();
        InventorySession session;
        QVERIFY(openSession(session, writeInventory(u"taken-"_s + mId, text)));
        const std::string before = session.document()->text();
        MoveSecretsDialog dialog(&session);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QSignalSpy moved(&dialog, &MoveSecretsDialog::moved);
        QSignalSpy failed(&dialog, &MoveSecretsDialog::failed);
        dialog.moveToKeychain();
        QVERIFY(QTest::qWaitFor([&] { return !moved.isEmpty() || !failed.isEmpty(); }, 4 * answerWithinMs));
        QCOMPARE(moved.size(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"Nothing in the inventory was changed"_s), qPrintable(message));
        QVERIFY2(message.contains(taken), qPrintable(message));
        QVERIFY2(message.contains(u"different secret"_s), qPrintable(message));
        QVERIFY(session.document()->text() == before);
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY2(readSecret(taken) == u"the secret already stored"_s, "an existing secret was replaced");
    }

    void wizardStoresTheGeneratedPassword()
    {
        const QString pg = u"pg-wiz-%1"_s.arg(mId);
        InventorySession session;
        QVERIFY(openSession(session,
            writeInventory(
                u"wizard-"_s + mId, "# wizard target\nall:\n  children: {}\n  vars: { admin_ip: 10.0.0.1 }\n")));
        NewPgClusterWizard wizard(&session);
        wizard.show();
        wizard.findChild<QLineEdit *>(u"clusterNameEdit"_s)->setText(pg);
        wizard.findChild<QLineEdit *>(u"hostsEdit"_s)->setText(u"10.0.0.5"_s);
        wizard.next();
        const QString name = wizard.findChild<QLineEdit *>(u"secretNameEdit"_s)->text();
        QCOMPARE(name, pg + u"/dbuser_wiz_"_s + mId.toLower());
        mStored << name;
        const QString password = wizard.findChild<PasswordField *>()->password();
        wizard.next();
        QSignalSpy added(&wizard, &InventoryWizard::groupAdded);
        wizard.accept();
        QVERIFY(added.wait(answerWithinMs));
        QCOMPARE(valueAt(session.document()->text(), u"/all/children/%1/vars/pg_users/0/password"_s.arg(pg)),
            u"${secret:%1}"_s.arg(name));
        QVERIFY2(readSecret(name) == password, "the keyring does not hold the generated password");
        QVERIFY2(!QString::fromStdString(session.document()->text()).contains(password), "the password is in the file");
    }
};

QTEST_MAIN(TestMoveSecretsKeychain)
#include "tst_movesecrets_keychain.moc"
