// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/effectivevariables.h"
#include "inventory/inventory.h"

#include <QList>
#include <QString>

#include <yaml-cpp/node/node.h>

#include <optional>

namespace stackyard {

// Typed lookup of the variables one host (or one group) gets, with Ansible's precedence:
// host vars > group vars (groups by name, a later one wins) > all.vars > built-in defaults.
// Where EffectiveVariables lists every variable as text for people, this answers one variable
// at a time as a value for code: the typed cluster views, provisioning, health and backups.
class ResolvedVariables
{
public:
    struct Value
    {
        YAML::Node node;        // Undefined when set nowhere and without a default
        EffectiveVariable::Source source = EffectiveVariable::Source::Default;
        QString pointer;        // JSON Pointer in the file; "" for defaults
        bool isDefined() const { return node.IsDefined() && !node.IsNull(); }
    };

    // The variables of host as a member of all its groups. An unknown host is an Error.
    static Result<ResolvedVariables> forHost(const Inventory &inventory, const QString &hostKey);
    // The variables every host of group gets unless it sets its own (group vars over all.vars).
    static ResolvedVariables forGroup(const Inventory &inventory, const Inventory::Group &group);

    Value value(const QString &name) const;
    bool isSet(const QString &name) const { return value(name).source != EffectiveVariable::Source::Default; }

    // Scalars as text (a collection gives fallback), numbers and booleans (YAML 1.1 words too).
    QString string(const QString &name, const QString &fallback = {}) const;
    std::optional<qint64> integer(const QString &name) const;
    int integer(const QString &name, int fallback) const;
    bool boolean(const QString &name, bool fallback = false) const;
    // A list of scalars (a single scalar gives a one-item list).
    QStringList strings(const QString &name) const;

    // Conversions used by every typed view.
    static QString toString(const YAML::Node &node, const QString &fallback = {});
    static std::optional<qint64> toInteger(const YAML::Node &node);
    static std::optional<bool> toBool(const YAML::Node &node);
    static QStringList toStrings(const YAML::Node &node);

private:
    struct Scope
    {
        yaml::Tree::Index map = yaml::Tree::npos;
        EffectiveVariable::Source source = EffectiveVariable::Source::Default;
    };

    const Inventory *mInventory = nullptr;
    QList<Scope> mScopes; // lowest precedence first
};

} // namespace stackyard
