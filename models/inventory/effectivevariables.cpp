// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/effectivevariables.h"

#include "inventory/variabledefaults.h"
#include "yaml/yamlpointer.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// The value of node i as a person reads it: a scalar's value, a collection's source text.
QString displayValue(const yaml::Tree &t, yaml::Tree::Index i)
{
    if (t.isScalar(i))
        return QString::fromStdString(t.scalar(i));
    if (t.node(i).kind == yaml::Tree::Kind::Null)
        return QString();
    const std::string_view src = t.source(i);
    return QString::fromUtf8(src.data(), qsizetype(src.size()));
}

} // namespace

QString EffectiveVariable::sourceName(Source source)
{
    switch (source) {
    case Source::Host:
        return QCoreApplication::translate("EffectiveVariables", "host");
    case Source::Group:
        return QCoreApplication::translate("EffectiveVariables", "group");
    case Source::Global:
        return QCoreApplication::translate("EffectiveVariables", "all.vars");
    case Source::Default:
        break;
    }
    return QCoreApplication::translate("EffectiveVariables", "default");
}

bool EffectiveVariables::isSecretName(const QString &name)
{
    static const QRegularExpression secret(
        u"(^|_)(password|passwd|secret|secret_key|key_secret|cipher_pass|token|auth_pass)$"_s);
    return secret.match(name).hasMatch();
}

Result<QList<EffectiveVariable>> EffectiveVariables::forHost(const Inventory &inventory, const QString &hostKey,
                                                               bool withDefaults)
{
    QList<const Inventory::Group *> groups = inventory.groupsOf(hostKey);
    if (groups.isEmpty())
        return Error{QCoreApplication::translate("EffectiveVariables", "There is no host '%1' in the inventory").arg(hostKey),
                     inventory.fileName(),
                     QCoreApplication::translate("EffectiveVariables", "Host keys are listed under the groups' 'hosts:'."),
                     {}};
    // Ansible applies group vars in order of depth, then name; all groups here are children
    // of 'all', so by name: a later group overrides an earlier one.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Inventory::Group *a, const Inventory::Group *b) { return a->name < b->name; });

    const yaml::Tree &t = inventory.tree();
    QMap<QString, EffectiveVariable> vars;
    const auto take = [&](yaml::Tree::Index map, EffectiveVariable::Source source, const QString &origin) {
        if (!t.isMap(map))
            return;
        for (std::size_t e = 0; e < t.entryCount(map); ++e) {
            const yaml::Tree::Index value = t.valueAt(map, e);
            EffectiveVariable v;
            v.name = QString::fromStdString(t.scalar(t.keyAt(map, e)));
            v.value = displayValue(t, value);
            v.source = source;
            v.origin = origin;
            v.pointer = QString::fromStdString(yaml::Pointer::of(t, value).toString());
            v.line = inventory.position(value).first;
            v.secret = isSecretName(v.name);
            auto it = vars.find(v.name);
            if (it != vars.end()) {
                v.overrides = it->overrides;
                v.overrides.prepend(it->source == EffectiveVariable::Source::Global
                                        ? u"all"_s
                                        : EffectiveVariable::sourceName(it->source) + u' ' + it->origin);
                *it = v;
            } else {
                vars.insert(v.name, v);
            }
        }
    };
    take(inventory.globalVars(), EffectiveVariable::Source::Global, u"all"_s);
    for (const Inventory::Group *g : std::as_const(groups))
        take(g->vars, EffectiveVariable::Source::Group, g->name);
    for (const Inventory::Group *g : std::as_const(groups))
        take(inventory.hostVars(*g, hostKey), EffectiveVariable::Source::Host, g->name);

    for (auto it = vars.begin(); it != vars.end(); ++it)
        if (VariableDefaults::instance().find(it.key()))
            it->overrides.append(EffectiveVariable::sourceName(EffectiveVariable::Source::Default));
    if (withDefaults) {
        for (const VariableDefaults::Entry &d : VariableDefaults::instance().entries()) {
            if (vars.contains(d.name))
                continue;
            EffectiveVariable v;
            v.name = d.name;
            v.value = d.value;
            v.source = EffectiveVariable::Source::Default;
            v.secret = isSecretName(d.name);
            vars.insert(d.name, v);
        }
    }
    return vars.values();
}

} // namespace stackyard
