// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamlrender.h"

#include <yaml-cpp/yaml.h>

#include <regex>

namespace stackyard::yaml {

namespace {

bool looksTyped(const std::string &v)
{
    static const std::regex typed(
        R"(^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)");
    return std::regex_match(v, typed);
}

bool plainIsSafe(const std::string &v, bool inFlow)
{
    if (v.empty() || v.front() == ' ' || v.back() == ' ' || v.back() == ':')
        return false;
    const char first = v.front();
    if (std::string_view("[]{},#&*!|>'\"%@`").find(first) != std::string_view::npos)
        return false;
    if ((first == '-' || first == '?' || first == ':') && (v.size() == 1 || v[1] == ' '))
        return false;
    if (v.find(": ") != std::string::npos || v.find(" #") != std::string::npos)
        return false;
    if (v == "---" || v == "...")
        return false;
    for (unsigned char c : v) {
        if (c < 0x20 || c == 0x7f)
            return false;
        if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
            return false;
    }
    return true;
}




std::string scalarOf(const YAML::Node &node, bool inFlow)
{
    if (node.IsNull())
        return node.Tag() == "!" ? "''" : "null";
    return renderScalar(node.Scalar(), isQuotedScalar(node), inFlow);
}

bool isSmall(const YAML::Node &node)
{
    if (!node.IsMap() && !node.IsSequence())
        return true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node v = node.IsMap() ? it->second : *it;
        if (v.IsMap() || v.IsSequence())
            return false;
    }
    return true;
}

} // namespace

std::string singleQuoted(const std::string &v)
{
    std::string out = "'";
    for (char c : v) {
        out.push_back(c);
        if (c == '\'')
            out.push_back('\'');
    }
    return out + '\'';
}

std::string doubleQuoted(const std::string &v)
{
    std::string out = "\"";
    for (unsigned char c : v) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out += "\\x";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 15]);
            } else {
                out.push_back(char(c));
            }
        }
    }
    return out + '"';
}

bool needsDoubleQuotes(const std::string &v)
{
    for (unsigned char c : v)
        if (c < 0x20 || c == 0x7f)
            return true;
    return false;
}

bool isQuotedScalar(const YAML::Node &node)
{
    return node.IsScalar() && node.Tag() == "!";
}

std::string renderScalar(const std::string &value, bool forceString, bool inFlow)
{
    if (needsDoubleQuotes(value))
        return doubleQuoted(value);
    if (plainIsSafe(value, inFlow) && !(forceString && looksTyped(value)))
        return value;
    return singleQuoted(value);
}

std::string renderFlow(const YAML::Node &node, const FlowStyle &style)
{
    if (!node.IsMap() && !node.IsSequence())
        return scalarOf(node, true);
    const bool map = node.IsMap();
    if (node.size() == 0)
        return map ? "{}" : "[]";
    std::string out = map ? "{" : "[";
    if (style.padded)
        out += ' ';
    bool first = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!first)
            out += style.separator;
        first = false;
        if (map)
            out += scalarOf(it->first, true) + ": " + renderFlow(it->second, style);
        else
            out += renderFlow(*it, style);
    }
    if (style.padded)
        out += ' ';
    return out + (map ? "}" : "]");
}

std::vector<std::string> renderBlock(const YAML::Node &node, int indent, const FlowStyle &style)
{
    const std::string pad(std::size_t(std::max(indent, 0)), ' ');
    std::vector<std::string> lines;
    if (!node.IsMap() && !node.IsSequence()) {
        lines.push_back(pad + scalarOf(node, false));
        return lines;
    }
    if (node.size() == 0) {
        lines.push_back(pad + (node.IsMap() ? "{}" : "[]"));
        return lines;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (node.IsMap()) {
            const std::string key = scalarOf(it->first, false);
            const YAML::Node v = it->second;
            // Small nested collections stay on the key's line, as hand-written inventories do.
            if ((v.IsMap() || v.IsSequence()) && v.size() > 0 && renderFlow(v, style).size() > 80) {
                lines.push_back(pad + key + ":");
                for (std::string &l : renderBlock(v, indent + 2, style))
                    lines.push_back(std::move(l));
            } else {
                lines.push_back(pad + key + ": " + renderFlow(v, style));
            }
        } else {
            const YAML::Node item = *it;
            // Pigsty writes mapping items on one line ("- { name: x ,roles: [ a ] }") when they fit.
            const bool oneLine = style.flowItems && renderFlow(item, style).size() <= 160;
            if (item.IsMap() && item.size() > 0 && !oneLine) {
                std::vector<std::string> inner = renderBlock(item, indent + 2, style);
                inner.front().replace(std::size_t(indent), 2, "- ");
                for (std::string &l : inner)
                    lines.push_back(std::move(l));
            } else if (item.IsSequence() && item.size() > 0 && !isSmall(item)) {
                lines.push_back(pad + "-");
                for (std::string &l : renderBlock(item, indent + 2, style))
                    lines.push_back(std::move(l));
            } else {
                lines.push_back(pad + "- " + renderFlow(item, style));
            }
        }
    }
    return lines;
}

} // namespace stackyard::yaml
