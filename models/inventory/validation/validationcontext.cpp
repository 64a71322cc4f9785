// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/validationcontext.h"

#include "yaml/yamlpointer.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace stackyard {

ValidationContext::ValidationContext(const yaml::Tree &tree, const QString &fileName)
    : mTree(tree)
    , mFileName(fileName)
    , mSlot(tree.size(), -1)
{
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const auto &children = tree.node(Index(i)).children;
        for (std::size_t c = 0; c < children.size(); ++c)
            mSlot[std::size_t(children[c])] = std::int32_t(c);
    }
}

void ValidationContext::error(Index node, const QString &rule, const QString &message)
{
    report(Finding::Severity::Error, node, rule, message);
}

void ValidationContext::warning(Index node, const QString &rule, const QString &message)
{
    report(Finding::Severity::Warning, node, rule, message);
}

void ValidationContext::report(Finding::Severity severity, Index node, const QString &rule, const QString &message)
{
    // An alias (*x) is not resolved by the tree: whatever a rule says about its content would be
    // a guess, so it says nothing.
    if (node != npos && mTree.node(node).kind == yaml::Tree::Kind::Alias)
        return;
    Finding f;
    f.severity = severity;
    f.file = mFileName;
    f.rule = rule;
    f.message = message;
    if (node != npos && mTree.node(node).kind == yaml::Tree::Kind::Null) {
        const Index key = keyOf(node);
        if (key != npos)
            node = key;
    }
    if (node == npos) {
        f.line = 1;
        f.column = 1;
    } else {
        f.line = mTree.node(node).line + 1;
        f.column = mTree.node(node).column + 1;
        f.pointer = QString::fromStdString(pointer(node));
    }
    mFindings.append(std::move(f));
}

Findings ValidationContext::takeFindings()
{
    std::stable_sort(mFindings.begin(), mFindings.end(),
        [](const Finding &a, const Finding &b) { return a.line != b.line ? a.line < b.line : a.column < b.column; });
    return std::exchange(mFindings, {});
}

ValidationContext::Index ValidationContext::keyOf(Index value) const
{
    if (value == npos)
        return npos;
    const Index parent = mTree.node(value).parent;
    const std::int32_t slot = mSlot[std::size_t(value)];
    if (!mTree.isMap(parent) || slot % 2 != 1)
        return npos;
    return mTree.node(parent).children[std::size_t(slot - 1)];
}

std::string ValidationContext::pointer(Index node) const
{
    std::vector<std::string> tokens;
    for (Index i = node; i != npos && mTree.node(i).parent != npos; i = mTree.node(i).parent) {
        const Index parent = mTree.node(i).parent;
        const std::int32_t slot = mSlot[std::size_t(i)];
        if (mTree.isMap(parent))
            tokens.push_back(mTree.scalar(mTree.node(parent).children[std::size_t(slot - slot % 2)]));
        else
            tokens.push_back(std::to_string(slot));
    }
    std::reverse(tokens.begin(), tokens.end());
    return yaml::Pointer::fromTokens(std::move(tokens)).toString();
}

QString ValidationContext::text(Index node) const
{
    return QString::fromStdString(mTree.scalar(node));
}

QString ValidationContext::shown(Index node) const
{
    QString s = text(node);
    constexpr qsizetype limit = 60;
    if (s.size() > limit)
        s = s.left(limit) + u'…';
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

void ValidationContext::setAll(Index key, Index vars, Index varsKey)
{
    mAllKey = key;
    mAllVars = vars;
    mAllVarsKey = varsKey;
}

int ValidationContext::addGroup(Group group)
{
    mGroups.push_back(std::move(group));
    return int(mGroups.size()) - 1;
}

ValidationContext::Index ValidationContext::lookup(
    int group, Index hostValue, std::string_view key, bool withGlobal) const
{
    if (mTree.isMap(hostValue)) {
        const Index v = mTree.find(hostValue, key);
        if (v != npos)
            return v;
    }
    const Index v = groupVar(group, key);
    if (v != npos || !withGlobal)
        return v;
    return mTree.isMap(mAllVars) ? mTree.find(mAllVars, key) : npos;
}

ValidationContext::Index ValidationContext::groupVar(int group, std::string_view key) const
{
    for (int g = group; g >= 0; g = mGroups[std::size_t(g)].parent) {
        const Index vars = mGroups[std::size_t(g)].vars;
        if (mTree.isMap(vars)) {
            const Index v = mTree.find(vars, key);
            if (v != npos)
                return v;
        }
    }
    return npos;
}

bool ValidationContext::isOpaque(Index map) const
{
    if (map == npos)
        return false;
    if (mTree.node(map).kind == yaml::Tree::Kind::Alias)
        return true;
    return mTree.isMap(map) && mTree.findKey(map, "<<") != npos;
}

bool ValidationContext::mayHide(int group, Index hostValue) const
{
    if (isOpaque(hostValue))
        return true;
    for (int g = group; g >= 0; g = mGroups[std::size_t(g)].parent)
        if (mGroups[std::size_t(g)].opaqueVars)
            return true;
    return false;
}

} // namespace stackyard
