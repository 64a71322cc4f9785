// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/scalarchecks.h"

#include <array>

namespace stackyard {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A decimal number 0-max without sign or leading zeros.
bool isSmallNumber(std::string_view s, int max)
{
    if (s.empty() || s.size() > 3 || (s.size() > 1 && s.front() == '0'))
        return false;
    int v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    return v <= max;
}

} // namespace

bool ScalarChecks::isIPv4(std::string_view text)
{
    int parts = 0;
    while (true) {
        const std::size_t dot = text.find('.');
        const std::string_view part = text.substr(0, dot);
        if (!isSmallNumber(part, 255))
            return false;
        ++parts;
        if (dot == std::string_view::npos)
            break;
        text.remove_prefix(dot + 1);
    }
    return parts == 4;
}

bool ScalarChecks::isIPv4Cidr(std::string_view text)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return isIPv4(text);
    return isIPv4(text.substr(0, slash)) && isSmallNumber(text.substr(slash + 1), 32);
}

std::optional<long long> ScalarChecks::integer(const yaml::Tree &tree, Index node)
{
    if (!tree.isScalar(node) || tree.node(node).style != yaml::Tree::Style::Plain)
        return std::nullopt;
    std::string_view s = tree.scalar(node);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 18)
        return std::nullopt;
    long long v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

bool ScalarChecks::isBoolean(const yaml::Tree &tree, Index node)
{
    if (!tree.isScalar(node) || tree.node(node).style != yaml::Tree::Style::Plain)
        return false;
    static constexpr std::array<std::string_view, 18> spellings = {
        "true",
        "True",
        "TRUE",
        "false",
        "False",
        "FALSE",
        "yes",
        "Yes",
        "YES",
        "no",
        "No",
        "NO",
        "on",
        "On",
        "ON",
        "off",
        "Off",
        "OFF",
    };
    const std::string &s = tree.scalar(node);
    for (std::string_view b : spellings)
        if (s == b)
            return true;
    return false;
}

bool ScalarChecks::isNull(const yaml::Tree &tree, Index node)
{
    return node != yaml::Tree::npos && tree.node(node).kind == yaml::Tree::Kind::Null;
}

bool ScalarChecks::isTemplated(std::string_view text)
{
    return text.find("{{") != std::string_view::npos || text.find("${") != std::string_view::npos;
}

bool ScalarChecks::isScalarOrNull(const yaml::Tree &tree, Index node)
{
    return tree.isScalar(node) || isNull(tree, node);
}

} // namespace stackyard
