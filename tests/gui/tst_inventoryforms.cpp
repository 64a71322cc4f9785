// SPDX-License-Identifier: GPL-3.0-or-later
// The typed forms of the Inventory panel, offscreen, on a real session and panel: each change a
// user makes in a form changes exactly the expected line(s) of a Pigsty-style file (comments and
// flow style kept), shows in the YAML tab, is one undo step, and nothing is written when nothing
// changed. Set STACKYARD_FORMS_SNAPSHOTS=<dir> to also save a PNG of each form.
#include "core/appinfo.h"
#include "inventory/forms/extensionseditor.h"
#include "inventory/forms/hbarulesform.h"
#include "inventory/forms/listeditor.h"
#include "inventory/forms/optionalspinbox.h"
#include "inventory/forms/pgclusterform.h"
#include "inventory/forms/pgdatabaseform.h"
#include "inventory/forms/pgdatabasesform.h"
#include "inventory/forms/pginstanceform.h"
#include "inventory/forms/pgsectionform.h"
#include "inventory/forms/pguserform.h"
#include "inventory/forms/pgusersform.h"
#include "inventory/forms/redisform.h"
#include "inventory/forms/secretfield.h"
#include "inventory/forms/variablesform.h"
#include "inventory/hbarulesmodel.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorypanel.h"
#include "inventory/inventorysession.h"
#include "inventory/redisinstancesmodel.h"
#include "inventory/variablesmodel.h"
#include "inventory/yamlview.h"
#include "shared/codeeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const char *const kInventory = R"(---
# Stackyard forms test inventory
all:
  children:

    # the main cluster: a primary and a replica
    pg-meta:
      hosts:
        10.10.10.10: { pg_seq: 1 ,pg_role: primary }
        10.10.10.11: { pg_seq: 2 ,pg_role: replica }   # read-only replica
      vars:
        pg_cluster: pg-meta
        pg_port: 5432                      # the default port
        pg_extensions: [ pgvector ]
        pg_users:
          - { name: dbuser_meta ,password: DBUser.Meta ,pgbouncer: true ,roles: [ dbrole_admin ] ,comment: admin user }
          - { name: dbuser_view ,password: '${secret:pg-meta/dbuser_view}' ,roles: [ dbrole_readonly ,{ name: pg_monitor ,admin: true } ] }
        pg_databases:
          - { name: meta ,owner: dbuser_meta ,extensions: [ vector ,{ name: postgis ,schema: public } ] ,comment: meta database }
        pg_hba_rules:
          - { user: dbuser_view ,db: all ,addr: infra ,auth: pwd ,title: 'allow grafana dashboard access' }
          - { user: all ,db: all ,addr: intra ,auth: pwd ,title: 'everyone from the intranet' ,order: 800 }

    # a cluster with nothing but its identity
    pg-test:
      hosts:
        10.10.10.12: { pg_seq: 1 ,pg_role: primary }
      vars: { pg_cluster: pg-test }

    # primary and replica on one node
    redis-ms:
      hosts: { 10.10.10.10: { redis_node: 1 ,redis_instances: { 6379: {} ,6380: { replica_of: '10.10.10.10 6379' } } } }
      vars: { redis_cluster: redis-ms ,redis_password: 'redis.ms' ,redis_max_memory: 64MB }

  vars:
    version: v4.5.0
    admin_ip: 10.10.10.10
    pg_version: 17                       # every cluster, unless it says otherwise
)";

const QString kUsers = u"/all/children/pg-meta/vars/pg_users"_s;
const QString kDatabases = u"/all/children/pg-meta/vars/pg_databases"_s;
const QString kHba = u"/all/children/pg-meta/vars/pg_hba_rules"_s;

// The lines that differ between two texts (one changed region): {removed, added}.
std::pair<QStringList, QStringList> lineDiff(const QString &before, const QString &after)
{
    QStringList a = before.split(u'\n');
    QStringList b = after.split(u'\n');
    while (!a.isEmpty() && !b.isEmpty() && a.constFirst() == b.constFirst()) {
        a.removeFirst();
        b.removeFirst();
    }
    while (!a.isEmpty() && !b.isEmpty() && a.constLast() == b.constLast()) {
        a.removeLast();
        b.removeLast();
    }
    return {a, b};
}

} // namespace

class TestInventoryForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QAction mOpen, mSample, mShow;
    std::unique_ptr<InventorySession> mSession;
    std::unique_ptr<InventoryPanel> mPanel;
    QString mOriginal;

    QString text() const { return QString::fromStdString(mSession->document()->text()); }
    int undoCount() const { return mSession->undoStack()->index(); } // steps that can be undone

    template<typename T>
    T *current() const
    {
        FormPage *form = mPanel->currentForm();
        if (auto *sections = qobject_cast<PgSectionForm *>(form))
            form = sections->currentForm();
        return qobject_cast<T *>(form);
    }

    // Lets the panel rebuild its tree (it does so once the event loop runs after an edit).
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    template<typename T>
    T *show(const QString &pointer)
    {
        settle();
        mPanel->select(pointer);
        return current<T>();
    }

    // Selects a tree item by its names from the top ("PostgreSQL", "pg-test", "Users").
    bool selectByNames(const QStringList &names)
    {
        const QAbstractItemModel *model = mPanel->tree()->model();
        QModelIndex parent;
        for (const QString &name : names) {
            const QModelIndexList hits = model->match(model->index(0, 0, parent), Qt::DisplayRole, name, 1,
                                                      Qt::MatchExactly);
            if (hits.isEmpty())
                return false;
            parent = hits.constFirst();
        }
        mPanel->tree()->setCurrentIndex(parent);
        return true;
    }

    // Does what a user does; then exactly these lines changed, the YAML tab shows it, one undo step.
    void expectEdit(const std::function<void()> &action, const QStringList &removed, const QStringList &added)
    {
        const QString before = text();
        const int undo = undoCount();
        action();
        QTRY_COMPARE(undoCount(), undo + 1); // some tables write once their editor has closed
        const auto [gone, come] = lineDiff(before, text());
        QCOMPARE(gone, removed);
        QCOMPARE(come, added);
        QCOMPARE(mPanel->yamlView()->editor()->toPlainText(), text());
    }

    // Undoes everything: the file is exactly what it was.
    void verifyUndoAll()
    {
        while (mSession->undoStack()->canUndo())
            mSession->undoStack()->undo();
        QCOMPARE(text(), mOriginal);
        QCOMPARE(mPanel->yamlView()->editor()->toPlainText(), mOriginal);
    }

    void snapshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("STACKYARD_FORMS_SNAPSHOTS"); !dir.isEmpty()) {
            settle();
            mPanel->grab().save(dir + u"/form-"_s + name + u".png"_s);
        }
    }

    // Replaces the text of a line edit or spin box as a user does, then presses Enter.
    static void type(QWidget *widget, const QString &text)
    {
        QTest::keySequence(widget, QKeySequence::SelectAll);
        QTest::keyClick(widget, Qt::Key_Backspace);
        QTest::keyClicks(widget, text);
        QTest::keyClick(widget, Qt::Key_Return);
    }

    // Clicks a check box on its indicator, where a user clicks.
    static void click(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

    // Types text into an "add" combo box and clicks its Add button.
    static void add(QComboBox *input, QPushButton *button, const QString &text)
    {
        input->setEditText(text);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void choose(QComboBox *combo, const QString &value)
    {
        const int i = combo->findData(value);
        QVERIFY2(i >= 0, qPrintable(value));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        appinfo::initialize(u"Stackyard"_s);
    }

    void init()
    {
        mPanel.reset(); // the previous test's
        mSession.reset();
        const QString path = mDir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".yml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kInventory);
        file.close();
        mOriginal = QString::fromUtf8(kInventory);

        mSession = std::make_unique<InventorySession>();
        mPanel = std::make_unique<InventoryPanel>(mSession.get(), ShellActions{&mOpen, &mSample, &mShow});
        QSignalSpy opened(mSession.get(), &InventorySession::opened);
        mSession->open(path);
        QVERIFY(opened.wait(10000));
        const InventoryOverview overview = mSession->overview();
        mPanel->setInventory(&overview);
        mPanel->resize(1280, 860);
        mPanel->show();
        QVERIFY(QTest::qWaitForWindowExposed(mPanel.get()));
        QCOMPARE(text(), mOriginal);
    }

    void clusterForm()
    {
        auto *form = show<PgClusterForm>(u"/all/children/pg-meta"_s);
        QVERIFY(form);
        snapshot(u"pgcluster"_s);
        QCOMPARE(form->clusterLabel()->text(), u"pg-meta"_s);
        QCOMPARE(form->summaryLabel()->text(), u"2 instance(s) · 2 user(s) · 1 database(s)"_s);
        QCOMPARE(form->versionCombo()->currentText(), QString());
        QCOMPARE(form->versionCombo()->lineEdit()->placeholderText(), u"17 (all.vars)"_s); // not Pigsty's 18
        QCOMPARE(form->confCombo()->currentText(), u"Inherited: oltp.yml (default)"_s);
        QVERIFY(form->backupMethodCombo()->findData(u"local"_s) >= 0);
        QVERIFY(form->backupMethodCombo()->findData(u"minio"_s) >= 0);
        // Every variable of the group stays editable below the fields.
        const QAbstractItemModel *vars = form->variablesForm()->table()->model();
        QCOMPARE(vars->match(vars->index(0, 0), Qt::DisplayRole, u"pg_hba_rules"_s).size(), 1);

        // Enter without a change writes nothing.
        type(form->portSpin(), u"5432"_s);
        QCOMPARE(undoCount(), 0);
        QCOMPARE(text(), mOriginal);

        const QString port = u"        pg_port: 5432                      # the default port"_s;
        const QString newPort = u"        pg_port: 5433                      # the default port"_s;
        expectEdit([&] { type(form->portSpin(), u"5433"_s); }, {port}, {newPort});
        // Clearing the field removes the key: the default applies again.
        expectEdit([&] { type(form->portSpin(), QString()); }, {newPort}, {});
        QVERIFY(!form->portSpin()->isSet());
        QCOMPARE(form->portSpin()->placeholderText(), u"5432 (default)"_s);

        expectEdit([&] { type(form->versionCombo()->lineEdit(), u"16"_s); }, {}, {u"        pg_version: 16"_s});
        expectEdit([&] { choose(form->confCombo(), u"olap.yml"_s); }, {}, {u"        pg_conf: olap.yml"_s});
        expectEdit([&] { choose(form->backupMethodCombo(), u"minio"_s); }, {},
                   {u"        pgbackrest_method: minio"_s});
        expectEdit([&] { type(form->extensionsEdit(), u"pgvector,postgis "_s); },
                   {u"        pg_extensions: [ pgvector ]"_s}, {u"        pg_extensions: [ pgvector ,postgis ]"_s});
        QCOMPARE(form->extensionsEdit()->text(), u"pgvector, postgis"_s);
        expectEdit([&] { type(form->maxConnEdit(), u"200"_s); }, {}, {u"        pg_max_conn: 200"_s});
        verifyUndoAll();
    }

    void instanceForm()
    {
        auto *form = show<PgInstanceForm>(u"/all/children/pg-meta/hosts/10.10.10.11"_s);
        QVERIFY(form);
        snapshot(u"pginstance"_s);
        QCOMPARE(form->seqSpin()->valueText(), u"2"_s);
        QCOMPARE(form->roleCombo()->currentData().toString(), u"replica"_s);
        QVERIFY(!form->offlineQueryCheck()->isChecked());
        QCOMPARE(form->hostEdit()->placeholderText(), u"10.10.10.11 (the host key)"_s);

        // The effective variables show the host's pg_role, and follow its changes.
        const QAbstractItemModel *effective = form->effectiveTable()->model();
        const auto effectiveRole = [effective] {
            const QModelIndexList hits = effective->match(effective->index(0, 0), Qt::DisplayRole, u"pg_role"_s);
            return hits.isEmpty() ? QString() : hits.constFirst().siblingAtColumn(1).data().toString();
        };
        QCOMPARE(effectiveRole(), u"replica"_s);

        const QString line = u"        10.10.10.11: { pg_seq: 2 ,pg_role: %1 }   # read-only replica"_s;
        expectEdit([&] { choose(form->roleCombo(), u"offline"_s); }, {line.arg(u"replica"_s)},
                   {line.arg(u"offline"_s)});
        QTRY_COMPARE(effectiveRole(), u"offline"_s);
        expectEdit([&] { type(form->hostEdit(), u"el9"_s); }, {line.arg(u"offline"_s)},
                   {line.arg(u"offline ,ansible_host: el9"_s)});

        const QString before = text();
        click(form->offlineQueryCheck());
        const QString offline = line.arg(u"offline ,ansible_host: el9 ,pg_offline_query: true"_s);
        QCOMPARE(lineDiff(before, text()).second, QStringList{offline});
        click(form->offlineQueryCheck()); // unchecked: back to the default
        QCOMPARE(text(), before);

        type(form->sshPortSpin(), u"2222"_s);
        QVERIFY(text().contains(u"ansible_host: el9 ,ansible_port: 2222 }"_s));
        verifyUndoAll();
    }

    void userForm()
    {
        auto *form = show<PgUserForm>(kUsers + u"/0"_s);
        QVERIFY(form);
        snapshot(u"pguser"_s);
        QCOMPARE(form->nameEdit()->text(), u"dbuser_meta"_s);
        QCOMPARE(form->passwordField()->lineEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(form->passwordField()->lineEdit()->text(), u"DBUser.Meta"_s);
        QTest::mouseClick(form->passwordField()->showButton(), Qt::LeftButton);
        QCOMPARE(form->passwordField()->lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(form->attributeCheck(u"pgbouncer"_s)->checkState(), Qt::Checked);
        QCOMPARE(form->attributeCheck(u"superuser"_s)->checkState(), Qt::PartiallyChecked);
        QVERIFY(form->attributeCheck(u"login"_s)->toolTip().contains(u"LOGIN (PostgreSQL default)"_s));
        QCOMPARE(form->rolesEditor()->list()->count(), 1);

        const QString line0 = u"          - { name: dbuser_meta ,password: DBUser.Meta ,pgbouncer: true ,roles: [ "
                              u"dbrole_admin ] ,comment: admin user }"_s;
        // Not set → checked: the attribute is added to the flow mapping.
        expectEdit([&] { click(form->attributeCheck(u"superuser"_s)); }, {line0},
                   {line0.chopped(2) + u" ,superuser: true }"_s});
        // Checked → unchecked → not set (removed).
        click(form->attributeCheck(u"pgbouncer"_s));
        QVERIFY(text().contains(u"DBUser.Meta ,pgbouncer: false ,roles"_s));
        click(form->attributeCheck(u"pgbouncer"_s));
        QVERIFY(text().contains(u"DBUser.Meta ,roles: [ dbrole_admin ]"_s));
        QCOMPARE(form->attributeCheck(u"pgbouncer"_s)->checkState(), Qt::PartiallyChecked);
        QCOMPARE(undoCount(), 3);

        add(form->rolesEditor()->input(), form->rolesEditor()->addButton(), u"dbrole_readwrite"_s);
        QVERIFY(text().contains(u"roles: [ dbrole_admin ,dbrole_readwrite ]"_s));
        QCOMPARE(form->rolesEditor()->list()->count(), 2);
        type(form->passwordField()->lineEdit(), u"123456"_s); // a number would read as int: quoted
        QVERIFY(text().contains(u"password: '123456'"_s));
        type(form->connLimitSpin(), u"10"_s);
        QVERIFY(text().contains(u",comment: admin user ,superuser: true ,connlimit: 10 }"_s));
        choose(form->poolModeCombo(), u"session"_s);
        QVERIFY(text().contains(u",connlimit: 10 ,pool_mode: session }"_s));
        QCOMPARE(undoCount(), 7);

        // A keychain reference is shown, not editable; a role mapping keeps its form.
        form = show<PgUserForm>(kUsers + u"/1"_s);
        QVERIFY(form);
        QVERIFY(!form->passwordField()->showButton()->isChecked()); // shown for one user only
        snapshot(u"pguser-keychain"_s);
        QVERIFY(form->passwordField()->storedLabel()->isVisible());
        QVERIFY(!form->passwordField()->lineEdit()->isVisible());
        QCOMPARE(form->passwordField()->storedLabel()->text(), u"Stored in the keychain as pg-meta/dbuser_view"_s);
        QCOMPARE(form->rolesEditor()->list()->item(1)->text(), u"pg_monitor"_s);
        form->rolesEditor()->list()->setCurrentRow(0);
        const QString before = text();
        QTest::mouseClick(form->rolesEditor()->removeButton(), Qt::LeftButton);
        const QStringList added = lineDiff(before, text()).second;
        QCOMPARE(added.size(), 1);
        QVERIFY2(added.constFirst().endsWith(u",roles: [ { name: pg_monitor ,admin: true } ] }"_s),
                 qPrintable(added.constFirst()));
        verifyUndoAll();
    }

    void usersSection()
    {
        // The Instances section only points at its instances.
        QVERIFY(selectByNames({u"PostgreSQL"_s, u"pg-meta"_s, u"Instances"_s}));
        QVERIFY(qobject_cast<PgSectionForm *>(mPanel->currentForm()));
        QCOMPARE(qobject_cast<PgSectionForm *>(mPanel->currentForm())->currentForm(), nullptr);

        auto *form = show<PgUsersForm>(kUsers);
        QVERIFY(form);
        snapshot(u"pgusers"_s);
        QCOMPARE(form->list()->topLevelItemCount(), 2);
        QCOMPARE(form->list()->topLevelItem(1)->text(1), u"dbrole_readonly, pg_monitor"_s);
        expectEdit([&] { type(form->newNameEdit(), u"dbuser_app"_s); }, {}, {u"          - { name: dbuser_app }"_s});
        QCOMPARE(form->list()->topLevelItemCount(), 3);
        settle(); // the panel rebuilds its tree

        // Double-click opens the user.
        const QPoint at = form->list()->visualItemRect(form->list()->topLevelItem(2)).center();
        QTest::mouseClick(form->list()->viewport(), Qt::LeftButton, {}, at); // a double click starts with a press
        QTest::mouseDClick(form->list()->viewport(), Qt::LeftButton, {}, at);
        auto *user = current<PgUserForm>();
        QVERIFY(user);
        QCOMPARE(user->pointer(), kUsers + u"/2"_s);
        QCOMPARE(user->nameEdit()->text(), u"dbuser_app"_s);

        // A cluster without pg_users gets the list; the section stays selected.
        QVERIFY(selectByNames({u"PostgreSQL"_s, u"pg-test"_s, u"Users"_s}));
        form = current<PgUsersForm>();
        QVERIFY(form);
        QCOMPARE(form->list()->topLevelItemCount(), 0);
        expectEdit([&] { type(form->newNameEdit(), u"dbuser_test"_s); }, {u"      vars: { pg_cluster: pg-test }"_s},
                   {u"      vars: { pg_cluster: pg-test ,pg_users: [ { name: dbuser_test } ] }"_s});
        QTRY_VERIFY(current<PgUsersForm>() && current<PgUsersForm>()->list()->topLevelItemCount() == 1);
        QCOMPARE(mPanel->tree()->currentIndex().data().toString(), u"Users"_s);

        // Remove the selected user.
        form = show<PgUsersForm>(kUsers);
        QVERIFY(form);
        form->list()->setCurrentItem(form->list()->topLevelItem(2));
        expectEdit([&] { QTest::mouseClick(form->removeButton(), Qt::LeftButton); },
                   {u"          - { name: dbuser_app }"_s}, {});
        verifyUndoAll();
    }

    void databaseForm()
    {
        auto *form = show<PgDatabaseForm>(kDatabases + u"/0"_s);
        QVERIFY(form);
        snapshot(u"pgdatabase"_s);
        QCOMPARE(form->nameEdit()->text(), u"meta"_s);
        QCOMPARE(form->ownerCombo()->currentText(), u"dbuser_meta"_s);
        QCOMPARE(form->ownerCombo()->count(), 2); // the cluster's users
        QCOMPARE(form->pgbouncerCheck()->checkState(), Qt::PartiallyChecked);
        QTableWidget *extensions = form->extensionsEditor()->table();
        QCOMPARE(extensions->rowCount(), 2);
        QCOMPARE(extensions->item(1, ExtensionsEditor::SchemaColumn)->text(), u"public"_s);

        QString line = u"          - { name: meta ,owner: dbuser_meta ,extensions: [ vector ,{ name: postgis ,"
                       u"schema: public } ] ,comment: meta database }"_s;
        // Each step changes the line a little more.
        const auto step = [&](const std::function<void()> &action, const QString &from, const QString &to) {
            const QString next = QString(line).replace(from, to);
            expectEdit(action, {line}, {next});
            line = next;
        };
        step([&] { type(form->ownerCombo()->lineEdit(), u"dbuser_view"_s); }, u"owner: dbuser_meta"_s,
             u"owner: dbuser_view"_s);
        // A string item becomes a mapping only when it gets a schema; a mapping stays one.
        step([&] { extensions->item(0, ExtensionsEditor::SchemaColumn)->setText(u"extensions"_s); }, u"[ vector ,"_s,
             u"[ { name: vector ,schema: extensions } ,"_s);
        step([&] { extensions->item(1, ExtensionsEditor::VersionColumn)->setText(u"3.4"_s); }, u"schema: public }"_s,
             u"schema: public ,version: '3.4' }"_s);
        ExtensionsEditor *editor = form->extensionsEditor();
        step([&] { add(editor->input(), editor->addButton(), u"pg_trgm"_s); }, u"} ]"_s, u"} ,pg_trgm ]"_s);
        QCOMPARE(extensions->rowCount(), 3);
        step([&] { click(form->pgbouncerCheck()); }, u"meta database }"_s, u"meta database ,pgbouncer: true }"_s);
        step([&] { choose(form->stateCombo(), u"recreate"_s); }, u"true }"_s, u"true ,state: recreate }"_s);
        ListEditor *schemas = form->schemasEditor();
        step([&] { add(schemas->input(), schemas->addButton(), u"app"_s); }, u"recreate }"_s,
             u"recreate ,schemas: [ app ] }"_s);
        verifyUndoAll();

        // The Databases section adds a database.
        auto *list = show<PgDatabasesForm>(kDatabases);
        QVERIFY(list);
        QCOMPARE(list->list()->topLevelItem(0)->text(1), u"owner dbuser_meta — meta database"_s);
        expectEdit([&] { type(list->newNameEdit(), u"app"_s); }, {}, {u"          - { name: app }"_s});
        verifyUndoAll();
    }

    void hbaRules()
    {
        auto *form = show<HbaRulesForm>(kHba);
        QVERIFY(form);
        snapshot(u"hbarules"_s);
        QAbstractItemModel *model = form->table()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, HbaRulesModel::OrderColumn).data().toString(), u"800"_s);

        // Through the address column's combo box, as a user does: typed, then Enter.
        const QString line0 = u"          - { user: dbuser_view ,db: all ,addr: infra ,auth: pwd ,title: 'allow "
                              u"grafana dashboard access' }"_s;
        const QString line1 = QString(line0).replace(u"addr: infra"_s, u"addr: world"_s);
        const QModelIndex addr = model->index(0, HbaRulesModel::AddrColumn);
        form->table()->setCurrentIndex(addr);
        form->table()->edit(addr);
        auto *combo = form->table()->viewport()->findChild<QComboBox *>(u"cellCombo"_s);
        QVERIFY(combo);
        QVERIFY(combo->findText(u"world"_s) >= 0);
        QTest::failOnWarning(QRegularExpression(u"does not belong to this view"_s)); // committed once
        combo->setEditText(u"world"_s);
        expectEdit([&] { QTest::keyClick(combo->lineEdit(), Qt::Key_Return); }, {line0}, {line1});

        // order is written as a number, the others as strings.
        const QModelIndex order = form->model()->index(0, HbaRulesModel::OrderColumn);
        expectEdit([&] { QVERIFY(form->model()->setData(order, u"50"_s)); }, {line1},
                   {line1.chopped(2) + u" ,order: 50 }"_s});
        QVERIFY(!form->model()->setData(form->model()->index(0, HbaRulesModel::OrderColumn), u"50"_s)); // unchanged
        settle();
        QCOMPARE(undoCount(), 2);

        expectEdit([&] { QTest::mouseClick(form->addButton(), Qt::LeftButton); }, {},
                   {u"          - { user: all ,db: all ,addr: intra ,auth: pwd ,title: new rule }"_s});
        QCOMPARE(form->model()->rowCount(), 3);
        verifyUndoAll();

        // A rule item shows the table with its row selected.
        form = show<HbaRulesForm>(kHba + u"/1"_s);
        QVERIFY(form);
        QCOMPARE(form->table()->selectionModel()->selectedRows().value(0).row(), 1);
        const QString before = text();
        QTest::mouseClick(form->removeButton(), Qt::LeftButton);
        QVERIFY(lineDiff(before, text()).first.value(0).contains(u"everyone from the intranet"_s));
        verifyUndoAll();
    }

    void redisForm()
    {
        auto *form = show<RedisForm>(u"/all/children/redis-ms"_s);
        QVERIFY(form);
        snapshot(u"rediscluster"_s);
        QCOMPARE(form->passwordField()->lineEdit()->text(), u"redis.ms"_s);
        QCOMPARE(form->passwordField()->lineEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(form->maxMemoryEdit()->text(), u"64MB"_s);
        QCOMPARE(form->rdbSaveEdit()->placeholderText(), u"1200 1 (default)"_s);

        const QString vars =
            u"      vars: { redis_cluster: redis-ms ,redis_password: 'redis.ms' ,redis_max_memory: %1 }"_s;
        expectEdit([&] { type(form->maxMemoryEdit(), u"128MB"_s); }, {vars.arg(u"64MB"_s)}, {vars.arg(u"128MB"_s)});
        expectEdit([&] { choose(form->modeCombo(), u"sentinel"_s); }, {vars.arg(u"128MB"_s)},
                   {vars.arg(u"128MB ,redis_mode: sentinel"_s)});
        type(form->rdbSaveEdit(), u"900 1, 300 10"_s);
        QVERIFY(text().contains(u",redis_mode: sentinel ,redis_rdb_save: [ 900 1 ,300 10 ] }"_s));

        form = show<RedisForm>(u"/all/children/redis-ms/hosts/10.10.10.10"_s);
        QVERIFY(form);
        snapshot(u"redishost"_s);
        RedisInstancesModel *instances = form->instancesModel();
        QCOMPARE(instances->rowCount(), 2);
        QCOMPARE(instances->index(1, RedisInstancesModel::ReplicaOfColumn).data().toString(), u"10.10.10.10 6379"_s);
        QCOMPARE(form->nodeSpin()->valueText(), u"1"_s);

        const QString hosts = u"      hosts: { 10.10.10.10: { redis_node: 1 ,redis_instances: { 6379: {} ,6380: { "
                              u"replica_of: '10.10.10.10 6379' }%1 } } }"_s;
        expectEdit([&] { QTest::mouseClick(form->addInstanceButton(), Qt::LeftButton); }, {hosts.arg(QString())},
                   {hosts.arg(u" ,6381: {}"_s)});
        QCOMPARE(instances->rowCount(), 3);

        // replica_of is picked from every instance of the inventory.
        form->instancesTable()->edit(instances->index(2, RedisInstancesModel::ReplicaOfColumn));
        auto *combo = form->instancesTable()->viewport()->findChild<QComboBox *>(u"cellCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // 6379, 6380 and the new 6381
        QTest::failOnWarning(QRegularExpression(u"does not belong to this view"_s));
        combo->setCurrentIndex(combo->findText(u"10.10.10.10 6380"_s)); // picked from the list
        expectEdit([&] { emit combo->activated(combo->currentIndex()); }, {hosts.arg(u" ,6381: {}"_s)},
                   {hosts.arg(u" ,6381: { replica_of: 10.10.10.10 6380 }"_s)});

        form->instancesTable()->selectRow(2);
        expectEdit([&] { QTest::mouseClick(form->removeInstanceButton(), Qt::LeftButton); },
                   {hosts.arg(u" ,6381: { replica_of: 10.10.10.10 6380 }"_s)}, {hosts.arg(QString())});
        verifyUndoAll();
    }

    void refusedEditChangesNothing()
    {
        auto *form = show<VariablesForm>(u"/all/vars"_s);
        QVERIFY(form);
        QAbstractItemModel *model = form->table()->model();
        const QModelIndexList version = model->match(model->index(0, 0), Qt::DisplayRole, u"pg_version"_s);
        QCOMPARE(version.size(), 1);
        QVERIFY(model->setData(version.constFirst().siblingAtColumn(VariablesModel::ValueColumn), u"[unclosed"_s));
        auto *bar = mPanel->findChild<QFrame *>(u"inventoryMessageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>()->text().contains(u"not valid YAML"_s));
        QCOMPARE(text(), mOriginal);
        QCOMPARE(undoCount(), 0);

        // A typed form refuses an empty name, tells why and shows the name again.
        auto *user = show<PgUserForm>(kUsers + u"/0"_s);
        QVERIFY(user);
        type(user->nameEdit(), QString());
        QVERIFY(bar->findChild<QLabel *>()->text().contains(u"A user needs a name"_s));
        QCOMPARE(user->nameEdit()->text(), u"dbuser_meta"_s);
        QCOMPARE(text(), mOriginal);
        QCOMPARE(undoCount(), 0);
    }
};

QTEST_MAIN(TestInventoryForms)
#include "tst_inventoryforms.moc"
