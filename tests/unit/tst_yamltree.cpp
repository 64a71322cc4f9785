// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML tree: every node's byte range holds exactly its source text, its structure equals
// yaml-cpp's own parse, and JSON Pointers find every value. Uses ../shared/pigsty (real Pigsty
// inventories) and the sample; inline cases cover what those files lack.
#include "shareddata.h"
#include "yaml/yamlpointer.h"
#include "yaml/yamltree.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace stackyard;
using namespace stackyard::yaml;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

// Compares a Tree subtree with yaml-cpp's node; returns "" or where they differ.
QString compare(const Tree &tree, Tree::Index i, const YAML::Node &y, const QString &path)
{
    const Tree::Node &n = tree.node(i);
    switch (n.kind) {
    case Tree::Kind::Null:
        return y.IsNull() ? QString() : path + u": null vs yaml-cpp"_s;
    case Tree::Kind::Scalar:
        if (!y.IsScalar() || y.Scalar() != n.value)
            return path + u": scalar '%1'"_s.arg(QString::fromStdString(n.value));
        return {};
    case Tree::Kind::Map: {
        if (!y.IsMap() || y.size() != n.children.size() / 2)
            return path + u": map size"_s;
        std::size_t e = 0;
        for (auto it = y.begin(); it != y.end(); ++it, ++e) {
            const Tree::Index k = n.children[2 * e];
            if (tree.scalar(k) != it->first.Scalar())
                return path + u": key order/name at entry %1"_s.arg(e);
            const QString sub = compare(tree, n.children[2 * e + 1], it->second,
                                        path + u'/' + QString::fromStdString(tree.scalar(k)));
            if (!sub.isEmpty())
                return sub;
        }
        return {};
    }
    case Tree::Kind::Seq: {
        if (!y.IsSequence() || y.size() != n.children.size())
            return path + u": seq size"_s;
        for (std::size_t e = 0; e < n.children.size(); ++e) {
            const QString sub = compare(tree, n.children[e], y[e], path + u'/' + QString::number(e));
            if (!sub.isEmpty())
                return sub;
        }
        return {};
    }
    case Tree::Kind::Alias:
        return {};
    }
    return {};
}

// The node's source text read back on its own gives the node (for scalars and flow collections).
QString checkRanges(const Tree &tree)
{
    for (Tree::Index i = 0; i < Tree::Index(tree.size()); ++i) {
        const Tree::Node &n = tree.node(i);
        const std::string src(tree.source(i));
        const auto where = [&] {
            const auto [line, col] = tree.lineColumn(n.start);
            return u"node %1 at %2:%3 [%4]: "_s.arg(i).arg(line).arg(col).arg(QString::fromStdString(src));
        };
        if (n.start > n.end || n.end > std::int32_t(tree.text().size()))
            return where() + u"bad range"_s;
        if (n.kind == Tree::Kind::Scalar) {
            if (n.style == Tree::Style::Literal || n.style == Tree::Style::Folded) {
                // The block's text read back under a key gives the value (the range stops before
                // the final line break, which stays part of the surrounding text).
                const YAML::Node y = YAML::Load("k: " + src + "\n");
                if (!y[std::string("k")].IsScalar() || y[std::string("k")].Scalar() != n.value)
                    return where() + u"block scalar does not read back"_s;
                continue;
            }
            if (n.style == Tree::Style::Plain && src.find('\n') == std::string::npos && src != n.value)
                return where() + u"plain text differs from value"_s;
            const YAML::Node y = YAML::Load(src);
            if (!y.IsScalar() || y.Scalar() != n.value)
                return where() + u"does not read back as '%1'"_s.arg(QString::fromStdString(n.value));
        } else if (n.style == Tree::Style::Flow) {
            const YAML::Node y = YAML::Load(src);
            const QString diff = compare(tree, i, y, QString());
            if (!diff.isEmpty())
                return where() + diff;
        } else if (n.kind == Tree::Kind::Map && n.style == Tree::Style::Block) {
            if (tree.source(n.children.front()) != tree.source(i).substr(0, tree.source(n.children.front()).size()))
                return where() + u"block map does not start at its first key"_s;
        } else if (n.kind == Tree::Kind::Null) {
            if (n.start != n.end && src != "~" && src != "null" && src != "Null" && src != "NULL")
                return where() + u"explicit null text"_s;
        }
    }
    return {};
}

} // namespace

class TestYamlTree : public QObject
{
    Q_OBJECT

private slots:
    void pigstyFiles_data()
    {
        QTest::addColumn<QString>("path");
        STACKYARD_REQUIRE_SHARED_DATA();
        for (const QString &f : test::SharedData::pigstyConfFiles())
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
        QTest::newRow("examples/local.yml") << qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s;
    }

    void pigstyFiles()
    {
        QFETCH(QString, path);
        const std::string text = readFile(path);
        QVERIFY(!text.empty());
        const auto tree = Tree::parse(text, path.toStdString());
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        QCOMPARE(tree->text(), text);
        const QString structure = compare(*tree, tree->root(), YAML::Load(text), QString());
        QVERIFY2(structure.isEmpty(), qPrintable(structure));
        const QString ranges = checkRanges(*tree);
        QVERIFY2(ranges.isEmpty(), qPrintable(ranges));
        // Every value is found again by its pointer.
        for (Tree::Index i = 0; i < Tree::Index(tree->size()); ++i) {
            const Tree::Index parent = tree->node(i).parent;
            if (parent != Tree::npos && tree->isMap(parent) && tree->keyOf(i) == Tree::npos)
                continue; // a key
            const Pointer p = Pointer::of(*tree, i);
            QCOMPARE(p.resolve(*tree), i);
            QCOMPARE(Pointer::parse(p.toString())->resolve(*tree), i);
        }
    }

    void inlineCases_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("cjk comments and values") << QByteArray("# 中文注释\nall:\n  vars: { comment: '数据库' ,x: 1 }   # 说明\n  k: 值\n");
        QTest::newRow("anchor and alias") << QByteArray("a: &x { b: 1 }\nc: *x\nd: &y plain text\n");
        QTest::newRow("block scalars") << QByteArray("a: |\n  line one\n  line two\n\nb: >-\n  folded\n  more\nc: 1\n");
        QTest::newRow("multi-line plain") << QByteArray("a: this is\n  folded plain\nb: 2\n");
        QTest::newRow("explicit and empty nulls") << QByteArray("a:\nb: ~\nc: null   # n\nd:   # empty\ne: [ ~, 1 ]\n");
        QTest::newRow("quotes") << QByteArray("a: 'it''s'\nb: \"tab\\t \\\"q\\\"\"\nc: { 'x,y': \"}\" ,d: '#' }\n");
        QTest::newRow("nested flow over lines") << QByteArray("a: { b: [ 1, 2,\n   3 ], c: { d: e } }\nf: [ { g: h } ,{ i: j } ]\n");
        QTest::newRow("seq of block maps") << QByteArray("l:\n  - name: a\n    pw: b\n  - name: c\n");
        QTest::newRow("no final newline") << QByteArray("a: 1\nb: [ 2 ]");
        QTest::newRow("int keys") << QByteArray("r: { 6379: {}, 6380: { replica_of: '10.0.0.1 6379' } }\n");
    }

    void inlineCases()
    {
        QFETCH(QByteArray, yaml);
        const std::string text = yaml.toStdString();
        const auto tree = Tree::parse(text);
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        const QString structure = compare(*tree, tree->root(), YAML::Load(text), QString());
        QVERIFY2(structure.isEmpty(), qPrintable(structure));
        const QString ranges = checkRanges(*tree);
        QVERIFY2(ranges.isEmpty(), qPrintable(ranges));
    }

    void positionsAreBytesAndLines()
    {
        const auto tree = Tree::parse("# 中文\nall:\n  k: 值 # c\n");
        QVERIFY(tree.ok());
        const Tree::Index k = Pointer::parse("/all/k")->resolve(*tree);
        QCOMPARE(tree->source(k), std::string_view("值"));
        QCOMPARE(tree->node(k).line, 2);
        QCOMPARE(tree->lineColumn(tree->node(k).start), std::make_pair(3, 6));
        QCOMPARE(tree->scalar(tree->findKey(Pointer::parse("/all")->resolve(*tree), "k")), std::string("k"));
    }

    void emptyNullSitsAfterTheColon()
    {
        const auto tree = Tree::parse("a:   # c\nb: 1\n");
        QVERIFY(tree.ok());
        const Tree::Index a = tree->find(tree->root(), "a");
        QCOMPARE(tree->node(a).kind, Tree::Kind::Null);
        QCOMPARE(tree->node(a).start, 2);
        QCOMPARE(tree->node(a).end, 2);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed flow") << QByteArray("a: { b: 1\n") << u"f.yml:2:1"_s;
        QTest::newRow("bad indent") << QByteArray("a:\n  b: 1\n c: 2\n") << u"f.yml:3:2"_s;
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << u"f.yml"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        const auto tree = Tree::parse(yaml.toStdString(), "f.yml");
        QVERIFY(!tree.ok());
        QCOMPARE(tree.error().where, where);
    }

    void pointerSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("ok");
        QTest::newRow("root") << QString() << QStringList{} << true;
        QTest::newRow("plain") << u"/all/children"_s << QStringList{u"all"_s, u"children"_s} << true;
        QTest::newRow("escapes") << u"/a~1b/c~0d"_s << QStringList{u"a/b"_s, u"c~d"_s} << true;
        QTest::newRow("empty token") << u"/a//b"_s << QStringList{u"a"_s, QString(), u"b"_s} << true;
        QTest::newRow("no slash") << u"all"_s << QStringList{} << false;
        QTest::newRow("bad escape") << u"/a~2"_s << QStringList{} << false;
    }

    void pointerSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QFETCH(bool, ok);
        const auto p = Pointer::parse(text.toStdString());
        QCOMPARE(p.ok(), ok);
        if (!ok)
            return;
        QStringList got;
        for (const std::string &t : p->tokens())
            got << QString::fromStdString(t);
        QCOMPARE(got, tokens);
        QCOMPARE(QString::fromStdString(p->toString()), text);
    }
};

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
