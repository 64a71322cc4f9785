// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/yamltree.h"

#include <yaml-cpp/node/node.h>

namespace stackyard::yaml {

// A yaml-cpp node with the value of node i of tree: mappings, sequences and scalars as read
// (keys by their scalar text, so the integer key 6379 becomes "6379"); aliases read as null.
// For typed access to a value whose source positions no longer matter.
YAML::Node toNode(const Tree &tree, Tree::Index i);

} // namespace stackyard::yaml
