// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory editor, offscreen: a form edit shows in the YAML and undoes exactly; typing a bad
// value in the YAML view shows a finding (problems list, tree mark, underline); Save writes the
// file; a change by another program is offered for reload; the filter narrows the tree.
#include "core/appinfo.h"
#include "inventory/findingsmodel.h"
#include "inventory/forms/variablesform.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorypanel.h"
#include "inventory/inventorysession.h"
#include "inventory/inventorytreemodel.h"
#include "inventory/yamlview.h"
#include "shared/codeeditor.h"
#include "shell/mainwindow.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const QByteArray kInventory = "#==== my stack ====#\n"
                              "all:\n"
                              "  children:\n"
                              "    pg-meta:   # the main cluster\n"
                              "      hosts:\n"
                              "        10.0.0.1: { pg_seq: 1, pg_role: primary }\n"
                              "      vars:\n"
                              "        pg_cluster: pg-meta\n"
                              "        pg_port: 5432   # default port\n"
                              "    redis-ms:\n"
                              "      hosts: { 10.0.0.2: { redis_node: 1, redis_instances: { 6379: {} } } }\n"
                              "      vars: { redis_cluster: redis-ms }\n"
                              "  vars:\n"
                              "    admin_ip: 10.0.0.1\n";

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestInventoryEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<MainWindow> mWindow;
    InventoryPanel *mPanel = nullptr;

    InventorySession *session() const { return mWindow->session(); }
    QString yamlText() const { return mPanel->yamlView()->editor()->toPlainText(); }
    // The variables table of the current form: the form itself, or the one a typed form embeds.
    VariablesForm *variablesForm() const
    {
        if (auto *form = qobject_cast<VariablesForm *>(mPanel->currentForm()))
            return form;
        return mPanel->currentForm() ? mPanel->currentForm()->findChild<VariablesForm *>() : nullptr;
    }

private slots:
    void initTestCase()
    {
        appinfo::initialize(u"Stackyard"_s);
    }

    void init()
    {
        mPath = mDir.filePath(u"inventory.yml"_s);
        QFile f(mPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kInventory);
        f.close();
        mWindow = std::make_unique<MainWindow>();
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
        QSignalSpy opened(session(), &InventorySession::opened);
        mWindow->openInventory(mPath);
        QVERIFY(opened.wait(10000));
        mPanel = qobject_cast<InventoryPanel *>(mWindow->panel(MainWindow::InventoryPanelIndex));
        QTRY_COMPARE(yamlText(), QString::fromUtf8(kInventory));
    }

    void cleanup()
    {
        session()->undoStack()->setClean(); // no "unsaved changes" question on close
        if (session()->document()->isModified())
            session()->document()->markSaved(mPath, session()->document()->text());
        mWindow.reset();
    }

    void formEditShowsInYamlAndUndoes()
    {
        mPanel->select(u"/all/children/pg-meta"_s);
        auto *form = variablesForm();
        QVERIFY(form);
        QAbstractItemModel *vars = form->table()->model();
        int portRow = -1;
        for (int r = 0; r < vars->rowCount(); ++r)
            if (vars->index(r, 0).data().toString() == u"pg_port"_s)
                portRow = r;
        QVERIFY(portRow >= 0);
        QVERIFY(vars->setData(vars->index(portRow, 1), u"5433"_s));

        const QString expected = QString::fromUtf8(kInventory).replace(u"pg_port: 5432   #"_s, u"pg_port: 5433   #"_s);
        QCOMPARE(QString::fromStdString(session()->document()->text()), expected);
        QTRY_COMPARE(yamlText(), expected);
        QVERIFY(mWindow->isWindowModified());
        QVERIFY(mWindow->findChild<QAction *>(u"saveAction"_s)->isEnabled());
        QCOMPARE(form->table()->model()->index(portRow, 1).data().toString(), u"5433"_s);

        // Undo through the main window's Edit menu shortcut restores the exact text.
        mWindow->activateWindow();
        QTest::keySequence(mWindow.get(), QKeySequence::Undo);
        QCOMPARE(QString::fromStdString(session()->document()->text()), QString::fromUtf8(kInventory));
        QTRY_COMPARE(yamlText(), QString::fromUtf8(kInventory));
        QVERIFY(!mWindow->isWindowModified());
        session()->undoStack()->redo();
        QTRY_COMPARE(yamlText(), expected);

        // A value that is not YAML is refused with a message; nothing changes.
        QVERIFY(vars->setData(vars->index(portRow, 1), u"[ unclosed"_s));
        QCOMPARE(QString::fromStdString(session()->document()->text()), expected);
        QVERIFY(mPanel->findChild<QFrame *>(u"inventoryMessageBar"_s)->isVisible());
    }

    void addAndRemoveVariable()
    {
        mPanel->select(u"/all/vars"_s);
        auto *form = variablesForm();
        QVERIFY(form);
        form->addVariable(u"region"_s, u"china"_s);
        QVERIFY(session()->document()->text().find("    admin_ip: 10.0.0.1\n    region: china\n") != std::string::npos);
        form->table()->selectRow(1);
        QTest::mouseClick(form->findChild<QPushButton *>(u"removeVariableButton"_s), Qt::LeftButton);
        QCOMPARE(QString::fromStdString(session()->document()->text()), QString::fromUtf8(kInventory));
    }

    void hostShowsEffectiveVariables()
    {
        mPanel->select(u"/all/children/pg-meta/hosts/10.0.0.1"_s);
        auto *form = variablesForm();
        QVERIFY(form);
        QVERIFY(form->effectiveTable()->isVisible());
        const QAbstractItemModel *effective = form->effectiveTable()->model();
        QString portSource;
        for (int r = 0; r < effective->rowCount(); ++r)
            if (effective->index(r, 0).data().toString() == u"pg_port"_s)
                portSource = effective->index(r, 2).data().toString();
        QCOMPARE(portSource, u"group pg-meta, line 9"_s);
    }

    void badValueInYamlShowsFinding()
    {
        mPanel->tabs()->setCurrentWidget(mPanel->yamlView());
        CodeEditor *editor = mPanel->yamlView()->editor();
        QTextCursor cursor = editor->document()->find(u"pg_role: primary"_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"pg_role: leader"_s);
        // The typing reaches the document after a pause, then validation runs off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(session()->document()->text().find("pg_role: leader") != std::string::npos, 5000);
        const auto *problems = mPanel->problems()->model();
        QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > 0, 5000);
        bool found = false;
        for (int r = 0; r < problems->rowCount(); ++r) {
            if (problems->index(r, FindingsModel::MessageColumn).data().toString().contains(u"leader"_s)) {
                found = true;
                QCOMPARE(problems->index(r, 0).data(FindingsModel::LineRole).toInt(), 6);
                QCOMPARE(problems->index(r, 0).data().toString(), u"Error"_s);
            }
        }
        QVERIFY2(found, "a finding names the bad pg_role");
        QVERIFY(!editor->extraSelections().isEmpty());
        // The tree marks the cluster with the error.
        const QModelIndex cluster = mPanel->tree()->model()->index(0, 0, mPanel->tree()->model()->index(0, 0));
        QCOMPARE(cluster.data().toString(), u"pg-meta"_s);
        QTRY_COMPARE(cluster.data(InventoryTreeModel::SeverityRole).toInt(), 2);

        // A YAML syntax error becomes the one finding, with its line.
        cursor = editor->document()->find(u"pg_cluster: pg-meta"_s);
        cursor.insertText(u"pg_cluster: [ pg-meta"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session()->document()->syntaxError().has_value(), 5000);
        QTRY_COMPARE(problems->rowCount(), 1);
        QVERIFY(problems->index(0, FindingsModel::MessageColumn).data().toString().startsWith(u"The file is not valid YAML"_s));

        // Clicking the finding jumps to its line in the YAML tab.
        mPanel->tabs()->setCurrentIndex(0);
        QTest::mouseClick(mPanel->problems()->viewport(), Qt::LeftButton, {},
                          mPanel->problems()->visualRect(problems->index(0, 2)).center());
        QCOMPARE(mPanel->tabs()->currentWidget(), mPanel->yamlView());
        QCOMPARE(editor->textCursor().blockNumber() + 1, problems->index(0, 0).data(FindingsModel::LineRole).toInt());

        // Undo of the typing brings the valid text back.
        while (session()->undoStack()->canUndo())
            session()->undoStack()->undo();
        QCOMPARE(QString::fromStdString(session()->document()->text()), QString::fromUtf8(kInventory));
        QTRY_COMPARE(yamlText(), QString::fromUtf8(kInventory));
        QTRY_COMPARE(problems->rowCount(), 0);
    }

    void saveWritesTheFile()
    {
        QVERIFY(session()->setText(*yaml::Pointer::parse("/all/vars/admin_ip"), u"10.0.0.9"_s, false, u"admin ip"_s).ok());
        QSignalSpy saved(session(), &InventorySession::saved);
        mWindow->activateWindow();
        QTest::keySequence(mWindow.get(), QKeySequence::Save);
        QVERIFY(saved.wait(10000));
        QCOMPARE(read(mPath), QByteArray(kInventory).replace("admin_ip: 10.0.0.1", "admin_ip: 10.0.0.9"));
        QVERIFY(!mWindow->isWindowModified());
        QVERIFY(!mWindow->findChild<QAction *>(u"saveAction"_s)->isEnabled());
    }

    void outsideChangeOffersReload()
    {
        QSignalSpy external(session(), &InventorySession::externallyChanged);
        QFile f(mPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kInventory + "# added by another editor\n");
        f.close();
        QVERIFY(external.wait(5000));
        auto *bar = mPanel->findChild<QFrame *>(u"inventoryMessageBar"_s);
        QTRY_VERIFY(bar->isVisible());
        auto *reload = bar->findChild<QPushButton *>();
        QVERIFY(reload->isVisible());
        QSignalSpy opened(session(), &InventorySession::opened);
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(yamlText().endsWith(u"# added by another editor\n"_s));
        QVERIFY(!bar->isVisible());
    }

    void filterNarrowsTheTree()
    {
        QAbstractItemModel *tree = mPanel->tree()->model();
        QCOMPARE(tree->rowCount(), 3); // PostgreSQL, Redis, Global variables
        mPanel->filter()->setText(u"redis"_s);
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, 0).data().toString(), u"Redis"_s);
        mPanel->filter()->clear();
        QCOMPARE(tree->rowCount(), 3);
    }
};

QTEST_MAIN(TestInventoryEditor)
#include "tst_inventoryeditor.moc"
