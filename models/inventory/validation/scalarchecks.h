// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/yamltree.h"

#include <array>
#include <optional>
#include <string_view>

namespace stackyard {

// Typed readings of YAML scalars as Ansible (PyYAML, YAML 1.1) would see them. A quoted scalar is
// a string, never a number or a boolean.
class ScalarChecks
{
public:
    using Index = yaml::Tree::Index;

    // Dotted-quad IPv4 address: four decimal octets 0-255 without leading zeros.
    static bool isIPv4(std::string_view text);
    // IPv4 address with an optional /0-32 prefix length.
    static bool isIPv4Cidr(std::string_view text);
    // The value of a plain (unquoted) decimal integer scalar, if node is one.
    static std::optional<long long> integer(const yaml::Tree &tree, Index node);
    // A plain true/false/yes/no/on/off scalar (any of YAML 1.1's spellings).
    static bool isBoolean(const yaml::Tree &tree, Index node);
    // A null node: missing value, `~` or `null`.
    static bool isNull(const yaml::Tree &tree, Index node);
    // Jinja ("{{ x }}") or Pigsty placeholder ("${admin_ip}") text, expanded later by Ansible.
    static bool isTemplated(std::string_view text);
    // A scalar value (any style) or null: what a "string" field accepts.
    static bool isScalarOrNull(const yaml::Tree &tree, Index node);
    // text is one of the values of set.
    template<std::size_t N> static bool isOneOf(std::string_view text, const std::array<std::string_view, N> &set)
    {
        for (std::string_view v : set)
            if (v == text)
                return true;
        return false;
    }
};

} // namespace stackyard
