// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stackyard::yaml {

// One minimal change of a document's text: replace length bytes at offset by text.
struct TextEdit
{
    std::int32_t offset = 0;
    std::int32_t length = 0;
    std::string text;

    void applyTo(std::string &document) const;
    // The edit that restores before (the text this edit was computed on) once it is applied.
    TextEdit inverse(const std::string &before) const;
    bool operator==(const TextEdit &) const = default;
};

// A YAML document as yaml-cpp reads it, plus where every node stands in the source text: the
// byte range of each scalar, mapping and sequence, its style and its line and column. The text
// itself is not changed or re-emitted; edits (yamledit.h) become minimal text patches computed
// from these ranges, so comments, flow style and layout survive.
class Tree
{
public:
    using Index = std::int32_t;
    static constexpr Index npos = -1;

    enum class Kind : std::uint8_t { Null, Scalar, Map, Seq, Alias };
    enum class Style : std::uint8_t {
        Plain,        // scalar without quotes, or an empty/`~` null
        SingleQuoted,
        DoubleQuoted,
        Literal,      // |
        Folded,       // >
        Block,        // block mapping or sequence
        Flow,         // { } or [ ]
    };

    struct Node
    {
        Kind kind = Kind::Null;
        Style style = Style::Plain;
        Index parent = npos;
        std::int32_t start = 0; // byte offset of the node's content (after any &anchor / !tag)
        std::int32_t end = 0;   // one past the last byte; start == end for an empty null
        std::int32_t line = 0;  // 0-based
        std::int32_t column = 0;
        std::string value;              // decoded scalar value
        std::vector<Index> children;    // Map: key, value, key, value…; Seq: items
    };

    // Parses text (UTF-8). Errors carry "fileName:line:column" and yaml-cpp's message.
    static Result<Tree> parse(std::string text, const std::string &fileName = {});

    // Applies edit to the text and brings the tree up to date: a one-line scalar replaced by
    // another is updated in place, anything else reads the whole text again. Gives the index of
    // the scalar changed in place (every other index still names the same node), or npos after
    // a whole read. On an error (the new text is not valid YAML) nothing changes.
    Result<Index> applyEdit(const TextEdit &edit, const std::string &fileName = {});

    const std::string &text() const { return mText; }
    const Node &node(Index i) const { return mNodes[std::size_t(i)]; }
    std::size_t size() const { return mNodes.size(); }
    // The document's root node, or npos for an empty document.
    Index root() const { return mRoot; }

    // Map helpers. Keys compare by their scalar value.
    Index find(Index map, std::string_view key) const; // the value node, or npos
    Index findKey(Index map, std::string_view key) const; // the key node, or npos
    std::size_t entryCount(Index map) const { return node(map).children.size() / 2; }
    Index keyAt(Index map, std::size_t entry) const { return node(map).children[2 * entry]; }
    Index valueAt(Index map, std::size_t entry) const { return node(map).children[2 * entry + 1]; }
    // For a value node inside a map: its key node; npos otherwise.
    Index keyOf(Index value) const;

    bool isMap(Index i) const { return i != npos && node(i).kind == Kind::Map; }
    bool isSeq(Index i) const { return i != npos && node(i).kind == Kind::Seq; }
    bool isScalar(Index i) const { return i != npos && node(i).kind == Kind::Scalar; }
    // Scalar value, or "" for anything else.
    const std::string &scalar(Index i) const;
    // The raw source text of a node.
    std::string_view source(Index i) const;

    // 1-based line and column of a byte offset, for messages.
    std::pair<int, int> lineColumn(std::int32_t offset) const;
    // Byte offset where the line containing offset starts / ends (at its '\n' or the text's end).
    std::int32_t lineStart(std::int32_t offset) const;
    std::int32_t lineEnd(std::int32_t offset) const;

private:
    friend class TreeBuilder;

    void computeLineStarts();
    // Swaps one single-line scalar for another in place when that provably reads the same as a
    // full parse would (see the .cpp); npos leaves everything untouched.
    Index replaceScalarInPlace(const TextEdit &edit); // the scalar's index, or npos

    std::string mText;
    std::vector<Node> mNodes;
    std::vector<std::int32_t> mLineStarts;
    Index mRoot = npos;
};

} // namespace stackyard::yaml
