// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"

#include <QList>
#include <QString>

namespace stackyard {

// The variables a host really gets, with Ansible's precedence: the host's own vars over its
// groups' vars (groups in Ansible's order: by name, a later one wins) over all.vars over the
// built-in defaults — and, for each, where the value came from and what it overrides.
struct EffectiveVariable
{
    enum class Source { Host, Group, Global, Default };

    QString name;
    QString value;      // the YAML text as written (scalars decoded); defaults as JSON
    Source source = Source::Default;
    QString origin;     // the group name for Host/Group, "all" for Global, "" for Default
    QString pointer;    // JSON Pointer of the value in the file ("" for defaults)
    int line = 0;       // 1-based, 0 for defaults
    bool secret = false; // a password or key: shown masked unless asked
    QStringList overrides; // the lower-precedence origins that also set it ("group pg-meta", "all", "default")

    static QString sourceName(Source source);
};

class EffectiveVariables
{
public:
    // Every variable set for host (in the file) plus, when withDefaults, every default the host
    // did not override. Sorted by name. An unknown host is an Error naming the file.
    static Result<QList<EffectiveVariable>> forHost(const Inventory &inventory, const QString &hostKey,
                                                    bool withDefaults = true);
    // Whether a variable name holds a secret (password, secret key, cipher pass…).
    static bool isSecretName(const QString &name);
};

} // namespace stackyard
