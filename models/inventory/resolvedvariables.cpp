// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/resolvedvariables.h"

#include "inventory/variabledefaults.h"
#include "yaml/yamlnode.h"
#include "yaml/yamlpointer.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QList<const Inventory::Group *> byName(QList<const Inventory::Group *> groups)
{
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Inventory::Group *a, const Inventory::Group *b) { return a->name < b->name; });
    return groups;
}

} // namespace

Result<ResolvedVariables> ResolvedVariables::forHost(const Inventory &inventory, const QString &hostKey)
{
    const QList<const Inventory::Group *> groups = byName(inventory.groupsOf(hostKey));
    if (groups.isEmpty())
        return Error{QCoreApplication::translate("EffectiveVariables", "There is no host '%1' in the inventory").arg(hostKey),
                     inventory.fileName(),
                     QCoreApplication::translate("EffectiveVariables", "Host keys are listed under the groups' 'hosts:'."),
                     {}};
    ResolvedVariables r;
    r.mInventory = &inventory;
    r.mScopes.append({inventory.globalVars(), EffectiveVariable::Source::Global});
    for (const Inventory::Group *g : groups)
        r.mScopes.append({g->vars, EffectiveVariable::Source::Group});
    for (const Inventory::Group *g : groups)
        r.mScopes.append({inventory.hostVars(*g, hostKey), EffectiveVariable::Source::Host});
    return r;
}

ResolvedVariables ResolvedVariables::forGroup(const Inventory &inventory, const Inventory::Group &group)
{
    ResolvedVariables r;
    r.mInventory = &inventory;
    r.mScopes.append({inventory.globalVars(), EffectiveVariable::Source::Global});
    r.mScopes.append({group.vars, EffectiveVariable::Source::Group});
    return r;
}

ResolvedVariables::Value ResolvedVariables::value(const QString &name) const
{
    const yaml::Tree &t = mInventory->tree();
    const std::string key = name.toStdString();
    for (auto it = mScopes.crbegin(); it != mScopes.crend(); ++it) {
        const yaml::Tree::Index v = t.find(it->map, key);
        if (v == yaml::Tree::npos)
            continue;
        return Value{yaml::toNode(t, v), it->source, QString::fromStdString(yaml::Pointer::of(t, v).toString())};
    }
    Value fallback;
    if (const VariableDefaults::Entry *d = VariableDefaults::instance().find(name); d && !d->value.isEmpty()) {
        try {
            fallback.node = YAML::Load(d->value.toStdString());
        } catch (const YAML::Exception &) {
            fallback.node = YAML::Node(d->value.toStdString());
        }
    }
    return fallback;
}

QString ResolvedVariables::toString(const YAML::Node &node, const QString &fallback)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : fallback;
}

std::optional<qint64> ResolvedVariables::toInteger(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    bool ok = false;
    const qint64 v = QString::fromStdString(node.Scalar()).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> ResolvedVariables::toBool(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    const QString s = QString::fromStdString(node.Scalar()).trimmed().toLower();
    if (s == u"true"_s || s == u"yes"_s || s == u"on"_s || s == u"y"_s)
        return true;
    if (s == u"false"_s || s == u"no"_s || s == u"off"_s || s == u"n"_s)
        return false;
    return std::nullopt;
}

QStringList ResolvedVariables::toStrings(const YAML::Node &node)
{
    QStringList out;
    if (!node.IsDefined() || node.IsNull())
        return out;
    if (node.IsScalar())
        return {QString::fromStdString(node.Scalar())};
    if (node.IsSequence())
        for (const YAML::Node &item : node)
            if (item.IsScalar())
                out.append(QString::fromStdString(item.Scalar()));
    return out;
}

QString ResolvedVariables::string(const QString &name, const QString &fallback) const
{
    return toString(value(name).node, fallback);
}

std::optional<qint64> ResolvedVariables::integer(const QString &name) const
{
    return toInteger(value(name).node);
}

int ResolvedVariables::integer(const QString &name, int fallback) const
{
    return int(integer(name).value_or(fallback));
}

bool ResolvedVariables::boolean(const QString &name, bool fallback) const
{
    return toBool(value(name).node).value_or(fallback);
}

QStringList ResolvedVariables::strings(const QString &name) const
{
    return toStrings(value(name).node);
}

} // namespace stackyard
