// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "yaml/yamltree.h"

#include <string>
#include <string_view>
#include <vector>

namespace stackyard::yaml {

// JSON Pointers (RFC 6901) into a YAML tree: "/all/children/pg-meta/hosts/10.10.10.10/pg_role".
// Map keys match a key's scalar value (so "6379" finds the integer key 6379); sequence items
// are numbered from 0; "-" names the position after the last item.
class Pointer
{
public:
    static Result<Pointer> parse(std::string_view text);
    static Pointer fromTokens(std::vector<std::string> tokens) { return Pointer(std::move(tokens)); }
    // The pointer of node i in tree.
    static Pointer of(const Tree &tree, Tree::Index i);

    const std::vector<std::string> &tokens() const { return mTokens; }
    std::string toString() const;
    Pointer parent() const;
    Pointer child(std::string token) const;
    bool isRoot() const { return mTokens.empty(); }

    // The node the pointer names, or npos.
    Tree::Index resolve(const Tree &tree) const;

private:
    explicit Pointer(std::vector<std::string> tokens) : mTokens(std::move(tokens)) {}

    std::vector<std::string> mTokens;
};

} // namespace stackyard::yaml
