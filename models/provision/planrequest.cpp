// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/planrequest.h"

#include "secrets/secretref.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace stackyard {

const HostFacts &PlanRequest::factsOf(const QString &host) const
{
    static const HostFacts none;
    const auto it = facts.find(host);
    return it == facts.end() ? none : *it;
}

Result<QString> PlanRequest::password(const QString &value, const QString &where) const
{
    if (value.isEmpty())
        return value;
    return reveal ? reveal(value, where) : revealFromKeychain(value, where);
}

Result<QString> PlanRequest::revealFromKeychain(const QString &value, const QString &where)
{
    const auto name = SecretRef::parse(value);
    if (!name)
        return value;
    Result<QString> secret = SecretStore::readNow(*name);
    if (!secret) {
        Error e = secret.error();
        e.where = where + u": "_s + e.where;
        return e;
    }
    return secret;
}

} // namespace stackyard
