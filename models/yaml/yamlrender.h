// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <yaml-cpp/node/node.h>

#include <string>
#include <vector>

namespace stackyard::yaml {

// How a file writes flow collections, learnt from the file so new text looks like the old:
// Pigsty writes "{ name: x ,password: y }" (comma first), others "{name: x, password: y}".
struct FlowStyle
{
    std::string separator = ", ";
    bool padded = true; // "{ a: 1 }" rather than "{a: 1}"
    // Sequence items that are mappings are written "- { … }" on one line.
    bool flowItems = true;
};

// Scalars: plain when that reads back as the same string, else single-quoted, or double-quoted
// when the value has line breaks or control characters. forceString also quotes values that
// would otherwise read back as a number, boolean or null.
std::string renderScalar(const std::string &value, bool forceString, bool inFlow);
std::string singleQuoted(const std::string &value);
std::string doubleQuoted(const std::string &value);
bool needsDoubleQuotes(const std::string &value);
// A yaml-cpp node in flow style on one line.
std::string renderFlow(const YAML::Node &node, const FlowStyle &style);
// A yaml-cpp node in block style: one entry per line, each prefixed with indent spaces. Maps and
// sequences nested in it are indented by two more; small mappings inside sequences follow
// style.flowItems.
std::vector<std::string> renderBlock(const YAML::Node &node, int indent, const FlowStyle &style);
// Whether a yaml-cpp scalar was quoted in its source (then it must stay a string).
bool isQuotedScalar(const YAML::Node &node);

} // namespace stackyard::yaml
