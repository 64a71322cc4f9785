// SPDX-License-Identifier: GPL-3.0-or-later
// The wizards and dialogs that add to an inventory, offscreen: each wizard filled in, finished and
// checked in the file (the exact values, comments intact, the group selected) and undone in one
// step; the templates valid and free of passwords; New Inventory writing and opening a file and
// asking before it replaces one; and what happens when there is no keychain at all. This program
// never reaches a keychain: its session bus leads nowhere (the real keychain is exercised by
// tests/integration/tst_movesecrets_keychain.cpp).
//
// Set STACKYARD_WIZARD_PNG_DIR to render every page to PNG there.
#include "inventory/inventory.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorypanel.h"
#include "inventory/inventorysession.h"
#include "inventory/inventorytreemodel.h"
#include "inventory/movesecretsdialog.h"
#include "inventory/newinventorydialog.h"
#include "inventory/validation/validator.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "inventory/wizards/newappwizard.h"
#include "inventory/wizards/newpgclusterwizard.h"
#include "inventory/wizards/newredisclusterwizard.h"
#include "inventory/wizards/passwordfield.h"
#include "inventory/wizards/reviewpage.h"
#include "provision/apps/apprenderer.h"
#include "secrets/plaintextsecrets.h"
#include "shared/codeeditor.h"
#include "shell/mainwindow.h"
#include "yaml/yamlpointer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

// Before QApplication: no keychain is reachable from this program.
[[maybe_unused]] const bool kNoKeychain = [] {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    return true;
}();

const char *const kInventory = R"(---
# Test inventory: every comment here must survive every wizard
all:
  children:

    # the infrastructure node
    infra: { hosts: { 10.10.10.10: { infra_seq: 1 } } }

    # the meta cluster
    pg-meta:
      hosts:
        10.10.10.10: { pg_seq: 1, pg_role: primary }   # the primary
      vars:
        pg_cluster: pg-meta
        pg_users:
          - { name: dbuser_meta ,password: Meta.Plain.Text ,pgbouncer: true ,roles: [ dbrole_admin ] }
          - { name: openwebui   ,password: '${secret:pg-meta/openwebui}' ,roles: [ dbrole_admin ] }
        pg_databases:
          - { name: meta      ,owner: dbuser_meta }
          - { name: openwebui ,owner: openwebui ,extensions: [ { name: vector } ] }
        pg_hba_rules:
          - { user: all ,db: all ,addr: intra ,auth: pwd ,title: 'intranet with a password' }

    # a cache
    redis-ms:
      hosts: { 10.10.10.10: { redis_node: 1 ,redis_instances: { 6379: {}, 6380: { replica_of: '10.10.10.10 6379' } } } }
      vars: { redis_cluster: redis-ms ,redis_password: 'Redis.Plain.Text' ,redis_max_memory: 64MB }

  vars:
    admin_ip: 10.10.10.10   # the admin node
    version: v4.5.0
    pg_version: 17
)";

QStringList commentLines(const std::string &text)
{
    QStringList out;
    for (const QString &line : QString::fromStdString(text).split(u'\n'))
        if (line.contains(u'#'))
            out << line.mid(line.indexOf(u'#'));
    return out;
}

QString valueAt(const std::string &text, const QString &pointer)
{
    const auto tree = yaml::Tree::parse(text);
    if (!tree)
        return u"<unparsable>"_s;
    const auto p = yaml::Pointer::parse(pointer.toStdString());
    const yaml::Tree::Index i = p ? p->resolve(*tree) : yaml::Tree::npos;
    if (i == yaml::Tree::npos)
        return u"<missing>"_s;
    return tree->isScalar(i) ? QString::fromStdString(tree->scalar(i)) : u"<collection>"_s;
}

// Findings about the given group (errors, and the plain-text password warnings).
QStringList problemsUnder(const std::string &text, const QString &prefix)
{
    const auto inv = Inventory::parse(text, u"t.yml"_s);
    if (!inv)
        return { inv.error().toString() };
    QStringList out;
    for (const Finding &f : Validator::check(inv->tree(), inv->fileName()))
        if ((f.isError() || f.rule.startsWith(u"secret."_s)) && f.pointer.startsWith(prefix))
            out << f.toString();
    return out;
}

// The app group the wizard wrote, through the provisioning renderer (every secret it refers to
// given a value): what the wizard writes must be what the renderer reads.
Result<AppStack> renderApp(const std::string &text, const QString &group)
{
    const auto inv = Inventory::parse(text, u"t.yml"_s);
    if (!inv)
        return inv.error();
    for (const AppGroup &g : AppGroup::all(*inv)) {
        if (g.group != group || g.apps.size() != 1)
            continue;
        const AppRenderer collect(PgCluster::all(*inv), RedisCluster::all(*inv), {});
        QHash<QString, QString> secrets;
        for (const QString &reference : collect.secretReferences(g, g.apps.first()))
            secrets.insert(reference, u"pw-"_s + reference.mid(9).chopped(1)); // ${secret:NAME} -> pw-NAME
        return AppRenderer(PgCluster::all(*inv), RedisCluster::all(*inv), secrets).render(g, g.apps.first());
    }
    return Error{u"no app group "_s + group, {}, {}, {}};
}

void render(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STACKYARD_WIZARD_PNG_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // pending layout updates
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestInventoryWizards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    int mFiles = 0;

    QString writeInventory()
    {
        const QString path = mDir.filePath(u"inventory-%1.yml"_s.arg(++mFiles));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(kInventory);
        return path;
    }

    static bool openSession(InventorySession &session, const QString &path)
    {
        QSignalSpy opened(&session, &InventorySession::opened);
        session.open(path);
        return opened.wait(10000);
    }

    // One undo restores the text exactly.
    static void undoRestores(InventorySession &session, const std::string &before)
    {
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QVERIFY(session.document()->text() == before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(mDir.filePath(u"data"_s)));
        QCoreApplication::setOrganizationName(u"StackyardTest"_s);
        QCoreApplication::setApplicationName(u"tst_inventorywizards"_s);
    }

    void templates_data()
    {
        QTest::addColumn<QString>("id");
        for (const NewInventoryDialog::Template &t : NewInventoryDialog::templates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }
    void templates()
    {
        QFETCH(QString, id);
        const QString text = NewInventoryDialog::templateText(id);
        QVERIFY(!text.isEmpty());
        const auto inv = Inventory::parse(text.toStdString(), id + u".yml"_s);
        QVERIFY2(inv.ok(), qPrintable(inv ? QString() : inv.error().toString()));
        QStringList problems;
        for (const Finding &f : Validator::check(inv->tree(), inv->fileName()))
            problems << f.toString() + u" ["_s + f.rule + u']';
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(PlaintextSecrets::find(*inv).isEmpty());
        // None of Pigsty's published default passwords, not even in a comment.
        static const QRegularExpression defaults(
            u"DBUser\\.|S3User\\.|Patroni\\.API|Etcd\\.Root|pgBackRest|Vibe\\.Coding|minioadmin|difyai123456"_s);
        QVERIFY2(!defaults.match(text).hasMatch(), qPrintable(defaults.match(text).captured()));
        QVERIFY(text.contains(u"${secret:"_s));
    }

    void newInventoryFromTemplate()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = w.findChild<QAction *>(u"newInventoryAction"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        for (const char *name : { "newPgClusterAction", "newRedisClusterAction", "newAppAction", "moveSecretsAction" })
            QVERIFY2(!w.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        action->trigger();
        auto *dialog = w.findChild<NewInventoryDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->selectTemplate(u"ai-stack"_s);
        dialog->setAddress(u"192.168.7.20"_s);
        const QString path = mDir.filePath(u"new/ai.yml"_s);
        dialog->setTargetPath(path);
        QVERIFY(child<CodeEditor>(dialog, u"templatePreview"_s)->toPlainText().contains(u"DB_HOST: 192.168.7.20"_s));
        render(dialog, u"new-inventory"_s);
        const QString expected = dialog->text();

        QSignalSpy changed(&w, &MainWindow::inventoryChanged);
        dialog->create();
        QVERIFY(QTest::qWaitFor([&] { return w.session()->isOpen(); }, 10000));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected);
        written.close();
        QVERIFY(!expected.contains(u"10.10.10.10"_s));
        QCOMPARE(w.session()->document()->path(), QFileInfo(path).absoluteFilePath());
        for (const char *name : { "newPgClusterAction", "newRedisClusterAction", "newAppAction", "moveSecretsAction" })
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);

        // An existing file is replaced only when the user says so.
        QVERIFY(written.open(QIODevice::WriteOnly | QIODevice::Truncate));
        written.write("all: { children: {} }\n");
        written.close();
        auto *again = new NewInventoryDialog(mDir.path(), &w);
        again->setAttribute(Qt::WA_DeleteOnClose);
        again->selectTemplate(u"single-node"_s);
        again->setTargetPath(path);
        again->show();
        QSignalSpy created(again, &NewInventoryDialog::created);
        again->create();
        auto *box = again->findChild<QMessageBox *>(u"replaceFileBox"_s);
        QVERIFY(box);
        render(box, u"new-inventory-replace"_s);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(created.size(), 0);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("all: { children: {} }\n"));
        written.close();
        again->create();
        box = again->findChild<QMessageBox *>(u"replaceFileBox"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"replaceButton"_s)->click();
        QVERIFY(created.wait(10000));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("---\n#===="));
        written.close();
    }

    void importPigstyConfiguration()
    {
        const QByteArray home = qgetenv("HOME");
        const QString fakeHome = mDir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(fakeHome + u"/pigsty/conf"_s));
        const QString conf = fakeHome + u"/pigsty/conf/pigsty.yml"_s;
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kInventory);
        f.close();
        qputenv("HOME", QFile::encodeName(fakeHome));
        MainWindow w;
        w.show();
        w.findChild<QAction *>(u"importPigstyAction"_s)->trigger();
        auto *dialog = w.findChild<QFileDialog *>(u"importPigstyDialog"_s);
        qputenv("HOME", home);
        QVERIFY(dialog);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(fakeHome + u"/pigsty/conf"_s).canonicalPath());
        emit dialog->fileSelected(conf);
        QVERIFY(QTest::qWaitFor([&] { return w.session()->isOpen(); }, 10000));
        QCOMPARE(w.session()->document()->path(), QFileInfo(conf).absoluteFilePath());
        QCOMPARE(w.session()->document()->text(), std::string(kInventory)); // as it is
    }

    void postgresWizard()
    {
        MainWindow w;
        w.show();
        const QString path = writeInventory();
        QSignalSpy changed(&w, &MainWindow::inventoryChanged);
        w.openInventory(path);
        QVERIFY(QTest::qWaitFor([&] { return w.session()->isOpen(); }, 10000));
        const std::string before = w.session()->document()->text();

        w.findChild<QAction *>(u"newPgClusterAction"_s)->trigger();
        auto *wizard = w.findChild<NewPgClusterWizard *>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->setWriteReferencesOnly(true);
        QWizardPage *page = wizard->currentPage();
        auto *name = child<QLineEdit>(wizard, u"clusterNameEdit"_s);
        auto *hosts = child<QLineEdit>(wizard, u"hostsEdit"_s);
        render(wizard, u"pg-1-cluster-empty"_s);
        // What the page refuses.
        name->setText(u"pg-meta"_s);
        hosts->setText(u"10.0.0.21"_s);
        QVERIFY(!page->isComplete());
        QVERIFY(child<QLabel>(page, u"problemLabel"_s)->text().contains(u"already has a group"_s));
        name->setText(u"pg new"_s);
        QVERIFY(!page->isComplete());
        name->setText(u"pg-new"_s);
        hosts->setText(u"10.0.0.21, 10.0.0.300"_s);
        QVERIFY(!page->isComplete());
        hosts->setText(u"10.0.0.21, 10.10.10.10"_s); // 10.10.10.10 is in pg-meta
        QVERIFY(!page->isComplete());
        render(wizard, u"pg-1-cluster-problem"_s);
        hosts->setText(u"10.0.0.21, 10.0.0.22 10.0.0.23"_s);
        child<QComboBox>(wizard, u"versionBox"_s)->setCurrentText(u"16"_s);
        QVERIFY(page->isComplete());
        render(wizard, u"pg-1-cluster"_s);
        wizard->next();

        page = wizard->currentPage();
        QCOMPARE(page->objectName(), u"userPage"_s);
        auto *user = child<QLineEdit>(wizard, u"userNameEdit"_s);
        QCOMPARE(user->text(), u"dbuser_new"_s);
        QCOMPARE(child<QLineEdit>(wizard, u"secretNameEdit"_s)->text(), u"pg-new/dbuser_new"_s);
        const QString password = wizard->findChild<PasswordField *>()->password();
        QCOMPARE(password.size(), 24);
        user->setText(u"Bad User"_s);
        QVERIFY(!page->isComplete());
        user->setText(u"dbuser_rag"_s);
        QCOMPARE(child<QLineEdit>(wizard, u"secretNameEdit"_s)->text(), u"pg-new/dbuser_rag"_s);
        child<QLineEdit>(wizard, u"databaseEdit"_s)->setText(u"rag"_s);
        child<QCheckBox>(wizard, u"pgvectorBox"_s)->setChecked(true);
        QVERIFY(page->isComplete());
        render(wizard, u"pg-2-user"_s);
        wizard->next();

        auto *review = qobject_cast<ReviewPage *>(wizard->currentPage());
        QVERIFY(review);
        const QString preview = review->previewEditor()->toPlainText();
        QVERIFY2(preview.contains(u"    pg-new:"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"${secret:pg-new/dbuser_rag}"_s));
        QVERIFY(!preview.contains(password));
        QVERIFY(review->referencesOnlyBox()->isChecked());
        render(wizard, u"pg-3-review"_s);
        wizard->accept();

        const std::string after = w.session()->document()->text();
        QVERIFY(after != before);
        // The preview was exactly the text added.
        QVERIFY(QString::fromStdString(after).contains(preview));
        const QString g = u"/all/children/pg-new"_s;
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.21/pg_role"_s), u"primary"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.21/pg_seq"_s), u"1"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.23/pg_role"_s), u"replica"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.23/pg_seq"_s), u"3"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_cluster"_s), u"pg-new"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_version"_s), u"16"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_extensions/0"_s), u"pgvector"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_users/0/name"_s), u"dbuser_rag"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_users/0/password"_s), u"${secret:pg-new/dbuser_rag}"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_databases/0/name"_s), u"rag"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_databases/0/owner"_s), u"dbuser_rag"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_databases/0/extensions/0/name"_s), u"vector"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_hba_rules/0/user"_s), u"dbuser_rag"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_hba_rules/0/addr"_s), u"intra"_s);
        QCOMPARE(valueAt(after, g + u"/vars/pg_hba_rules/0/auth"_s), u"pwd"_s);
        QVERIFY(!QString::fromStdString(after).contains(password));
        QCOMPARE(commentLines(after), commentLines(before));
        QCOMPARE(problemsUnder(after, g), QStringList());

        // The new group is selected in the tree.
        auto *panel = qobject_cast<InventoryPanel *>(w.panel(MainWindow::InventoryPanelIndex));
        QVERIFY(QTest::qWaitFor(
            [&] { return panel->tree()->currentIndex().data(InventoryTreeModel::PointerRole).toString() == g; }, 5000));
        QCOMPARE(w.currentPanel(), int(MainWindow::InventoryPanelIndex));

        QCOMPARE(w.session()->undoStack()->undoText(), u"New PostgreSQL cluster pg-new"_s);
        undoRestores(*w.session(), before);
        w.session()->undoStack()->setClean();
    }

    void noKeychainOffersReferences()
    {
        InventorySession session;
        QVERIFY(openSession(session, writeInventory()));
        const std::string before = session.document()->text();
        auto *wizard = new NewRedisClusterWizard(&session);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        child<QLineEdit>(wizard, u"hostEdit"_s)->setText(u"10.0.0.31"_s);
        wizard->next();
        QVERIFY(!wizard->writeReferencesOnly());
        QSignalSpy added(wizard, &InventoryWizard::groupAdded);
        wizard->accept();
        QMessageBox *box = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (box = wizard->findChild<QMessageBox *>(u"keychainFailedBox"_s)); }, 10000));
        QVERIFY2(box->text().contains(u"redis-app/redis_password"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"not available"_s), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(u"Nothing was added"_s));
        QVERIFY(session.document()->text() == before); // nothing yet
        render(box, u"keychain-unavailable"_s);
        child<QPushButton>(box, u"referencesOnlyButton"_s)->click();
        QCOMPARE(added.size(), 1);
        const std::string after = session.document()->text();
        QCOMPARE(
            valueAt(after, u"/all/children/redis-app/vars/redis_password"_s), u"${secret:redis-app/redis_password}"_s);
        undoRestores(session, before);
    }

    void redisWizard()
    {
        InventorySession session;
        QVERIFY(openSession(session, writeInventory()));
        const std::string before = session.document()->text();
        NewRedisClusterWizard wizard(&session);
        wizard.setWriteReferencesOnly(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QWizardPage *page = wizard.currentPage();
        child<QLineEdit>(&wizard, u"clusterNameEdit"_s)->setText(u"redis-rag"_s);
        auto *host = child<QLineEdit>(&wizard, u"hostEdit"_s);
        QCOMPARE(host->text(), u"10.10.10.10"_s);
        QVERIFY(!page->isComplete()); // 10.10.10.10 is in redis-ms
        host->setText(u"10.0.0.31"_s);
        auto *ports = child<QLineEdit>(&wizard, u"portsEdit"_s);
        ports->setText(u"6379, 6380, 6379"_s);
        QVERIFY(!page->isComplete());
        ports->setText(u"6379, 6380, 6381"_s);
        child<QLineEdit>(&wizard, u"maxMemoryEdit"_s)->setText(u"lots"_s);
        QVERIFY(!page->isComplete());
        render(&wizard, u"redis-1-problem"_s);
        child<QLineEdit>(&wizard, u"maxMemoryEdit"_s)->setText(u"128mb"_s);
        QVERIFY(page->isComplete());
        render(&wizard, u"redis-1"_s);
        wizard.next();
        render(&wizard, u"redis-2-review"_s);
        QSignalSpy added(&wizard, &InventoryWizard::groupAdded);
        wizard.accept();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), u"/all/children/redis-rag"_s);

        const std::string after = session.document()->text();
        const QString g = u"/all/children/redis-rag"_s;
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.31/redis_node"_s), u"1"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.31/redis_instances/6379"_s), u"<collection>"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.31/redis_instances/6379/replica_of"_s), u"<missing>"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.31/redis_instances/6380/replica_of"_s), u"10.0.0.31 6379"_s);
        QCOMPARE(valueAt(after, g + u"/hosts/10.0.0.31/redis_instances/6381/replica_of"_s), u"10.0.0.31 6379"_s);
        QCOMPARE(valueAt(after, g + u"/vars/redis_cluster"_s), u"redis-rag"_s);
        QCOMPARE(valueAt(after, g + u"/vars/redis_password"_s), u"${secret:redis-rag/redis_password}"_s);
        QCOMPARE(valueAt(after, g + u"/vars/redis_max_memory"_s), u"128MB"_s);
        QCOMPARE(commentLines(after), commentLines(before));
        QCOMPARE(problemsUnder(after, g), QStringList());
        undoRestores(session, before);
    }

    void difyWithNewDatabase()
    {
        InventorySession session;
        QVERIFY(openSession(session, writeInventory()));
        const std::string before = session.document()->text();
        NewAppWizard wizard(&session);
        wizard.setWriteReferencesOnly(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(child<QLineEdit>(&wizard, u"groupNameEdit"_s)->text(), u"dify"_s);
        QCOMPARE(child<QSpinBox>(&wizard, u"portBox"_s)->value(), 5001);
        QCOMPARE(child<QLineEdit>(&wizard, u"dataDirEdit"_s)->text(), u"/data/dify"_s);
        child<QComboBox>(&wizard, u"hostBox"_s)->setCurrentText(u"10.10.10.10"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        render(&wizard, u"app-1-dify"_s);
        wizard.next();
        QCOMPARE(child<QComboBox>(&wizard, u"pgClusterBox"_s)->currentText(), u"pg-meta"_s);
        QVERIFY(child<QRadioButton>(&wizard, u"createNewRadio"_s)->isChecked()); // no dify database yet
        QCOMPARE(child<QLineEdit>(&wizard, u"newUserEdit"_s)->text(), u"dify"_s);
        child<QLineEdit>(&wizard, u"newUserEdit"_s)->setText(u"dbuser_meta"_s);
        QVERIFY(!wizard.currentPage()->isComplete()); // that user exists
        child<QLineEdit>(&wizard, u"newUserEdit"_s)->setText(u"dify"_s);
        QCOMPARE(child<QComboBox>(&wizard, u"redisBox"_s)->currentText(), u"redis-ms"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        render(&wizard, u"app-2-database"_s);
        wizard.next();
        render(&wizard, u"app-3-review"_s);
        wizard.accept();

        const std::string after = session.document()->text();
        const QString c = u"/all/children/dify/vars/apps/dify/conf/"_s;
        QCOMPARE(valueAt(after, u"/all/children/dify/vars/docker_enabled"_s), u"true"_s);
        QCOMPARE(valueAt(after, u"/all/children/dify/vars/app"_s), u"dify"_s);
        QCOMPARE(valueAt(after, u"/all/children/dify/vars/apps/dify/file/0/path"_s), u"/data/dify"_s);
        QCOMPARE(valueAt(after, c + u"DB_HOST"_s), u"10.10.10.10"_s);
        QCOMPARE(valueAt(after, c + u"DB_PORT"_s), u"5432"_s);
        QCOMPARE(valueAt(after, c + u"DB_USERNAME"_s), u"dify"_s);
        QCOMPARE(valueAt(after, c + u"DB_PASSWORD"_s), u"${secret:pg-meta/dify}"_s);
        QCOMPARE(valueAt(after, c + u"PGVECTOR_PASSWORD"_s), u"${secret:pg-meta/dify}"_s);
        QCOMPARE(valueAt(after, c + u"DB_DATABASE"_s), u"dify"_s);
        QCOMPARE(valueAt(after, c + u"DB_PLUGIN_DATABASE"_s), u"dify_plugin"_s);
        QCOMPARE(valueAt(after, c + u"VECTOR_STORE"_s), u"pgvector"_s);
        QCOMPARE(valueAt(after, c + u"SECRET_KEY"_s), u"${secret:dify/secret_key}"_s);
        QCOMPARE(valueAt(after, c + u"REDIS_HOST"_s), u"10.10.10.10"_s);
        QCOMPARE(valueAt(after, c + u"REDIS_PORT"_s), u"6379"_s);
        QCOMPARE(valueAt(after, c + u"REDIS_PASSWORD"_s), u"${secret:redis-ms/redis_password}"_s);
        // The database side, appended to pg-meta's lists in their own style.
        const QString pg = u"/all/children/pg-meta/vars/"_s;
        QCOMPARE(valueAt(after, pg + u"pg_users/2/name"_s), u"dify"_s);
        QCOMPARE(valueAt(after, pg + u"pg_users/2/password"_s), u"${secret:pg-meta/dify}"_s);
        QCOMPARE(valueAt(after, pg + u"pg_databases/2/name"_s), u"dify"_s);
        QCOMPARE(valueAt(after, pg + u"pg_databases/2/extensions/0/name"_s), u"vector"_s);
        QCOMPARE(valueAt(after, pg + u"pg_databases/3/name"_s), u"dify_plugin"_s);
        QCOMPARE(valueAt(after, pg + u"pg_hba_rules/1/user"_s), u"dify"_s);
        QCOMPARE(valueAt(after, pg + u"pg_hba_rules/2/addr"_s), u"172.16.0.0/12"_s);
        QCOMPARE(valueAt(after, pg + u"pg_extensions/0"_s), u"pgvector"_s);
        // References only: the plain-text Redis password was left for the user to move.
        QCOMPARE(valueAt(after, u"/all/children/redis-ms/vars/redis_password"_s), u"Redis.Plain.Text"_s);
        QVERIFY(QString::fromStdString(after).contains(u"- { name: dify ,password: '${secret:pg-meta/dify}'"_s));
        QCOMPARE(commentLines(after), commentLines(before));
        QCOMPARE(problemsUnder(after, u"/all/children/dify"_s), QStringList());
        QCOMPARE(session.undoStack()->undoText(), u"New app dify"_s);
        const Result<AppStack> stack = renderApp(after, u"dify"_s);
        QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
        QCOMPARE(stack->envValue(u"DB_PASSWORD"_s), u"pw-pg-meta/dify"_s);
        QCOMPARE(stack->envValue(u"REDIS_HOST"_s), u"10.10.10.10"_s);
        QCOMPARE(stack->envValue(u"REDIS_PASSWORD"_s), u"pw-redis-ms/redis_password"_s);
        QCOMPARE(stack->healthUrl, u"http://10.10.10.10:5001/console/api/ping"_s);
        undoRestores(session, before);
    }

    void openWebUiWithExistingDatabase()
    {
        InventorySession session;
        QVERIFY(openSession(session, writeInventory()));
        const std::string before = session.document()->text();
        NewAppWizard wizard(&session);
        wizard.setWriteReferencesOnly(true);
        wizard.show();
        child<QComboBox>(&wizard, u"appBox"_s)->setCurrentIndex(1);
        QCOMPARE(child<QLineEdit>(&wizard, u"groupNameEdit"_s)->text(), u"open-webui"_s);
        QCOMPARE(child<QSpinBox>(&wizard, u"portBox"_s)->value(), 8080);
        QCOMPARE(child<QLineEdit>(&wizard, u"dataDirEdit"_s)->text(), u"/data/open-webui"_s);
        child<QComboBox>(&wizard, u"hostBox"_s)->setCurrentText(u"10.0.0.40"_s);
        wizard.next();
        QVERIFY(child<QRadioButton>(&wizard, u"useExistingRadio"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, u"databaseBox"_s)->currentText(), u"openwebui"_s);
        QCOMPARE(child<QComboBox>(&wizard, u"userBox"_s)->currentText(), u"openwebui"_s);
        QVERIFY(!child<QComboBox>(&wizard, u"redisBox"_s)->isVisible());
        render(&wizard, u"app-2-openwebui-existing"_s);
        wizard.next();
        render(&wizard, u"app-3-openwebui-review"_s);
        wizard.accept();

        const std::string after = session.document()->text();
        const QString c = u"/all/children/open-webui/vars/apps/open-webui/conf/"_s;
        QCOMPARE(valueAt(after, u"/all/children/open-webui/vars/docker_enabled"_s), u"true"_s);
        QCOMPARE(valueAt(after, u"/all/children/open-webui/vars/app"_s), u"open-webui"_s);
        QCOMPARE(valueAt(after, c + u"OPEN_WEBUI_IMAGE"_s), u"ghcr.io/open-webui/open-webui:main"_s);
        QCOMPARE(valueAt(after, c + u"OPEN_WEBUI_DATA"_s), u"/data/open-webui"_s);
        QCOMPARE(valueAt(after, c + u"DATABASE_URL"_s), u"postgresql://openwebui@10.10.10.10:5432/openwebui"_s);
        QCOMPARE(valueAt(after, c + u"DATABASE_PASSWORD"_s), u"${secret:pg-meta/openwebui}"_s);
        QCOMPARE(valueAt(after, c + u"WEBUI_SECRET_KEY"_s), u"${secret:open-webui/webui_secret_key}"_s);
        QCOMPARE(valueAt(after, c + u"VECTOR_DB"_s), u"pgvector"_s);
        // The existing user and database are used as they are; pgvector gets installed.
        QCOMPARE(valueAt(after, u"/all/children/pg-meta/vars/pg_users/2/name"_s), u"<missing>"_s);
        QCOMPARE(valueAt(after, u"/all/children/pg-meta/vars/pg_extensions/0"_s), u"pgvector"_s);
        QCOMPARE(commentLines(after), commentLines(before));
        QCOMPARE(problemsUnder(after, u"/all/children/open-webui"_s), QStringList());
        const Result<AppStack> stack = renderApp(after, u"open-webui"_s);
        QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
        QCOMPARE(stack->envValue(u"DATABASE_URL"_s),
                 u"postgresql://openwebui:pw-pg-meta%2Fopenwebui@10.10.10.10:5432/openwebui"_s);
        QCOMPARE(stack->envValue(u"DATABASE_PASSWORD"_s), QString());
        QCOMPARE(stack->healthUrl, u"http://10.0.0.40:8080/health"_s);
        undoRestores(session, before);
    }

    void moveSecretsWithoutKeychainChangesNothing()
    {
        InventorySession session;
        QVERIFY(openSession(session, writeInventory()));
        const std::string before = session.document()->text();
        MoveSecretsDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->item(0, MoveSecretsDialog::LineColumn)->text(), u"16"_s);
        QCOMPARE(dialog.model()->item(0, MoveSecretsDialog::NameColumn)->text(), u"pg-meta/dbuser_meta"_s);
        QCOMPARE(dialog.model()->item(1, MoveSecretsDialog::NameColumn)->text(), u"redis-ms/redis_password"_s);
        QVERIFY(!dialog.model()->item(1, MoveSecretsDialog::ValueColumn)->text().contains(u"Redis"_s));
        render(&dialog, u"move-secrets"_s);
        QSignalSpy failed(&dialog, &MoveSecretsDialog::failed);
        QSignalSpy moved(&dialog, &MoveSecretsDialog::moved);
        dialog.moveButton()->click();
        QVERIFY(failed.wait(10000));
        QCOMPARE(moved.size(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"Nothing in the inventory was changed"_s), qPrintable(message));
        QVERIFY2(message.contains(u"pg-meta/dbuser_meta"_s), qPrintable(message));
        QVERIFY2(message.contains(u"not available"_s), qPrintable(message));
        QCOMPARE(dialog.statusText(), message);
        render(&dialog, u"move-secrets-failed"_s);
        QVERIFY(session.document()->text() == before);
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestInventoryWizards)
#include "tst_inventorywizards.moc"
