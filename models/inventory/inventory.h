// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventoryoverview.h"
#include "yaml/yamltree.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stackyard {

// A parsed Ansible/Pigsty inventory: the YAML tree with its source positions, and the groups,
// their kinds and hosts read from it. A value type: edits produce a new Inventory from the
// patched text (see InventoryDocument), so a snapshot can be handed to any thread.
class Inventory
{
public:
    using Index = yaml::Tree::Index;

    struct Group
    {
        QString name;
        ClusterKind kind = ClusterKind::Other;
        Index key = yaml::Tree::npos;   // the group's key under all.children
        Index body = yaml::Tree::npos;  // its mapping (or null)
        Index vars = yaml::Tree::npos;  // its vars mapping, npos when absent
        Index hosts = yaml::Tree::npos; // its hosts mapping, npos when absent
        QStringList hostKeys;
    };

    // Parses text. Errors are YAML syntax errors ("file:line:col") or a missing 'all' mapping.
    static Result<Inventory> parse(std::string text, const QString &fileName);
    // Applies a text edit, re-reading only the part of the tree around it. On an error (the
    // result is not valid YAML or not an inventory) nothing changes.
    Result<bool> applyEdit(const yaml::TextEdit &edit);

    const yaml::Tree &tree() const { return mTree; }
    const std::string &text() const { return mTree.text(); }
    const QString &fileName() const { return mFileName; }

    Index all() const { return mAll; }
    Index globalVars() const { return mGlobalVars; }
    const QList<Group> &groups() const { return mGroups; }
    const Group *group(const QString &name) const;
    // Distinct host keys in first-seen order.
    const QStringList &hostKeys() const { return mHostKeys; }
    // The groups a host belongs to, in file order.
    QList<const Group *> groupsOf(const QString &hostKey) const;
    // The host's own variables mapping inside group g (npos when it has none).
    Index hostVars(const Group &g, const QString &hostKey) const;

    // The summary the console's first panels show.
    InventoryOverview overview() const;

    // 1-based line and column of node i.
    std::pair<int, int> position(Index i) const;

private:
    // Reads the groups and hosts from mTree.
    Result<bool> index();
    // Whether changing scalar node `changed` in place can change what index() reads.
    bool affectsIndex(Index changed) const;

    yaml::Tree mTree;
    QString mFileName;
    Index mAll = yaml::Tree::npos;
    Index mGlobalVars = yaml::Tree::npos;
    QList<Group> mGroups;
    QStringList mHostKeys;
    QHash<QString, QList<int>> mGroupsOfHost; // host key -> indexes into mGroups
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::Inventory)
