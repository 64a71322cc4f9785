// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in YAML highlighter: which spans get which colour, comments outside quotes only.
#include "shared/yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestYamlHighlighter : public QObject
{
    Q_OBJECT

private:
    // Foreground colour of the character at column in the document's only line.
    static QColor colorAt(QTextDocument &doc, int column)
    {
        const QTextBlock block = doc.firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (column >= range.start && column < range.start + range.length)
                return range.format.foreground().color();
        return {};
    }

private slots:
    void spans_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("kind");
        QTest::newRow("block key") << u"  pg_cluster: pg-meta"_s << 3 << u"key"_s;
        QTest::newRow("value is plain") << u"  pg_cluster: pg-meta"_s << 15 << u"none"_s;
        QTest::newRow("list item key") << u"  - name: dbuser_meta"_s << 5 << u"key"_s;
        QTest::newRow("flow key") << u"- { name: x ,password: y }"_s << 14 << u"key"_s;
        QTest::newRow("comment") << u"pg_port: 5432 # the port"_s << 16 << u"comment"_s;
        QTest::newRow("number") << u"pg_port: 5432 # the port"_s << 10 << u"number"_s;
        QTest::newRow("hash in quotes is no comment") << u"password: 'a #b'"_s << 14 << u"string"_s;
        QTest::newRow("boolean") << u"pgbouncer: true"_s << 12 << u"keyword"_s;
        QTest::newRow("placeholder") << u"admin: ${admin_ip}"_s << 9 << u"placeholder"_s;
        QTest::newRow("whole-line comment") << u"#=== header ==="_s << 5 << u"comment"_s;
        QTest::newRow("ip is not a number") << u"10.10.10.10: { pg_seq: 1 }"_s << 1 << u"key"_s;
    }

    void spans()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, kind);

        QTextDocument doc;
        doc.setPlainText(line);
        YamlHighlighter highlighter(&doc, false);
        highlighter.rehighlight();
        const QColor c = colorAt(doc, column);

        // Reference colours come from highlighting one known sample of each kind.
        const auto reference = [](const QString &sample, int col) {
            QTextDocument d;
            d.setPlainText(sample);
            YamlHighlighter h(&d, false);
            h.rehighlight();
            return colorAt(d, col);
        };
        const QMap<QString, QColor> expected{
            {u"key"_s, reference(u"key: v"_s, 0)},
            {u"comment"_s, reference(u"# c"_s, 1)},
            {u"number"_s, reference(u"k: 42"_s, 3)},
            {u"string"_s, reference(u"k: 'x'"_s, 4)},
            {u"keyword"_s, reference(u"k: false"_s, 4)},
            {u"placeholder"_s, reference(u"k: $v"_s, 4)},
            {u"none"_s, QColor()},
        };
        QVERIFY2(expected.value(u"key"_s).isValid(), "reference key colour");
        QCOMPARE(c, expected.value(kind));
    }

    void darkUsesOtherColours()
    {
        QTextDocument doc;
        doc.setPlainText(u"key: value # note"_s);
        YamlHighlighter highlighter(&doc, false);
        highlighter.rehighlight();
        const QColor light = colorAt(doc, 0);
        highlighter.setDark(true);
        const QColor dark = colorAt(doc, 0);
        QVERIFY(light.isValid() && dark.isValid());
        QVERIFY(dark.lightness() > light.lightness());
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
