// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamledit.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <charconv>

namespace stackyard::yaml {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string join(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines) {
        if (!out.empty())
            out.push_back('\n');
        out += l;
    }
    return out;
}

std::string trimmedLeft(const std::string &s)
{
    const auto p = s.find_first_not_of(' ');
    return p == std::string::npos ? std::string() : s.substr(p);
}

bool isCollection(const YAML::Node &n)
{
    return n.IsMap() || n.IsSequence();
}

// Small enough to stay on one line after its key: no nested collections, under 100 columns.
bool fitsOnOneLine(const YAML::Node &n, const FlowStyle &style, int column)
{
    if (!isCollection(n))
        return true;
    for (auto it = n.begin(); it != n.end(); ++it)
        if (isCollection(n.IsMap() ? it->second : *it))
            return false;
    return column + int(renderFlow(n, style).size()) <= 100;
}

// The value the missing part of a pointer describes: mappings for keys, a one-item list for "-".
YAML::Node nestUnder(const std::vector<std::string> &tokens, std::size_t from, const YAML::Node &value)
{
    // reset() rebinds the handle; operator= would make the old node share the new one's data
    // (yaml-cpp nodes are references) and build a cycle.
    YAML::Node nested;
    nested.reset(value);
    for (std::size_t j = tokens.size(); j-- > from;) {
        if (tokens[j] == "-") {
            YAML::Node list(YAML::NodeType::Sequence);
            list.push_back(nested);
            nested.reset(list);
        } else {
            YAML::Node map(YAML::NodeType::Map);
            map[tokens[j]] = nested;
            nested.reset(map);
        }
    }
    return nested;
}

} // namespace

Editor::Editor(const Tree &tree)
    : mTree(tree)
{
}

Error Editor::error(const Pointer &pointer, const QString &what, const QString &hint) const
{
    return Error{what, QString::fromStdString(pointer.toString()), hint, {}};
}

bool Editor::inFlow(Tree::Index i) const
{
    for (Tree::Index p = mTree.node(i).parent; p != Tree::npos; p = mTree.node(p).parent)
        if (mTree.node(p).style == Tree::Style::Flow)
            return true;
    return false;
}

int Editor::ownerColumn(Tree::Index i) const
{
    const Tree::Index key = mTree.keyOf(i);
    if (key != Tree::npos)
        return mTree.node(key).column;
    const Tree::Index parent = mTree.node(i).parent;
    if (parent != Tree::npos)
        return mTree.node(parent).column;
    return 0;
}

FlowStyle Editor::flowStyleNear(Tree::Index i) const
{
    FlowStyle style;
    const std::string &text = mTree.text();
    // A flow collection with two entries shows the separator and the padding.
    const auto learnFrom = [&](Tree::Index c) {
        const Tree::Node &n = mTree.node(c);
        if (n.style != Tree::Style::Flow)
            return false;
        const std::size_t step = n.kind == Tree::Kind::Map ? 2 : 1;
        if (n.children.size() < 2 * step)
            return false;
        const Tree::Index firstEnd = n.children[step - 1];
        const Tree::Index secondStart = n.children[step];
        const std::string sep = text.substr(std::size_t(mTree.node(firstEnd).end),
                                            std::size_t(mTree.node(secondStart).start - mTree.node(firstEnd).end));
        if (sep.find('\n') != std::string::npos || sep.find(',') == std::string::npos)
            return false;
        style.separator = sep;
        style.padded = n.start + 1 < std::int32_t(text.size()) && text[std::size_t(n.start + 1)] == ' ';
        return true;
    };
    // The node itself, then what it holds (the siblings of a new entry), then its ancestors,
    // then the first flow collection of the file.
    bool learnt = learnFrom(i);
    for (std::size_t k = 0; !learnt && k < mTree.node(i).children.size(); ++k)
        learnt = learnFrom(mTree.node(i).children[k]);
    for (Tree::Index c = mTree.node(i).parent; c != Tree::npos && !learnt; c = mTree.node(c).parent)
        learnt = learnFrom(c);
    for (Tree::Index c = 0; !learnt && c < Tree::Index(mTree.size()); ++c)
        learnt = learnFrom(c);

    // Mapping items of a sequence: like this sequence's own, else like the file's first.
    const auto itemsOf = [&](Tree::Index seq) -> int {
        for (Tree::Index item : mTree.node(seq).children)
            if (mTree.isMap(item))
                return mTree.node(item).style == Tree::Style::Flow ? 1 : 0;
        return -1;
    };
    int flowItems = mTree.isSeq(i) ? itemsOf(i) : -1;
    for (Tree::Index c = 0; flowItems < 0 && c < Tree::Index(mTree.size()); ++c)
        if (mTree.isSeq(c) && mTree.node(c).style == Tree::Style::Block)
            flowItems = itemsOf(c);
    style.flowItems = flowItems != 0;
    return style;
}

std::string Editor::valueAfterColon(const YAML::Node &value, int keyColumn, const FlowStyle &style) const
{
    if (value.IsNull() && value.Tag() != "!")
        return {};
    if (fitsOnOneLine(value, style, keyColumn))
        return " " + renderFlow(value, style);
    return "\n" + join(renderBlock(value, keyColumn + 2, style));
}

Result<TextEdit> Editor::set(const Pointer &pointer, const YAML::Node &value) const
{
    const std::vector<std::string> &tokens = pointer.tokens();
    Tree::Index i = mTree.root();
    if (i == Tree::npos)
        return error(pointer, tr("The document is empty"));
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string &token = tokens[k];
        const bool last = k + 1 == tokens.size();
        if (mTree.isMap(i)) {
            const Tree::Index child = mTree.find(i, token);
            if (child == Tree::npos)
                return insertEntry(i, token, nestUnder(tokens, k + 1, value));
            i = child;
        } else if (mTree.isSeq(i)) {
            if (token == "-") {
                if (!last)
                    return error(pointer, tr("'-' (after the last item) can only end a pointer"));
                return appendItem(i, value);
            }
            std::size_t n = 0;
            const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), n);
            if (ec != std::errc() || ptr != token.data() + token.size() || n >= mTree.node(i).children.size())
                return error(pointer, tr("There is no item %1 in this list").arg(QString::fromStdString(token)),
                             tr("Items are numbered from 0; use '-' to append."));
            i = mTree.node(i).children[n];
        } else if (mTree.node(i).kind == Tree::Kind::Null) {
            // An empty value becomes the mapping that the rest of the pointer describes.
            return replaceValue(i, nestUnder(tokens, k, value));
        } else {
            return error(pointer,
                         tr("'%1' is a single value, not a mapping or list")
                             .arg(QString::fromStdString(Pointer::of(mTree, i).toString())));
        }
    }
    return replaceValue(i, value);
}

Result<TextEdit> Editor::setScalar(const Pointer &pointer, const std::string &value, bool asString) const
{
    YAML::Node node(value);
    if (asString)
        node.SetTag("!");
    return set(pointer, node);
}

Result<TextEdit> Editor::replaceValue(Tree::Index target, const YAML::Node &value) const
{
    const Tree::Node &n = mTree.node(target);
    const FlowStyle style = flowStyleNear(target);
    const bool flow = inFlow(target);
    const Tree::Index key = mTree.keyOf(target);
    const std::string &text = mTree.text();

    // Where the value's text may begin: right after "key:" or "- " (block collections start on
    // the next line, so their range is widened back to the colon or dash).
    std::int32_t from = n.start;
    if (n.kind == Tree::Kind::Map || n.kind == Tree::Kind::Seq) {
        if (n.style == Tree::Style::Block) {
            if (key != Tree::npos) {
                from = mTree.node(key).end;
                while (from < n.start && text[std::size_t(from)] != ':')
                    ++from;
                ++from;
            } else {
                from = n.start; // a block collection as a sequence item or the root
            }
        }
    }
    const bool emptyNull = n.kind == Tree::Kind::Null && n.start == n.end;
    const bool afterColon = from > 0 && text[std::size_t(from - 1)] == ':';

    std::string out;
    if (!isCollection(value)) {
        if (value.IsNull() && value.Tag() != "!") {
            out = "null";
        } else {
            const std::string scalar = value.IsNull() ? std::string() : value.Scalar();
            // A quoted scalar keeps its quotes: the file's author chose a string there.
            if (n.kind == Tree::Kind::Scalar && n.style == Tree::Style::SingleQuoted && !needsDoubleQuotes(scalar))
                out = singleQuoted(scalar);
            else if (n.kind == Tree::Kind::Scalar
                     && (n.style == Tree::Style::DoubleQuoted || n.style == Tree::Style::SingleQuoted))
                out = doubleQuoted(scalar);
            else
                out = renderScalar(scalar, isQuotedScalar(value) || value.IsNull(), flow);
        }
        if (emptyNull || (afterColon && from != n.start))
            out = " " + out;
    } else if (flow || fitsOnOneLine(value, style, ownerColumn(target))) {
        out = renderFlow(value, style);
        if (emptyNull || (afterColon && from != n.start))
            out = " " + out;
    } else if (key != Tree::npos) {
        out = "\n" + join(renderBlock(value, mTree.node(key).column + 2, style));
        if (!emptyNull && from == n.start) // replacing an inline value: start after the colon
            return error(Pointer::of(mTree, target), tr("Cannot place a block value here"));
    } else {
        const int column = ownerColumn(target) + 2;
        std::vector<std::string> lines = renderBlock(value, column, style);
        lines.front() = trimmedLeft(lines.front());
        out = join(lines);
    }
    return TextEdit{from, n.end - from, out};
}

Result<TextEdit> Editor::insertEntry(Tree::Index map, const std::string &key, const YAML::Node &value) const
{
    const Tree::Node &m = mTree.node(map);
    const FlowStyle style = flowStyleNear(map);
    const std::string keyText = renderScalar(key, false, m.style == Tree::Style::Flow || inFlow(map));
    if (m.style == Tree::Style::Flow) {
        const std::string entry = keyText + ": " + renderFlow(value, style);
        if (m.children.empty())
            return TextEdit{m.start, m.end - m.start, style.padded ? "{ " + entry + " }" : "{" + entry + "}"};
        const std::int32_t at = mTree.node(m.children.back()).end;
        return TextEdit{at, 0, style.separator + entry};
    }
    const int column = mTree.node(m.children.front()).column;
    const std::int32_t at = mTree.lineEnd(m.end);
    return TextEdit{at, 0, "\n" + std::string(std::size_t(column), ' ') + keyText + ":" + valueAfterColon(value, column, style)};
}

Result<TextEdit> Editor::appendItem(Tree::Index seq, const YAML::Node &value) const
{
    const Tree::Node &s = mTree.node(seq);
    const FlowStyle style = flowStyleNear(seq);
    if (s.style == Tree::Style::Flow) {
        const std::string item = renderFlow(value, style);
        if (s.children.empty())
            return TextEdit{s.start, s.end - s.start, style.padded ? "[ " + item + " ]" : "[" + item + "]"};
        return TextEdit{mTree.node(s.children.back()).end, 0, style.separator + item};
    }
    YAML::Node single(YAML::NodeType::Sequence);
    single.push_back(value);
    const std::vector<std::string> lines = renderBlock(single, s.column, style);
    return TextEdit{mTree.lineEnd(s.end), 0, "\n" + join(lines)};
}

Result<TextEdit> Editor::remove(const Pointer &pointer) const
{
    const Tree::Index target = pointer.resolve(mTree);
    if (target == Tree::npos)
        return error(pointer, tr("Nothing to remove: the pointer names no value"));
    const Tree::Index parent = mTree.node(target).parent;
    if (parent == Tree::npos)
        return error(pointer, tr("The whole document cannot be removed"));
    const Tree::Node &p = mTree.node(parent);
    const std::string &text = mTree.text();
    const bool map = p.kind == Tree::Kind::Map;
    const std::size_t step = map ? 2 : 1;
    const auto &c = p.children;
    const std::size_t pos = std::size_t(std::find(c.begin(), c.end(), target) - c.begin());
    if (pos == c.size())
        return error(pointer, tr("Nothing to remove: the pointer names no entry of its parent"));
    const std::size_t entry = pos / step;
    const std::size_t count = c.size() / step;

    // First byte of entry e: its key, its dash (block sequence) or the item itself.
    const auto entryStart = [&](std::size_t e) -> std::int32_t {
        std::int32_t at = mTree.node(c[e * step]).start;
        if (!map && p.style == Tree::Style::Block) {
            std::int32_t d = at - 1;
            while (d >= 0 && isBlank(text[std::size_t(d)]))
                --d;
            if (d >= 0 && text[std::size_t(d)] == '-')
                at = d;
        }
        return at;
    };
    const auto entryEnd = [&](std::size_t e) { return mTree.node(c[e * step + step - 1]).end; };

    if (count == 1) {
        const std::string empty = map ? "{}" : "[]";
        if (p.style == Tree::Style::Flow)
            return TextEdit{p.start, p.end - p.start, empty};
        const Tree::Index parentKey = mTree.keyOf(parent);
        if (parentKey != Tree::npos) {
            std::int32_t colon = mTree.node(parentKey).end;
            while (colon < p.start && text[std::size_t(colon)] != ':')
                ++colon;
            return TextEdit{colon + 1, p.end - (colon + 1), " " + empty};
        }
        if (p.parent != Tree::npos)
            return TextEdit{p.start, p.end - p.start, empty};
        return error(pointer, tr("The only entry of the document cannot be removed"));
    }

    if (p.style == Tree::Style::Flow) {
        if (entry == 0)
            return TextEdit{entryStart(0), entryStart(1) - entryStart(0), {}};
        const std::int32_t from = entryEnd(entry - 1);
        return TextEdit{from, entryEnd(entry) - from, {}};
    }

    const std::int32_t first = entryStart(entry);
    const std::int32_t lineBegin = mTree.lineStart(first);
    bool ownLine = true;
    for (std::int32_t q = lineBegin; q < first; ++q)
        ownLine = ownLine && isBlank(text[std::size_t(q)]);
    if (!ownLine) {
        // The first key of a mapping that is a sequence item ("- name: x"): the next key moves up.
        if (entry + 1 < count)
            return TextEdit{first, entryStart(entry + 1) - first, {}};
        // A last entry sharing its line with what comes before: from the end of the previous one.
        if (entry > 0)
            return TextEdit{entryEnd(entry - 1), entryEnd(entry) - entryEnd(entry - 1), {}};
        return error(pointer, tr("This entry cannot be removed on its own: it shares its line with its parent"));
    }
    const std::int32_t lastLineEnd = mTree.lineEnd(entryEnd(entry));
    if (lastLineEnd < std::int32_t(text.size()))
        return TextEdit{lineBegin, lastLineEnd + 1 - lineBegin, {}};
    const std::int32_t from = lineBegin > 0 ? lineBegin - 1 : lineBegin; // no final newline: take the one before
    return TextEdit{from, lastLineEnd - from, {}};
}

} // namespace stackyard::yaml
