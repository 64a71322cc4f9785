// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "yaml/yamlpointer.h"
#include "yaml/yamlrender.h"
#include "yaml/yamltree.h"

#include <QCoreApplication>

#include <yaml-cpp/node/node.h>

#include <string>

namespace stackyard::yaml {

// Turns structural edits addressed by JSON Pointer into TextEdits on the tree's text. Every
// edit touches only the text it must: a scalar's own characters, the lines of one entry, or
// the inside of one flow collection, written in the style of its neighbours.
class Editor
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::yaml::Editor)

public:
    explicit Editor(const Tree &tree);

    // Sets the value at pointer. A missing last key is added to its mapping, missing mappings
    // on the way are created; "-" as the last token appends to a sequence.
    Result<TextEdit> set(const Pointer &pointer, const YAML::Node &value) const;
    // Sets a scalar to a string value typed by the user: quoted when it would otherwise read back
    // as a number, boolean or null and asString is true.
    Result<TextEdit> setScalar(const Pointer &pointer, const std::string &value, bool asString) const;
    // Removes a mapping entry or a sequence item with its lines (block) or its separator (flow).
    Result<TextEdit> remove(const Pointer &pointer) const;

    // The flow style this file uses near node i (its own separators first, then the file's).
    FlowStyle flowStyleNear(Tree::Index i) const;

private:
    Result<TextEdit> replaceValue(Tree::Index target, const YAML::Node &value) const;
    Result<TextEdit> insertEntry(Tree::Index map, const std::string &key, const YAML::Node &value) const;
    Result<TextEdit> appendItem(Tree::Index seq, const YAML::Node &value) const;
    bool inFlow(Tree::Index i) const;
    // The column of the key or dash that owns node i (its indentation in block context).
    int ownerColumn(Tree::Index i) const;
    // " value" or "\n    block…" as written after "key:" at keyColumn.
    std::string valueAfterColon(const YAML::Node &value, int keyColumn, const FlowStyle &style) const;
    Error error(const Pointer &pointer, const QString &what, const QString &hint = {}) const;

    const Tree &mTree;
};

} // namespace stackyard::yaml
