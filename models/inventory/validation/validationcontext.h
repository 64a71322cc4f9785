// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/finding.h"
#include "yaml/yamltree.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stackyard {

// What every group of validation rules shares: the tree, the findings so far, and the inventory's
// shape (groups, their hosts and vars) as StructureRules found it. Positions and JSON Pointers are
// computed in O(1) per node from a table built once, so a 10,000-host file costs no quadratic scan.
class ValidationContext
{
public:
    using Index = yaml::Tree::Index;
    static constexpr Index npos = yaml::Tree::npos;

    // Modules a group belongs to (a host may be in one group per module).
    enum Module : std::uint8_t {
        NoModule = 0,
        Pgsql = 1,
        Redis = 2,
        Minio = 4,
        Etcd = 8,
        Infra = 16,
    };

    struct Group
    {
        std::string name;
        Index key = npos; // the group's key under a children mapping
        Index hosts = npos; // its hosts mapping (npos when missing or not a mapping)
        Index vars = npos; // its vars mapping (npos when missing, empty or not a mapping)
        int parent = -1; // the enclosing group for nested children, or -1
        bool opaqueVars = false; // vars is an alias or merges one (<<: *x): not every variable is visible
        std::uint8_t modules = NoModule;
    };

    // A mapping of variables: all.vars (group -1, no host), a group's vars, or a host's vars.
    struct VarsSite
    {
        Index map = npos;
        int group = -1;
        Index hostKey = npos;
    };

    ValidationContext(const yaml::Tree &tree, const QString &fileName);

    const yaml::Tree &tree() const { return mTree; }

    // A finding at node (a null value is reported at its key, where the user would type it;
    // nothing is reported at an alias, whose content the tree does not resolve).
    void error(Index node, const QString &rule, const QString &message);
    void warning(Index node, const QString &rule, const QString &message);
    // The findings so far, sorted by line, then column (stable).
    Findings takeFindings();

    // O(1) versions of the tree's navigation.
    Index keyOf(Index value) const;
    std::string pointer(Index node) const;

    // A node's scalar value as a QString ("" for anything else), and a form safe to quote in a
    // message (control characters escaped, long values shortened).
    QString text(Index node) const;
    QString shown(Index node) const;

    // The inventory's shape, filled by StructureRules.
    Index allKey() const { return mAllKey; }
    Index allVars() const { return mAllVars; }
    Index allVarsKey() const { return mAllVarsKey; }
    void setAll(Index key, Index vars, Index varsKey);
    int addGroup(Group group);
    const std::vector<Group> &groups() const { return mGroups; }
    Group &group(int index) { return mGroups[std::size_t(index)]; }
    const std::vector<VarsSite> &varsSites() const { return mVarsSites; }
    void addVarsSite(VarsSite site) { mVarsSites.push_back(site); }

    // A variable as one host of a group sees it: host vars, then the vars of the group and of its
    // enclosing groups (all.vars only when withGlobal). npos when not set.
    Index lookup(int group, Index hostValue, std::string_view key, bool withGlobal = false) const;
    // A variable of a group's vars or of its enclosing groups' vars.
    Index groupVar(int group, std::string_view key) const;
    // The tree does not resolve aliases: a map that is an alias (*x) or merges one (<<: *x) may
    // hold variables lookup() cannot see, so a rule must not call them missing.
    bool isOpaque(Index map) const;
    bool mayHide(int group, Index hostValue) const;

private:
    void report(Finding::Severity severity, Index node, const QString &rule, const QString &message);

    const yaml::Tree &mTree;
    QString mFileName;
    Findings mFindings;
    std::vector<std::int32_t> mSlot; // position of each node in its parent's children
    Index mAllKey = npos;
    Index mAllVars = npos;
    Index mAllVarsKey = npos;
    std::vector<Group> mGroups;
    std::vector<VarsSite> mVarsSites;
};

} // namespace stackyard
