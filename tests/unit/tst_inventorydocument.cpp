// SPDX-License-Identifier: GPL-3.0-or-later
// The open inventory: byte-identical round trip, edits applied and undone by their inverse,
// invalid results refused, atomic saves, and changes by other programs noticed.
#include "inventory/inventorydocument.h"
#include "shareddata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const QByteArray kText = "# my cluster\nall:\n  children:\n    pg-meta:   # meta\n      hosts: { 10.0.0.1: { pg_seq: 1, pg_role: primary } }\n      vars: { pg_cluster: pg-meta }\n";

} // namespace

class TestInventoryDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    // Every Pigsty template: open and save without an edit gives the same bytes.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        STACKYARD_REQUIRE_SHARED_DATA();
        for (const QString &f : test::SharedData::pigstyConfFiles())
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const QString copy = mDir.filePath(u"copy.yml"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(file, copy));
        InventoryDocument doc;
        QVERIFY(doc.openNow(copy).ok());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.saveNow().ok());
        QCOMPARE(read(copy), read(file));
    }

    void editUndoSave()
    {
        const QString path = mDir.filePath(u"edit.yml"_s);
        write(path, kText);
        InventoryDocument doc;
        QVERIFY(doc.openNow(path).ok());
        QSignalSpy changed(&doc, &InventoryDocument::changed);
        QSignalSpy modified(&doc, &InventoryDocument::modifiedChanged);

        const auto edit = yaml::Editor(doc.inventory().tree()).set(*yaml::Pointer::parse("/all/children/pg-meta/hosts/10.0.0.2"),
                                                                   YAML::Load("{ pg_seq: 2, pg_role: replica }"));
        QVERIFY(edit.ok());
        const std::string before = doc.text();
        QVERIFY(doc.apply(*edit).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(modified.size(), 1);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.inventory().hostKeys(), (QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s}));

        // Undo is the inverse edit; the document is unmodified again.
        QVERIFY(doc.apply(edit->inverse(before)).ok());
        QCOMPARE(doc.text(), before);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.apply(*edit).ok());

        QSignalSpy saved(&doc, &InventoryDocument::saved);
        QVERIFY(doc.saveNow().ok());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!doc.isModified());
        QCOMPARE(read(path), QByteArray::fromStdString(doc.text()));
        QVERIFY(read(path).startsWith("# my cluster\n"));
    }

    void invalidResultRefused()
    {
        const QString path = mDir.filePath(u"invalid.yml"_s);
        write(path, kText);
        InventoryDocument doc;
        QVERIFY(doc.openNow(path).ok());
        const std::string before = doc.text();
        const auto result = doc.apply(yaml::TextEdit{0, 0, "all: [\n"});
        QVERIFY(!result.ok());
        QCOMPARE(doc.text(), before);
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.apply(yaml::TextEdit{int(before.size()), 5, "x"}).ok());
    }

    void rawTextWithSyntaxError()
    {
        const QString path = mDir.filePath(u"raw.yml"_s);
        write(path, kText);
        InventoryDocument doc;
        QVERIFY(doc.openNow(path).ok());
        QSignalSpy changed(&doc, &InventoryDocument::changed);
        doc.setText(doc.text() + "    broken: [\n");
        QCOMPARE(changed.size(), 1);
        QVERIFY(doc.syntaxError().has_value());
        QVERIFY(doc.syntaxError()->where.startsWith(path + u':'));
        QCOMPARE(doc.inventory().groups().size(), 1); // the last good parse stays
        // Structural edits wait until the YAML is fixed.
        QVERIFY(!doc.apply(yaml::TextEdit{0, 0, "#"}).ok());
        doc.setText(std::string(kText.constData()));
        QVERIFY(!doc.syntaxError().has_value());
        QVERIFY(!doc.isModified());
    }

    void saveFailureChangesNothing()
    {
        const QString path = mDir.filePath(u"ro.yml"_s);
        write(path, kText);
        InventoryDocument doc;
        QVERIFY(doc.openNow(path).ok());
        doc.setText(doc.text() + "# more\n");
        const auto result = doc.saveNow(u"/nonexistent-dir/inv.yml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, u"/nonexistent-dir/inv.yml"_s);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.path(), path);
        QCOMPARE(read(path), kText);
    }

    void externalChangeIsAnnounced()
    {
        const QString path = mDir.filePath(u"watched.yml"_s);
        write(path, kText);
        InventoryDocument doc;
        QVERIFY(doc.openNow(path).ok());
        QSignalSpy external(&doc, &InventoryDocument::externallyChanged);
        // Our own save is not an outside change.
        doc.setText(doc.text() + "# saved by us\n");
        QVERIFY(doc.saveNow().ok());
        QTest::qWait(300);
        QCOMPARE(external.size(), 0);
        // Another program writes the file.
        write(path, kText + "# edited elsewhere\n");
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 5000);
        QVERIFY(doc.reloadNow().ok());
        QVERIFY(doc.text().find("edited elsewhere") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestInventoryDocument)
#include "tst_inventorydocument.moc"
