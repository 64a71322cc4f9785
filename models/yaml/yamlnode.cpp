// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamlnode.h"

#include <yaml-cpp/yaml.h>

namespace stackyard::yaml {

YAML::Node toNode(const Tree &tree, Tree::Index i)
{
    if (i == Tree::npos)
        return YAML::Node(YAML::NodeType::Undefined);
    const Tree::Node &n = tree.node(i);
    switch (n.kind) {
    case Tree::Kind::Scalar:
        return YAML::Node(n.value);
    case Tree::Kind::Map: {
        YAML::Node map(YAML::NodeType::Map);
        for (std::size_t e = 0; e < tree.entryCount(i); ++e)
            map[tree.scalar(tree.keyAt(i, e))] = toNode(tree, tree.valueAt(i, e));
        return map;
    }
    case Tree::Kind::Seq: {
        YAML::Node seq(YAML::NodeType::Sequence);
        for (const Tree::Index c : n.children)
            seq.push_back(toNode(tree, c));
        return seq;
    }
    case Tree::Kind::Null:
    case Tree::Kind::Alias:
        break;
    }
    return YAML::Node(YAML::NodeType::Null);
}

} // namespace stackyard::yaml
