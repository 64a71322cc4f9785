// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/views/pgcluster.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace stackyard {

// SQL for users and databases as Pigsty's pg-user.sql / pg-db.sql define them, written by
// Stackyard: a read-only query that reports the current state as one JSON line, a comparison of
// that state with the inventory, and the idempotent script that makes it so. Identifiers and
// literals are quoted here and nowhere else; passwords only ever appear as SCRAM verifiers.
namespace pgsql {

QString quoteIdent(const QString &name);
QString quoteLiteral(const QString &text);

// The state of one role as JSON (null when it does not exist). Run with psql -At.
QString roleStateQuery(const QString &name);
// Differences between the state and the user as the inventory defines it (empty: already so).
// password is the plaintext (resolved) or "" when the inventory gives none.
QStringList roleDifferences(const PgUser &user, const QString &password, const QJsonObject &state);
// CREATE/ALTER ROLE, memberships, settings and comment. verifier: a SCRAM verifier or "".
QString roleScript(const PgUser &user, const QString &verifier);

// The state of one database (null when missing), its schemas and extensions, as JSON. Run
// connected to the database itself when it exists (extensions live there), else to postgres.
QString databaseStateQuery(const QString &name);
QString databaseObjectsQuery();
QStringList databaseDifferences(const PgDatabase &db, const QString &defaultOwner, const QJsonObject &state);
QStringList databaseObjectDifferences(const PgDatabase &db, const QJsonObject &objects);
// CREATE DATABASE (run outside a transaction), then the settings of the database.
QString databaseCreateScript(const PgDatabase &db, const QString &defaultOwner);
QString databaseAlterScript(const PgDatabase &db, const QString &defaultOwner);
// Schemas and extensions, run connected to the database.
QString databaseObjectsScript(const PgDatabase &db, const QString &defaultOwner);

} // namespace pgsql

} // namespace stackyard
