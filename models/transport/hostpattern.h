// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stackyard {

// OpenSSH's host patterns, shared by ssh_config's Host lines and known_hosts: '*' and '?'
// wildcards, case-insensitive, and '!' negation in a list.
class HostPattern
{
public:
    // One pattern (no '!') against a name.
    static bool matches(QStringView pattern, QStringView name);
    // A list ("a,b,!c" in known_hosts; separate words in ssh_config): true when a positive
    // pattern matches and no negated one does.
    static bool listMatches(const QStringList &patterns, const QString &name);
};

} // namespace stackyard
