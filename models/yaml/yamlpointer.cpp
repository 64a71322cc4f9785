// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/yamlpointer.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>

namespace stackyard::yaml {

Result<Pointer> Pointer::parse(std::string_view text)
{
    std::vector<std::string> tokens;
    if (text.empty())
        return Pointer(std::move(tokens));
    if (text.front() != '/')
        return Error{QCoreApplication::translate("yaml::Pointer", "A pointer must start with '/'"),
                     QString::fromUtf8(text.data(), qsizetype(text.size())),
                     QCoreApplication::translate("yaml::Pointer", "Write it like /all/children/pg-meta/vars/pg_cluster."),
                     {}};
    std::size_t pos = 1;
    while (true) {
        const std::size_t slash = text.find('/', pos);
        std::string_view raw = text.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
        std::string token;
        token.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~') {
                if (i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                    token.push_back(raw[i + 1] == '0' ? '~' : '/');
                    ++i;
                } else {
                    return Error{QCoreApplication::translate("yaml::Pointer", "'~' in a pointer must be written ~0, and '/' as ~1"),
                                 QString::fromUtf8(text.data(), qsizetype(text.size())), {}, {}};
                }
            } else {
                token.push_back(raw[i]);
            }
        }
        tokens.push_back(std::move(token));
        if (slash == std::string_view::npos)
            break;
        pos = slash + 1;
    }
    return Pointer(std::move(tokens));
}

Pointer Pointer::of(const Tree &tree, Tree::Index i)
{
    std::vector<std::string> tokens;
    while (i != Tree::npos && tree.node(i).parent != Tree::npos) {
        const Tree::Index parent = tree.node(i).parent;
        const auto &c = tree.node(parent).children;
        const auto at = std::size_t(std::find(c.begin(), c.end(), i) - c.begin());
        if (tree.isMap(parent))
            tokens.push_back(tree.scalar(c[at - at % 2]));
        else
            tokens.push_back(std::to_string(at));
        i = parent;
    }
    std::reverse(tokens.begin(), tokens.end());
    return Pointer(std::move(tokens));
}

std::string Pointer::toString() const
{
    std::string out;
    for (const std::string &t : mTokens) {
        out.push_back('/');
        for (char c : t) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out.push_back(c);
        }
    }
    return out;
}

Pointer Pointer::parent() const
{
    std::vector<std::string> t = mTokens;
    if (!t.empty())
        t.pop_back();
    return Pointer(std::move(t));
}

Pointer Pointer::child(std::string token) const
{
    std::vector<std::string> t = mTokens;
    t.push_back(std::move(token));
    return Pointer(std::move(t));
}

Tree::Index Pointer::resolve(const Tree &tree) const
{
    Tree::Index i = tree.root();
    for (const std::string &token : mTokens) {
        if (i == Tree::npos)
            return Tree::npos;
        if (tree.isMap(i)) {
            i = tree.find(i, token);
        } else if (tree.isSeq(i)) {
            std::size_t n = 0;
            const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), n);
            if (ec != std::errc() || ptr != token.data() + token.size() || n >= tree.node(i).children.size())
                return Tree::npos;
            i = tree.node(i).children[n];
        } else {
            return Tree::npos;
        }
    }
    return i;
}

} // namespace stackyard::yaml
