// SPDX-License-Identifier: GPL-3.0-or-later
// Format-preserving edits: each edit changes only the text it must, keeps comments and flow
// style, and the result reads back (with yaml-cpp) as the intended structure. Runs over every
// Pigsty inventory in ../shared/pigsty and over small inline cases with exact expected text.
#include "shareddata.h"
#include "yaml/yamledit.h"

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

// A canonical text of a yaml-cpp node: order kept, styles and comments ignored.
std::string canonical(const YAML::Node &n)
{
    switch (n.Type()) {
    case YAML::NodeType::Map: {
        std::string out = "{";
        for (auto it = n.begin(); it != n.end(); ++it)
            out += canonical(it->first) + ":" + canonical(it->second) + ",";
        return out + "}";
    }
    case YAML::NodeType::Sequence: {
        std::string out = "[";
        for (auto it = n.begin(); it != n.end(); ++it)
            out += canonical(*it) + ",";
        return out + "]";
    }
    case YAML::NodeType::Scalar:
        return "'" + n.Scalar() + "'";
    default:
        return "~";
    }
}

// Navigates a yaml-cpp node by pointer tokens (for building the expected structure).
YAML::Node at(YAML::Node root, const std::vector<std::string> &tokens, std::size_t count)
{
    YAML::Node n = root;
    for (std::size_t i = 0; i < count; ++i)
        n.reset(n.IsSequence() ? n[std::stoul(tokens[i])] : n[tokens[i]]);
    return n;
}

struct LineDiff
{
    int removed = 0;
    int added = 0;
};

// Lines that differ between a and b once their common first and last lines are set aside.
LineDiff lineDiff(const std::string &a, const std::string &b)
{
    const QStringList la = QString::fromStdString(a).split(u'\n');
    const QStringList lb = QString::fromStdString(b).split(u'\n');
    qsizetype head = 0;
    while (head < la.size() && head < lb.size() && la[head] == lb[head])
        ++head;
    qsizetype tail = 0;
    while (tail < la.size() - head && tail < lb.size() - head && la[la.size() - 1 - tail] == lb[lb.size() - 1 - tail])
        ++tail;
    return {int(la.size() - head - tail), int(lb.size() - head - tail)};
}

std::string applied(const Tree &tree, const TextEdit &edit)
{
    std::string text = tree.text();
    edit.applyTo(text);
    return text;
}

} // namespace

class TestYamlEdit : public QObject
{
    Q_OBJECT

private:
    // The tree updated in place by applyEdit() equals a full parse of the edited text, node by
    // node: kinds, styles, ranges, lines, columns, values, parents and children.
    static void checkIncremental(const Tree &tree, const TextEdit &edit)
    {
        Tree incremental = tree;
        QVERIFY(incremental.applyEdit(edit).ok());
        const auto full = Tree::parse(incremental.text());
        QVERIFY(full.ok());
        QCOMPARE(incremental.size(), full->size());
        QCOMPARE(incremental.root(), full->root());
        for (Tree::Index i = 0; i < Tree::Index(full->size()); ++i) {
            const Tree::Node &a = incremental.node(i);
            const Tree::Node &b = full->node(i);
            const bool same = a.kind == b.kind && a.style == b.style && a.start == b.start && a.end == b.end
                              && a.line == b.line && a.column == b.column && a.value == b.value
                              && a.parent == b.parent && a.children == b.children;
            QVERIFY2(same, qPrintable(u"node %1 differs after edit at %2 ('%3'): incremental [%4,%5) line %6, full [%7,%8) line %9"_s
                                          .arg(i)
                                          .arg(edit.offset)
                                          .arg(QString::fromStdString(edit.text))
                                          .arg(a.start).arg(a.end).arg(a.line)
                                          .arg(b.start).arg(b.end).arg(b.line)));
        }
        QCOMPARE(incremental.lineColumn(std::int32_t(incremental.text().size())),
                 full->lineColumn(std::int32_t(full->text().size())));
    }

    // Applies edit and checks: it reads back as expected, and inverse() restores the text.
    static void checkStructure(const Tree &tree, const TextEdit &edit, const YAML::Node &expected)
    {
        checkIncremental(tree, edit);
        if (QTest::currentTestFailed())
            return;
        const std::string after = applied(tree, edit);
        const auto reparsed = Tree::parse(after);
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.ok() ? QString() : reparsed.error().toString()
                                                               + u"\n"_s + QString::fromStdString(after)));
        QCOMPARE(QString::fromStdString(canonical(YAML::Load(after))), QString::fromStdString(canonical(expected)));
        std::string back = after;
        edit.inverse(tree.text()).applyTo(back);
        QCOMPARE(back, tree.text());
    }

private slots:
    void pigstyFiles_data()
    {
        QTest::addColumn<QString>("path");
        STACKYARD_REQUIRE_SHARED_DATA();
        for (const QString &f : test::SharedData::pigstyConfFiles())
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
        QTest::newRow("examples/local.yml") << qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s;
    }

    // Every scalar value of the file, changed one at a time, changes exactly one line.
    void pigstyFiles()
    {
        QFETCH(QString, path);
        const auto tree = Tree::parse(readFile(path));
        QVERIFY(tree.ok());
        const Editor editor(*tree);
        int edits = 0;
        for (Tree::Index i = 0; i < Tree::Index(tree->size()); ++i) {
            const Tree::Node &n = tree->node(i);
            if (n.kind != Tree::Kind::Scalar || tree->keyOf(i) == Tree::npos || n.style == Tree::Style::Literal
                || n.style == Tree::Style::Folded || n.value.find('\n') != std::string::npos)
                continue;
            const Pointer p = Pointer::of(*tree, i);
            // A value that must be quoted, and a plain one (the in-place token swap).
            for (const std::string value : {"changed value #1", "changed-value_2"}) {
                const auto edit = editor.setScalar(p, value, true);
                QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
                const std::string after = applied(*tree, *edit);
                const LineDiff d = lineDiff(tree->text(), after);
                QVERIFY2(d.removed == 1 && d.added == 1, qPrintable(QString::fromStdString(p.toString())));
                YAML::Node expected = YAML::Load(tree->text());
                at(expected, p.tokens(), p.tokens().size()) = value;
                checkStructure(*tree, *edit, expected);
                if (QTest::currentTestFailed())
                    return;
                ++edits;
            }
        }
        QVERIFY(edits > 0);
    }

    // Users, databases, HBA rules, hosts and Redis instances added to and removed from every
    // cluster of every file.
    void pigstyClusters_data() { pigstyFiles_data(); }

    void pigstyClusters()
    {
        QFETCH(QString, path);
        const auto tree = Tree::parse(readFile(path));
        QVERIFY(tree.ok());
        const Editor editor(*tree);
        const Tree::Index children = Pointer::parse("/all/children")->resolve(*tree);
        QVERIFY(tree->isMap(children));
        int checked = 0;
        for (std::size_t g = 0; g < tree->entryCount(children); ++g) {
            const std::string group = tree->scalar(tree->keyAt(children, g));
            const Pointer vars = *Pointer::parse("/all/children/" + group + "/vars");
            const Pointer hosts = *Pointer::parse("/all/children/" + group + "/hosts");

            // Append to each list that is there, in its own style: one added line (block) or
            // one changed line (flow), never more.
            const std::vector<std::pair<std::string, std::string>> lists{
                {"pg_users", "{ name: dbuser_new, password: 'Secret.1', pgbouncer: true, roles: [ dbrole_readwrite ] }"},
                {"pg_databases", "{ name: newdb, owner: dbuser_new, extensions: [ { name: vector } ] }"},
                {"pg_hba_rules", "{ user: dbuser_new, db: newdb, addr: 10.0.0.0/8, auth: pwd, title: new rule }"}};
            for (const auto &[list, item] : lists) {
                const Pointer p = vars.child(list);
                const Tree::Index seq = p.resolve(*tree);
                if (!tree->isSeq(seq))
                    continue;
                const auto edit = editor.set(p.child("-"), YAML::Load(item));
                QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
                const LineDiff d = lineDiff(tree->text(), applied(*tree, *edit));
                // Flow list: its one line changes. Block list: lines are only inserted.
                const bool flowList = tree->node(seq).style == Tree::Style::Flow;
                QVERIFY2(flowList ? (d.removed == 1 && d.added == 1) : (d.removed == 0 && d.added >= 1),
                         qPrintable(QString::fromStdString(p.toString() + "\n" + applied(*tree, *edit).substr(
                             std::size_t(tree->lineStart(tree->node(seq).start)), 600))));
                YAML::Node expected = YAML::Load(tree->text());
                at(expected, p.tokens(), p.tokens().size()).push_back(YAML::Load(item));
                checkStructure(*tree, *edit, expected);

                // Removing the first item removes its lines (or its text in a flow list) only.
                const auto removal = editor.remove(p.child("0"));
                QVERIFY2(removal.ok(), qPrintable(removal.ok() ? QString() : removal.error().toString()));
                YAML::Node shorter = YAML::Load(tree->text());
                YAML::Node listNode = at(shorter, p.tokens(), p.tokens().size());
                YAML::Node rest(YAML::NodeType::Sequence);
                for (std::size_t k = 1; k < listNode.size(); ++k)
                    rest.push_back(listNode[k]);
                at(shorter, p.tokens(), p.tokens().size() - 1)[list] = rest;
                checkStructure(*tree, *removal, shorter);
                ++checked;
            }

            // A new host: one added line in the hosts mapping.
            if (tree->isMap(hosts.resolve(*tree))) {
                const auto edit = editor.set(hosts.child("10.99.99.99"), YAML::Load("{ pg_seq: 9, pg_role: replica }"));
                QVERIFY(edit.ok());
                const LineDiff d = lineDiff(tree->text(), applied(*tree, *edit));
                if (tree->node(hosts.resolve(*tree)).style == Tree::Style::Block)
                    QVERIFY2(d.removed == 0 && d.added == 1, qPrintable(QString::fromStdString(group)));
                YAML::Node expected = YAML::Load(tree->text());
                expected["all"]["children"][group]["hosts"]["10.99.99.99"] = YAML::Load("{ pg_seq: 9, pg_role: replica }");
                checkStructure(*tree, *edit, expected);

                // Removing the last host of a group with several removes just its lines.
                const Tree::Index h = hosts.resolve(*tree);
                if (tree->entryCount(h) > 1) {
                    const std::string last = tree->scalar(tree->keyAt(h, tree->entryCount(h) - 1));
                    const auto removal = editor.remove(hosts.child(last));
                    QVERIFY(removal.ok());
                    const std::string hostLines(tree->text().substr(
                        std::size_t(tree->lineStart(tree->node(tree->keyAt(h, tree->entryCount(h) - 1)).start)),
                        std::size_t(removal->length)));
                    QCOMPARE(removal->text, std::string());
                    QVERIFY(hostLines.find(last) != std::string::npos);
                    YAML::Node fewer = YAML::Load(tree->text());
                    fewer["all"]["children"][group]["hosts"].remove(last);
                    checkStructure(*tree, *removal, fewer);
                }
                ++checked;
            }

            // Redis: a new instance keeps integer port keys.
            for (std::size_t hIdx = 0; tree->isMap(hosts.resolve(*tree)) && hIdx < tree->entryCount(hosts.resolve(*tree)); ++hIdx) {
                const std::string host = tree->scalar(tree->keyAt(hosts.resolve(*tree), hIdx));
                const Pointer instances = hosts.child(host).child("redis_instances");
                if (!tree->isMap(instances.resolve(*tree)))
                    continue;
                const auto edit = editor.set(instances.child("16399"), YAML::Load("{ replica_of: '10.0.0.1 6379' }"));
                QVERIFY(edit.ok());
                const std::string after = applied(*tree, *edit);
                const YAML::Node reread = YAML::Load(after);
                QCOMPARE(reread["all"]["children"][group]["hosts"][host]["redis_instances"][16399]["replica_of"].as<std::string>(),
                         std::string("10.0.0.1 6379"));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void exactEdits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("after");

        const QByteArray pigsty = "all:\n"
                                  "  children:\n"
                                  "    pg-meta:   # the meta cluster\n"
                                  "      hosts:\n"
                                  "        10.10.10.10: { pg_seq: 1, pg_role: primary }  # first\n"
                                  "        10.10.10.11: { pg_seq: 2, pg_role: replica }\n"
                                  "      vars:\n"
                                  "        pg_cluster: pg-meta\n"
                                  "        pg_users:\n"
                                  "          - { name: dbuser_meta ,password: DBUser.Meta ,pgbouncer: true }\n"
                                  "          # - { name: old ,password: x }\n"
                                  "        pg_port: '5432'\n";
        QTest::newRow("scalar keeps comment") << pigsty << u"set"_s << u"/all/children/pg-meta/hosts/10.10.10.10/pg_role"_s
                                              << QByteArray("replica")
                                              << QByteArray(pigsty).replace("pg_seq: 1, pg_role: primary }", "pg_seq: 1, pg_role: replica }");
        QTest::newRow("quoted stays quoted") << pigsty << u"set"_s << u"/all/children/pg-meta/vars/pg_port"_s
                                             << QByteArray("5433") << QByteArray(pigsty).replace("'5432'", "'5433'");
        QTest::newRow("flow user appended comma-first")
            << pigsty << u"set"_s << u"/all/children/pg-meta/vars/pg_users/-"_s
            << QByteArray("{ name: dbuser_view, password: DBUser.Viewer }")
            << QByteArray(pigsty).replace("pgbouncer: true }\n",
                                          "pgbouncer: true }\n          - { name: dbuser_view ,password: DBUser.Viewer }\n");
        QTest::newRow("flow key added comma-first")
            << pigsty << u"set"_s << u"/all/children/pg-meta/vars/pg_users/0/login"_s << QByteArray("false")
            << QByteArray(pigsty).replace("pgbouncer: true }", "pgbouncer: true ,login: false }");
        QTest::newRow("host added")
            << pigsty << u"set"_s << u"/all/children/pg-meta/hosts/10.10.10.12"_s << QByteArray("{ pg_seq: 3, pg_role: replica }")
            << QByteArray(pigsty).replace("pg_role: replica }\n", "pg_role: replica }\n        10.10.10.12: { pg_seq: 3, pg_role: replica }\n");
        QTest::newRow("host removed with its comment")
            << pigsty << u"remove"_s << u"/all/children/pg-meta/hosts/10.10.10.10"_s << QByteArray()
            << QByteArray(pigsty).replace("        10.10.10.10: { pg_seq: 1, pg_role: primary }  # first\n", "");
        QTest::newRow("flow entry removed")
            << pigsty << u"remove"_s << u"/all/children/pg-meta/vars/pg_users/0/password"_s << QByteArray()
            << QByteArray(pigsty).replace(" ,password: DBUser.Meta", "");
        QTest::newRow("first flow entry removed")
            << pigsty << u"remove"_s << u"/all/children/pg-meta/vars/pg_users/0/name"_s << QByteArray()
            << QByteArray(pigsty).replace("{ name: dbuser_meta ,password", "{ password");
        QTest::newRow("only list item removed leaves []")
            << pigsty << u"remove"_s << u"/all/children/pg-meta/vars/pg_users/0"_s << QByteArray()
            << QByteArray(pigsty).replace("        pg_users:\n          - { name: dbuser_meta ,password: DBUser.Meta ,pgbouncer: true }\n          # - { name: old ,password: x }\n",
                                          "        pg_users: []\n          # - { name: old ,password: x }\n");
        QTest::newRow("new nested keys")
            << pigsty << u"set"_s << u"/all/children/redis-ms/vars/redis_cluster"_s << QByteArray("redis-ms")
            << QByteArray(pigsty) + "    redis-ms:\n      vars: { redis_cluster: redis-ms }\n";
        QTest::newRow("empty value filled")
            << QByteArray("a:\nb: 1\n") << u"set"_s << u"/a"_s << QByteArray("x") << QByteArray("a: x\nb: 1\n");
        QTest::newRow("empty value becomes mapping")
            << QByteArray("a:\nb: 1\n") << u"set"_s << u"/a/c"_s << QByteArray("2") << QByteArray("a: { c: 2 }\nb: 1\n");
        QTest::newRow("string that looks like a number is quoted")
            << QByteArray("a: x\n") << u"setString"_s << u"/a"_s << QByteArray("5432") << QByteArray("a: '5432'\n");
        QTest::newRow("value needing quotes")
            << QByteArray("a: x\n") << u"setString"_s << u"/a"_s << QByteArray("p@ss: #w") << QByteArray("a: 'p@ss: #w'\n");
        QTest::newRow("block list appended as block map")
            << QByteArray("l:\n  - name: a\n    pw: b\n") << u"set"_s << u"/l/-"_s << QByteArray("{ name: c, pw: d }")
            << QByteArray("l:\n  - name: a\n    pw: b\n  - name: c\n    pw: d\n");
        QTest::newRow("first key of a block item removed")
            << QByteArray("l:\n  - name: a\n    pw: b\n") << u"remove"_s << u"/l/0/name"_s << QByteArray()
            << QByteArray("l:\n  - pw: b\n");
        QTest::newRow("last line without newline removed")
            << QByteArray("a: 1\nb: 2") << u"remove"_s << u"/b"_s << QByteArray() << QByteArray("a: 1");
        QTest::newRow("int key added to flow map")
            << QByteArray("r: { 6379: {} }\n") << u"set"_s << u"/r/6380"_s << QByteArray("{ replica_of: '10.0.0.1 6379' }")
            << QByteArray("r: { 6379: {}, 6380: { replica_of: 10.0.0.1 6379 } }\n");
        QTest::newRow("flow list in place")
            << QByteArray("e: [ pg_trgm ]\n") << u"set"_s << u"/e/-"_s << QByteArray("vector")
            << QByteArray("e: [ pg_trgm, vector ]\n");
        QTest::newRow("missing list created by /-")
            << QByteArray("v:\n  a: 1\n") << u"set"_s << u"/v/pg_users/-"_s << QByteArray("{ name: x }")
            << QByteArray("v:\n  a: 1\n  pg_users:\n    - { name: x }\n");
        QTest::newRow("empty flow list")
            << QByteArray("e: []\n") << u"set"_s << u"/e/-"_s << QByteArray("vector") << QByteArray("e: [ vector ]\n");
        QTest::newRow("block value for a large mapping")
            << QByteArray("a: 1\n") << u"set"_s << u"/b"_s
            << QByteArray("{ users: [ { name: x } ], databases: [ { name: y } ] }")
            << QByteArray("a: 1\nb:\n  users: [ { name: x } ]\n  databases: [ { name: y } ]\n");
    }

    void exactEdits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, op);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, after);
        const auto tree = Tree::parse(before.toStdString());
        QVERIFY(tree.ok());
        const Editor editor(*tree);
        const Pointer p = *Pointer::parse(pointer.toStdString());
        Result<TextEdit> edit = op == u"remove"_s      ? editor.remove(p)
                                : op == u"setString"_s ? editor.setScalar(p, value.toStdString(), true)
                                                       : editor.set(p, YAML::Load(value.toStdString()));
        QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
        const QString got = QString::fromStdString(applied(*tree, *edit));
        QVERIFY2(got == QString::fromUtf8(after), qPrintable(u"\n--- got:\n"_s + got + u"--- expected:\n"_s + QString::fromUtf8(after)));
    }

    // Raw token swaps where a scalar's neighbours decide how it reads: the tree updated in place
    // (or, where that is not sound, read again) equals a full parse every time.
    void tokenSwaps_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("token");    // the scalar's source to replace (first match)
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("plain to plain") << QByteArray("a: b # c\nd: [ e, f ]\n") << QByteArray("b") << QByteArray("longer");
        QTest::newRow("plain to quoted") << QByteArray("a: b\nc: d\n") << QByteArray("b") << QByteArray("\"x: #y\"");
        QTest::newRow("quoted to plain before json colon")
            << QByteArray("m: {\"k\":\"v\", z: 1}\n") << QByteArray("\"k\"") << QByteArray("k");
        QTest::newRow("quoted to plain in block") << QByteArray("'k': v\nw: 1\n") << QByteArray("'k'") << QByteArray("key");
        QTest::newRow("key renamed on a flow line")
            << QByteArray("h: { 10.0.0.1: { pg_seq: 1, pg_role: primary } }\n") << QByteArray("pg_seq") << QByteArray("x");
        QTest::newRow("value before a comment") << QByteArray("a: b  # note\n") << QByteArray("b") << QByteArray("'c d'");
        QTest::newRow("null word") << QByteArray("a: b\n") << QByteArray("b") << QByteArray("null");
        QTest::newRow("flow comma in plain") << QByteArray("a: [ b, c ]\n") << QByteArray("b") << QByteArray("x,y");
        QTest::newRow("mapping value in plain") << QByteArray("a: b\n") << QByteArray("b") << QByteArray("x: y");
        QTest::newRow("unclosed quote") << QByteArray("a: b\n") << QByteArray("b") << QByteArray("\"x");
        QTest::newRow("escaped quotes") << QByteArray("a: \"x\\\"y\"\nb: 1\n") << QByteArray("\"x\\\"y\"") << QByteArray("'it''s'");
        QTest::newRow("anchored value") << QByteArray("a: &x b\nc: *x\n") << QByteArray("b") << QByteArray("z");
        QTest::newRow("multi-byte text after") << QByteArray("a: b # 注释\nc: 中文\n") << QByteArray("b") << QByteArray("bb");
    }

    void tokenSwaps()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, replacement);
        const auto tree = Tree::parse(before.toStdString());
        QVERIFY(tree.ok());
        const TextEdit edit{std::int32_t(before.indexOf(token)), std::int32_t(token.size()), replacement.toStdString()};
        if (!Tree::parse(applied(*tree, edit)).ok()) {
            Tree copy = *tree;
            QVERIFY(!copy.applyEdit(edit).ok());
            QCOMPARE(copy.text(), tree->text()); // refused: nothing changed
            return;
        }
        checkIncremental(*tree, edit);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("what");
        QTest::newRow("remove missing") << u"remove"_s << u"/all/nope"_s << u"Nothing to remove: the pointer names no value"_s;
        QTest::newRow("into a scalar") << u"set"_s << u"/all/vars/admin_ip/x"_s << u"'/all/vars/admin_ip' is a single value, not a mapping or list"_s;
        QTest::newRow("bad index") << u"set"_s << u"/all/list/7"_s << u"There is no item 7 in this list"_s;
        QTest::newRow("dash in the middle") << u"set"_s << u"/all/list/-/x"_s << u"'-' (after the last item) can only end a pointer"_s;
        QTest::newRow("remove root") << u"remove"_s << QString() << u"The whole document cannot be removed"_s;
    }

    void errors()
    {
        QFETCH(QString, op);
        QFETCH(QString, pointer);
        QFETCH(QString, what);
        const auto tree = Tree::parse("all:\n  vars: { admin_ip: 10.0.0.1 }\n  list: [ a ]\n");
        QVERIFY(tree.ok());
        const Editor editor(*tree);
        const Pointer p = *Pointer::parse(pointer.toStdString());
        const Result<TextEdit> edit = op == u"remove"_s ? editor.remove(p) : editor.set(p, YAML::Load("1"));
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().what, what);
        QCOMPARE(edit.error().where, pointer);
    }
};

QTEST_GUILESS_MAIN(TestYamlEdit)
#include "tst_yamledit.moc"
