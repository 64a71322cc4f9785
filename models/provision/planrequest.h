// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"
#include "provision/hostfacts.h"

#include <QHash>
#include <QString>

#include <functional>

namespace stackyard {

// What a recipe plans from: the inventory, the target (a cluster, or one user or database of
// it), the facts of its hosts, and a way to read a password as the inventory writes it (plain
// text, or ${secret:NAME} from the keychain).
struct PlanRequest
{
    const Inventory *inventory = nullptr;
    QString cluster;      // pg_cluster / redis_cluster / group name
    QString limitHost;    // only the steps of this host ("" = every host)
    QString user;         // PostgreSQL: only this user
    QString database;     // PostgreSQL: only this database
    QHash<QString, HostFacts> facts; // by host key
    // The plain text of a password value as written; where names it for errors.
    std::function<Result<QString>(const QString &value, const QString &where)> reveal;

    const HostFacts &factsOf(const QString &host) const;
    // value as plain text ("" stays ""): the secret behind ${secret:NAME}, else value itself.
    Result<QString> password(const QString &value, const QString &where) const;
    // The default reveal: SecretStore::readNow for references (blocking: worker threads).
    static Result<QString> revealFromKeychain(const QString &value, const QString &where);
};

} // namespace stackyard
