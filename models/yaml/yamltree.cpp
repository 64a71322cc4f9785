// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamltree.h"

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string_view>

namespace stackyard::yaml {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isFlowEnd(char c)
{
    return c == ',' || c == ']' || c == '}';
}

} // namespace

// Turns yaml-cpp's parse events into Tree nodes and works out each node's extent in the text.
class TreeBuilder final : public YAML::EventHandler
{
public:
    explicit TreeBuilder(Tree &tree)
        : mTree(tree)
        , mText(tree.mText)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        const Tree::Index i = add(Tree::Kind::Null, Tree::Style::Plain, mark);
        Tree::Node &n = mTree.mNodes[std::size_t(i)];
        // An explicit null (~, null) stands at the mark; an empty one is placed right after the
        // colon of its key, where a value would be written.
        const std::int32_t at = std::int32_t(mark.pos);
        const std::int32_t len = explicitNullLength(at);
        const Tree::Index key = mTree.keyOf(i);
        std::int32_t afterColon = -1;
        if (key != Tree::npos)
            afterColon = colonAfter(mTree.node(key).end);
        if (len > 0 && (afterColon < 0 || onlyBlanksBetween(afterColon, at))) {
            n.start = at;
            n.end = at + len;
        } else {
            n.start = n.end = afterColon >= 0 ? afterColon : at;
            if (afterColon >= 0) {
                // yaml-cpp marks an empty value at the next token; place it after the colon.
                const Tree::Node &k = mTree.node(key);
                n.line = k.line;
                n.column = k.column + (afterColon - k.start);
            }
        }
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        const Tree::Index i = add(Tree::Kind::Alias, Tree::Style::Plain, mark);
        Tree::Node &n = mTree.mNodes[std::size_t(i)];
        std::int32_t e = n.start + 1;
        while (e < std::int32_t(mText.size()) && !isBlank(mText[std::size_t(e)]) && mText[std::size_t(e)] != '\n'
               && !isFlowEnd(mText[std::size_t(e)]))
            ++e;
        n.end = e;
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t, const std::string &value) override
    {
        const Tree::Index i = add(Tree::Kind::Scalar, Tree::Style::Plain, mark);
        Tree::Node &n = mTree.mNodes[std::size_t(i)];
        n.value = value;
        const char c = n.start < std::int32_t(mText.size()) ? mText[std::size_t(n.start)] : '\0';
        if (c == '\'') {
            n.style = Tree::Style::SingleQuoted;
            n.end = endOfSingleQuoted(n.start);
        } else if (c == '"') {
            n.style = Tree::Style::DoubleQuoted;
            n.end = endOfDoubleQuoted(n.start);
        } else if ((c == '|' || c == '>') && tag == "!") {
            n.style = c == '|' ? Tree::Style::Literal : Tree::Style::Folded;
            n.end = endOfBlockScalar(i);
        } else {
            n.end = endOfPlain(n.start, n.value);
        }
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override
    {
        open(add(Tree::Kind::Seq, style == YAML::EmitterStyle::Flow ? Tree::Style::Flow : Tree::Style::Block, mark));
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value style) override
    {
        open(add(Tree::Kind::Map, style == YAML::EmitterStyle::Flow ? Tree::Style::Flow : Tree::Style::Block, mark));
    }

    void OnMapEnd() override { close(); }

private:
    Tree::Index add(Tree::Kind kind, Tree::Style style, const YAML::Mark &mark)
    {
        Tree::Node n;
        n.kind = kind;
        n.style = style;
        n.line = mark.line;
        n.column = mark.column;
        n.start = skipProperties(std::int32_t(mark.pos));
        n.column += n.start - std::int32_t(mark.pos); // the column of the content, after any &anchor or !tag
        n.end = n.start;
        const auto index = Tree::Index(mTree.mNodes.size());
        if (!mStack.empty()) {
            n.parent = mStack.back();
            mTree.mNodes[std::size_t(n.parent)].children.push_back(index);
        } else if (mTree.mRoot == Tree::npos) {
            mTree.mRoot = index;
        }
        mTree.mNodes.push_back(std::move(n));
        return index;
    }

    void open(Tree::Index i) { mStack.push_back(i); }

    void close()
    {
        const Tree::Index i = mStack.back();
        mStack.pop_back();
        Tree::Node &n = mTree.mNodes[std::size_t(i)];
        if (n.style == Tree::Style::Flow)
            n.end = closingBracket(n);
        else if (!n.children.empty())
            n.end = mTree.node(n.children.back()).end;
    }

    // Skips "&anchor" and "!tag" properties (and the blanks after them) in front of a node.
    std::int32_t skipProperties(std::int32_t p) const
    {
        const auto size = std::int32_t(mText.size());
        while (p < size && (mText[std::size_t(p)] == '&' || mText[std::size_t(p)] == '!')) {
            while (p < size && !isBlank(mText[std::size_t(p)]) && mText[std::size_t(p)] != '\n')
                ++p;
            while (p < size && isBlank(mText[std::size_t(p)]))
                ++p;
        }
        return p;
    }

    std::int32_t explicitNullLength(std::int32_t p) const
    {
        const std::string_view rest = std::string_view(mText).substr(std::size_t(std::min<std::int32_t>(p, std::int32_t(mText.size()))));
        for (std::string_view word : {"~", "null", "Null", "NULL"}) {
            if (rest.substr(0, word.size()) == word) {
                const std::size_t after = word.size();
                if (after == rest.size() || isBlank(rest[after]) || rest[after] == '\n' || rest[after] == '\r'
                    || isFlowEnd(rest[after]) || rest[after] == '#')
                    return std::int32_t(word.size());
            }
        }
        return 0;
    }

    // Position just after the ':' that follows a key ending at keyEnd, or -1.
    std::int32_t colonAfter(std::int32_t keyEnd) const
    {
        std::int32_t p = keyEnd;
        while (p < std::int32_t(mText.size()) && isBlank(mText[std::size_t(p)]))
            ++p;
        return p < std::int32_t(mText.size()) && mText[std::size_t(p)] == ':' ? p + 1 : -1;
    }

    bool onlyBlanksBetween(std::int32_t from, std::int32_t to) const
    {
        for (std::int32_t p = from; p < to; ++p)
            if (!isBlank(mText[std::size_t(p)]))
                return false;
        return true;
    }

    std::int32_t endOfSingleQuoted(std::int32_t p) const
    {
        const auto size = std::int32_t(mText.size());
        for (++p; p < size; ++p) {
            if (mText[std::size_t(p)] == '\'') {
                if (p + 1 < size && mText[std::size_t(p + 1)] == '\'')
                    ++p;
                else
                    return p + 1;
            }
        }
        return size;
    }

    std::int32_t endOfDoubleQuoted(std::int32_t p) const
    {
        const auto size = std::int32_t(mText.size());
        for (++p; p < size; ++p) {
            if (mText[std::size_t(p)] == '\\')
                ++p;
            else if (mText[std::size_t(p)] == '"')
                return p + 1;
        }
        return size;
    }

    // A plain scalar on one line is its own value; one folded over several lines is matched
    // character by character, line breaks and indentation standing for the folded spaces.
    std::int32_t endOfPlain(std::int32_t p, const std::string &value) const
    {
        if (mText.compare(std::size_t(p), value.size(), value) == 0)
            return p + std::int32_t(value.size());
        const auto size = std::int32_t(mText.size());
        std::size_t v = 0;
        while (v < value.size() && p < size) {
            const char c = mText[std::size_t(p)];
            if (c == value[v]) {
                ++p;
                ++v;
            } else if (isBlank(c) || c == '\n' || c == '\r') {
                while (p < size && (isBlank(mText[std::size_t(p)]) || mText[std::size_t(p)] == '\n'
                                    || mText[std::size_t(p)] == '\r'))
                    ++p;
                while (v < value.size() && (value[v] == ' ' || value[v] == '\n'))
                    ++v;
            } else {
                break;
            }
        }
        return p;
    }

    // The indentation that a block scalar's content must exceed: its key's or its dash's column.
    std::int32_t blockParentIndent(Tree::Index i) const
    {
        const Tree::Index key = mTree.keyOf(i);
        if (key != Tree::npos)
            return mTree.node(key).column;
        const Tree::Index parent = mTree.node(i).parent;
        if (parent != Tree::npos && mTree.node(parent).kind == Tree::Kind::Seq)
            return mTree.node(parent).column;
        return -1;
    }

    std::int32_t endOfBlockScalar(Tree::Index i) const
    {
        const std::int32_t indent = blockParentIndent(i);
        const auto size = std::int32_t(mText.size());
        std::int32_t p = mText.find('\n', std::size_t(mTree.node(i).start)) == std::string::npos
                             ? size
                             : std::int32_t(mText.find('\n', std::size_t(mTree.node(i).start)));
        std::int32_t end = p; // the indicator line alone when the block is empty
        while (p < size) {
            const std::int32_t lineBegin = p + 1;
            std::int32_t q = lineBegin;
            while (q < size && mText[std::size_t(q)] == ' ')
                ++q;
            const bool blank = q >= size || mText[std::size_t(q)] == '\n' || mText[std::size_t(q)] == '\r';
            if (!blank && q - lineBegin <= indent)
                break;
            const auto nl = mText.find('\n', std::size_t(lineBegin));
            const std::int32_t lineEnd = nl == std::string::npos ? size : std::int32_t(nl);
            if (!blank)
                end = lineEnd;
            p = lineEnd;
        }
        return end;
    }

    // One past the bracket closing flow collection n: after its last child only blanks, line
    // breaks, commas and comments may come before it. (Scanning from the opening bracket would
    // have to tell quotes from apostrophes inside plain scalars.)
    std::int32_t closingBracket(const Tree::Node &n) const
    {
        const auto size = std::int32_t(mText.size());
        std::int32_t p = n.children.empty() ? n.start + 1 : mTree.node(n.children.back()).end;
        while (p < size) {
            const char c = mText[std::size_t(p)];
            if (c == '}' || c == ']')
                return p + 1;
            if (c == '#') {
                const auto nl = mText.find('\n', std::size_t(p));
                p = nl == std::string::npos ? size : std::int32_t(nl);
            } else if (isBlank(c) || c == '\n' || c == '\r' || c == ',') {
                ++p;
            } else {
                break;
            }
        }
        return matchingBracket(n.start);
    }

    // Whether a quote at p opens a quoted scalar (rather than being an apostrophe in a plain one).
    bool startsToken(std::int32_t p) const
    {
        while (p > 0 && isBlank(mText[std::size_t(p - 1)]))
            --p;
        return p == 0 || std::string_view("{[,:\n").find(mText[std::size_t(p - 1)]) != std::string_view::npos;
    }

    // One past the bracket that closes the flow collection opening at p.
    std::int32_t matchingBracket(std::int32_t p) const
    {
        const auto size = std::int32_t(mText.size());
        int depth = 0;
        while (p < size) {
            const char c = mText[std::size_t(p)];
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            } else if ((c == '\'' || c == '"') && startsToken(p)) {
                p = (c == '\'' ? endOfSingleQuoted(p) : endOfDoubleQuoted(p)) - 1;
            } else if (c == '#' && p > 0 && (isBlank(mText[std::size_t(p - 1)]) || mText[std::size_t(p - 1)] == '\n')) {
                const auto nl = mText.find('\n', std::size_t(p));
                p = nl == std::string::npos ? size : std::int32_t(nl);
                continue;
            }
            ++p;
        }
        return size;
    }

    Tree &mTree;
    const std::string &mText;
    std::vector<Tree::Index> mStack;
};

namespace {

// Runs yaml-cpp over tree's text into its (empty) node list.
Result<bool> build(Tree &tree, TreeBuilder &builder, const std::string &text, const std::string &fileName)
{
    const QString where = QString::fromStdString(fileName);
    try {
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        if (parser.HandleNextDocument(builder))
            return Error{QCoreApplication::translate("yaml::Tree", "The file holds more than one YAML document"), where,
                         QCoreApplication::translate("yaml::Tree", "An inventory is a single document: remove the second '---'."),
                         {}};
    } catch (const YAML::Exception &e) {
        return Error{QCoreApplication::translate("InventoryOverview", "The file is not valid YAML"),
                     e.mark.is_null() ? where
                                      : QStringLiteral("%1:%2:%3").arg(where).arg(e.mark.line + 1).arg(e.mark.column + 1),
                     QCoreApplication::translate("InventoryOverview",
                                                 "Fix the YAML syntax at the position shown, then open the file again."),
                     QString::fromStdString(e.msg)};
    }
    (void)tree;
    return true;
}

} // namespace

void TextEdit::applyTo(std::string &document) const
{
    document.replace(std::size_t(offset), std::size_t(length), text);
}

TextEdit TextEdit::inverse(const std::string &before) const
{
    return {offset, std::int32_t(text.size()), before.substr(std::size_t(offset), std::size_t(length))};
}

void Tree::computeLineStarts()
{
    mLineStarts.clear();
    mLineStarts.push_back(0);
    for (std::size_t i = 0; i < mText.size(); ++i)
        if (mText[i] == '\n')
            mLineStarts.push_back(std::int32_t(i + 1));
}

Result<Tree> Tree::parse(std::string text, const std::string &fileName)
{
    Tree tree;
    tree.mText = std::move(text);
    tree.computeLineStarts();
    TreeBuilder builder(tree);
    if (const auto built = build(tree, builder, tree.mText, fileName); !built)
        return built.error();
    return tree;
}

namespace {

// A one-line scalar token as it would be read in place: its decoded value and style, or nothing
// when the text is not one that can stand in for another scalar without changing what is
// around it. Plain text is held to a conservative set: no indicator first, nothing that could
// start a comment, a mapping value or (in flow) end the collection, and nothing that reads as
// null; quoted text must be exactly one complete quoted scalar.
std::optional<std::pair<std::string, Tree::Style>> standaloneScalar(std::string_view text, bool inFlow)
{
    if (text.empty() || text.size() > 1000)
        return std::nullopt;
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return std::nullopt; // line breaks, tabs, control bytes and non-ASCII take the full read
    const char first = text.front();
    if (first == '"' || first == '\'') {
        // One complete quoted scalar: the closing quote is the last byte.
        std::size_t p = 1;
        bool closed = false;
        for (; p < text.size(); ++p) {
            if (first == '"' && text[p] == '\\') {
                ++p;
            } else if (text[p] == first) {
                if (first == '\'' && p + 1 < text.size() && text[p + 1] == '\'') {
                    ++p;
                    continue;
                }
                closed = true;
                break;
            }
        }
        if (!closed || p + 1 != text.size())
            return std::nullopt;
        try {
            const YAML::Node node = YAML::Load(std::string(text));
            if (!node.IsScalar())
                return std::nullopt;
            return std::pair(node.Scalar(), first == '"' ? Tree::Style::DoubleQuoted : Tree::Style::SingleQuoted);
        } catch (const YAML::Exception &) {
            return std::nullopt;
        }
    }
    const bool alnum = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
    const bool negative = first == '-' && text.size() > 1 && text[1] >= '0' && text[1] <= '9';
    if (!alnum && !negative && first != '_' && first != '/' && first != '$')
        return std::nullopt;
    if (text.back() == ' ' || text.back() == ':' || text.find('#') != std::string_view::npos
        || text.find(": ") != std::string_view::npos)
        return std::nullopt;
    if (inFlow && text.find_first_of(",[]{}:") != std::string_view::npos)
        return std::nullopt;
    for (std::string_view null : {"~", "null", "Null", "NULL"})
        if (text == null)
            return std::nullopt;
    return std::pair(std::string(text), Tree::Style::Plain);
}

} // namespace

Tree::Index Tree::replaceScalarInPlace(const TextEdit &edit)
{
    // The scalar the edit covers exactly.
    const auto found = std::find_if(mNodes.begin(), mNodes.end(), [&](const Node &n) {
        return n.kind == Kind::Scalar && n.start == edit.offset && n.end - n.start == edit.length;
    });
    if (found == mNodes.end())
        return npos;
    const auto index = Index(found - mNodes.begin());
    if (found->style != Style::Plain && found->style != Style::SingleQuoted && found->style != Style::DoubleQuoted)
        return npos;
    bool inFlow = false;
    for (Index p = found->parent; p != npos && !inFlow; p = node(p).parent)
        inFlow = node(p).style == Style::Flow;

    // The old token must read back as its value from its range (the range is exact), and the
    // new one must be a token of its own.
    const std::string_view oldSource = source(index);
    if (oldSource.find_first_of("\n\r") != std::string_view::npos)
        return npos;
    if (found->style == Style::Plain) {
        if (oldSource != found->value)
            return npos;
    } else if (const auto old = standaloneScalar(oldSource, inFlow); !old || old->first != found->value) {
        return npos;
    }
    const auto next = standaloneScalar(edit.text, inFlow);
    if (!next)
        return npos;

    // What stands before and after the token must end a plain scalar the same way it ended the
    // old one (a quoted scalar ends itself).
    const std::int32_t oldEnd = found->end;
    const auto at = [&](std::int32_t p) { return p >= 0 && p < std::int32_t(mText.size()) ? mText[std::size_t(p)] : '\n'; };
    const auto separates = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (next->second == Style::Plain) {
        const char before = at(edit.offset - 1);
        if (!separates(before) && before != '[' && before != '{' && before != ',')
            return npos;
        const char after = at(oldEnd);
        const bool flowEnd = inFlow && isFlowEnd(after);
        const bool valueIndicator = after == ':' && (separates(at(oldEnd + 1)) || (inFlow && isFlowEnd(at(oldEnd + 1))));
        if (!separates(after) && !flowEnd && !valueIndicator)
            return npos;
    }

    const std::int32_t delta = std::int32_t(edit.text.size()) - edit.length;
    const std::int32_t lineStop = lineEnd(oldEnd);
    found->value = next->first;
    found->style = next->second;
    found->end = edit.offset + std::int32_t(edit.text.size());
    for (std::size_t k = 0; k < mNodes.size(); ++k) {
        if (Index(k) == index)
            continue;
        Node &n = mNodes[k];
        if (n.start >= oldEnd) {
            if (n.start <= lineStop)
                n.column += delta; // later on the same line: moved sideways
            n.start += delta;
        }
        if (n.end >= oldEnd)
            n.end += delta;
    }
    for (std::int32_t &s : mLineStarts)
        if (s > edit.offset)
            s += delta;
    edit.applyTo(mText);
    return index;
}

Result<Tree::Index> Tree::applyEdit(const TextEdit &edit, const std::string &fileName)
{
    if (edit.offset < 0 || edit.length < 0 || std::size_t(edit.offset) + std::size_t(edit.length) > mText.size())
        return Error{QCoreApplication::translate("yaml::Tree", "The edit does not fit the text"),
                     QString::fromStdString(fileName), {}, {}};
    // A form's value edit: one scalar token swapped for another, nothing read again.
    if (const Index changed = replaceScalarInPlace(edit); changed != npos)
        return changed;
    std::string next = mText;
    edit.applyTo(next);
    Result<Tree> full = parse(std::move(next), fileName);
    if (!full)
        return full.error();
    *this = std::move(full).value();
    return npos;
}

Tree::Index Tree::find(Index map, std::string_view key) const
{
    if (!isMap(map))
        return npos;
    const std::vector<Index> &c = node(map).children;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2)
        if (node(c[i]).kind == Kind::Scalar && node(c[i]).value == key)
            return c[i + 1];
    return npos;
}

Tree::Index Tree::findKey(Index map, std::string_view key) const
{
    if (!isMap(map))
        return npos;
    const std::vector<Index> &c = node(map).children;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2)
        if (node(c[i]).kind == Kind::Scalar && node(c[i]).value == key)
            return c[i];
    return npos;
}

Tree::Index Tree::keyOf(Index value) const
{
    const Index parent = node(value).parent;
    if (!isMap(parent))
        return npos;
    const std::vector<Index> &c = node(parent).children;
    for (std::size_t i = 1; i < c.size(); i += 2)
        if (c[i] == value)
            return c[i - 1];
    return npos;
}

const std::string &Tree::scalar(Index i) const
{
    static const std::string empty;
    return isScalar(i) ? node(i).value : empty;
}

std::string_view Tree::source(Index i) const
{
    const Node &n = node(i);
    return std::string_view(mText).substr(std::size_t(n.start), std::size_t(n.end - n.start));
}

std::pair<int, int> Tree::lineColumn(std::int32_t offset) const
{
    const auto it = std::upper_bound(mLineStarts.begin(), mLineStarts.end(), offset);
    const auto line = int(it - mLineStarts.begin()); // 1-based
    return {line, int(offset - mLineStarts[std::size_t(line - 1)]) + 1};
}

std::int32_t Tree::lineStart(std::int32_t offset) const
{
    const auto it = std::upper_bound(mLineStarts.begin(), mLineStarts.end(), offset);
    return *(it - 1);
}

std::int32_t Tree::lineEnd(std::int32_t offset) const
{
    const auto nl = mText.find('\n', std::size_t(offset));
    return nl == std::string::npos ? std::int32_t(mText.size()) : std::int32_t(nl);
}

} // namespace stackyard::yaml
