// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/postgres/pgsql.h"

#include "provision/postgres/scramverifier.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stackyard::pgsql {

namespace {

QString boolWord(bool value, const char *yes)
{
    const QString word = QString::fromLatin1(yes);
    return value ? word : u"NO"_s + word;
}

// "key=value" entries of rolconfig / setconfig.
QHash<QString, QString> configOf(const QJsonValue &value)
{
    QHash<QString, QString> out;
    for (const QJsonValue &v : value.toArray()) {
        const QString entry = v.toString();
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0)
            out.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return out;
}

void compareSettings(const QList<QPair<QString, QString>> &wanted, const QJsonValue &config, QStringList &out)
{
    const QHash<QString, QString> current = configOf(config);
    for (const auto &[key, value] : wanted) {
        const bool reset = value.compare(u"DEFAULT"_s, Qt::CaseInsensitive) == 0;
        if (reset && current.contains(key))
            out << QCoreApplication::translate("pgsql", "setting %1 is %2, should be reset").arg(key, current.value(key));
        else if (!reset && current.value(key) != value)
            out << QCoreApplication::translate("pgsql", "setting %1 is '%2', should be '%3'").arg(key, current.value(key), value);
    }
}

QString settingsScript(const QString &target, const QList<QPair<QString, QString>> &settings)
{
    QString sql;
    for (const auto &[key, value] : settings) {
        if (value.compare(u"DEFAULT"_s, Qt::CaseInsensitive) == 0)
            sql += u"ALTER %1 RESET %2;\n"_s.arg(target, quoteIdent(key));
        else
            sql += u"ALTER %1 SET %2 = %3;\n"_s.arg(target, quoteIdent(key), quoteLiteral(value));
    }
    return sql;
}

QString defaultComment(const char *what, const QString &name)
{
    return u"business %1 %2"_s.arg(QString::fromLatin1(what), name);
}

} // namespace

QString quoteIdent(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString quoteLiteral(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_s);
    // standard_conforming_strings is on (the default since 9.1): backslashes are literal.
    return u'\'' + q + u'\'';
}

QString roleStateQuery(const QString &name)
{
    return uR"~(SELECT coalesce((SELECT json_build_object(
  'login', r.rolcanlogin, 'superuser', r.rolsuper, 'createdb', r.rolcreatedb, 'createrole', r.rolcreaterole,
  'inherit', r.rolinherit, 'replication', r.rolreplication, 'bypassrls', r.rolbypassrls,
  'connlimit', r.rolconnlimit, 'password', a.rolpassword,
  'valid_until', CASE WHEN r.rolvaliduntil = 'infinity' THEN 'infinity'
                      ELSE to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD') END,
  'comment', shobj_description(r.oid, 'pg_authid'),
  'member_of', coalesce((SELECT json_object_agg(g.rolname, m.admin_option) FROM pg_auth_members m
                         JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), '{}'),
  'config', coalesce(to_json(r.rolconfig), '[]'))
  FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = %1)::text, 'null');
)~"_s.arg(quoteLiteral(name));
}

QStringList roleDifferences(const PgUser &user, const QString &password, const QJsonObject &state)
{
    QStringList out;
    const bool exists = !state.isEmpty();
    if (user.state == u"absent"_s) {
        if (exists)
            out << QCoreApplication::translate("pgsql", "role %1 exists and should be dropped").arg(user.name);
        return out;
    }
    if (!exists)
        return {QCoreApplication::translate("pgsql", "role %1 does not exist").arg(user.name)};
    const auto flag = [&](const char *key, const std::optional<bool> &wanted) {
        const bool current = state.value(QLatin1StringView(key)).toBool();
        if (wanted && *wanted != current)
            out << QCoreApplication::translate("pgsql", "%1 is %2, should be %3")
                       .arg(QString::fromLatin1(key), current ? u"true"_s : u"false"_s, *wanted ? u"true"_s : u"false"_s);
    };
    flag("login", user.login.value_or(true));
    flag("superuser", user.superuser);
    flag("createdb", user.createdb);
    flag("createrole", user.createrole);
    flag("inherit", user.inherit);
    flag("replication", user.replication);
    flag("bypassrls", user.bypassrls);
    if (user.connlimit && state.value(u"connlimit"_s).toInt() != *user.connlimit)
        out << QCoreApplication::translate("pgsql", "connection limit is %1, should be %2").arg(state.value(u"connlimit"_s).toInt()).arg(*user.connlimit);
    if (!password.isEmpty()) {
        const QString stored = state.value(u"password"_s).toString();
        const bool hashGiven = password.startsWith(u"SCRAM-SHA-256$"_s) || (password.startsWith(u"md5"_s) && password.size() == 35);
        const bool same = hashGiven ? stored == password : ScramVerifier::matches(stored, password);
        if (!same)
            out << (stored.isEmpty() ? QCoreApplication::translate("pgsql", "password is not set") : QCoreApplication::translate("pgsql", "password differs"));
    }
    const QString comment = user.comment.isEmpty() ? defaultComment("user", user.name) : user.comment;
    if (state.value(u"comment"_s).toString() != comment)
        out << QCoreApplication::translate("pgsql", "comment differs");
    const QJsonObject memberOf = state.value(u"member_of"_s).toObject();
    for (const PgRoleMembership &m : user.roles) {
        const bool member = memberOf.contains(m.name);
        if (m.state == u"grant"_s && !member)
            out << QCoreApplication::translate("pgsql", "not a member of %1").arg(m.name);
        else if (m.state == u"grant"_s && m.admin && memberOf.value(m.name).toBool() != *m.admin)
            out << QCoreApplication::translate("pgsql", "admin option on %1 differs").arg(m.name);
        else if (m.state != u"grant"_s && member)
            out << QCoreApplication::translate("pgsql", "still a member of %1").arg(m.name);
    }
    compareSettings(user.parameters, state.value(u"config"_s), out);
    const QString validUntil = state.value(u"valid_until"_s).toString();
    if (!user.expireAt.isEmpty() && validUntil != user.expireAt)
        out << QCoreApplication::translate("pgsql", "valid until %1, should be %2").arg(validUntil.isEmpty() ? QCoreApplication::translate("pgsql", "forever") : validUntil, user.expireAt);
    if (user.expireInDays) {
        const QDate wanted = QDate::currentDate().addDays(*user.expireInDays);
        const QDate current = QDate::fromString(validUntil, u"yyyy-MM-dd"_s);
        if (!current.isValid() || qAbs(current.daysTo(wanted)) > 1)
            out << QCoreApplication::translate("pgsql", "valid until %1, should be %2").arg(validUntil.isEmpty() ? QCoreApplication::translate("pgsql", "forever") : validUntil,
                                                           wanted.toString(Qt::ISODate));
    }
    return out;
}

QString roleScript(const PgUser &user, const QString &verifier)
{
    const QString role = quoteIdent(user.name);
    if (user.state == u"absent"_s)
        return u"DROP ROLE IF EXISTS %1;\n"_s.arg(role);
    QString sql = u"DO $stackyard$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2; END IF;\nEND $stackyard$;\n"_s
                      .arg(quoteLiteral(user.name), role);
    QStringList options{boolWord(user.login.value_or(true), "LOGIN")};
    const auto add = [&](const std::optional<bool> &v, const char *word) {
        if (v)
            options << boolWord(*v, word);
    };
    add(user.superuser, "SUPERUSER");
    add(user.createdb, "CREATEDB");
    add(user.createrole, "CREATEROLE");
    add(user.inherit, "INHERIT");
    add(user.replication, "REPLICATION");
    add(user.bypassrls, "BYPASSRLS");
    if (user.connlimit)
        options << u"CONNECTION LIMIT %1"_s.arg(*user.connlimit);
    if (user.expireInDays)
        options << u"VALID UNTIL %1"_s.arg(quoteLiteral(QDate::currentDate().addDays(*user.expireInDays).toString(Qt::ISODate)));
    else if (!user.expireAt.isEmpty())
        options << u"VALID UNTIL %1"_s.arg(quoteLiteral(user.expireAt));
    if (!verifier.isEmpty())
        options << u"PASSWORD %1"_s.arg(quoteLiteral(verifier));
    sql += u"ALTER ROLE %1 WITH %2;\n"_s.arg(role, options.join(u' '));
    sql += u"COMMENT ON ROLE %1 IS %2;\n"_s.arg(role, quoteLiteral(user.comment.isEmpty() ? defaultComment("user", user.name)
                                                                                          : user.comment));
    for (const PgRoleMembership &m : user.roles) {
        if (m.state == u"grant"_s)
            sql += u"GRANT %1 TO %2%3;\n"_s.arg(quoteIdent(m.name), role, m.admin.value_or(false) ? u" WITH ADMIN OPTION"_s : QString());
        else
            sql += u"REVOKE %1 FROM %2;\n"_s.arg(quoteIdent(m.name), role);
    }
    sql += settingsScript(u"ROLE "_s + role, user.parameters);
    return sql;
}

QString databaseStateQuery(const QString &name)
{
    return uR"~(SELECT coalesce((SELECT json_build_object(
  'owner', pg_get_userbyid(d.datdba), 'encoding', pg_encoding_to_char(d.encoding),
  'collate', d.datcollate, 'ctype', d.datctype, 'is_template', d.datistemplate, 'allowconn', d.datallowconn,
  'connlimit', d.datconnlimit, 'tablespace', t.spcname, 'comment', shobj_description(d.oid, 'pg_database'),
  'config', coalesce((SELECT to_json(s.setconfig) FROM pg_db_role_setting s WHERE s.setdatabase = d.oid AND s.setrole = 0), '[]'),
  'public_connect', EXISTS (SELECT 1 FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
                            WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT'))
  FROM pg_database d JOIN pg_tablespace t ON t.oid = d.dattablespace WHERE d.datname = %1)::text, 'null');
)~"_s.arg(quoteLiteral(name));
}

QString databaseObjectsQuery()
{
    return uR"~(SELECT json_build_object(
  'schemas', coalesce((SELECT json_object_agg(nspname, pg_get_userbyid(nspowner)) FROM pg_namespace), '{}'),
  'extensions', coalesce((SELECT json_object_agg(e.extname, json_build_object('schema', n.nspname, 'version', e.extversion))
                          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace), '{}'))::text;
)~"_s;
}

QStringList databaseDifferences(const PgDatabase &db, const QString &defaultOwner, const QJsonObject &state)
{
    QStringList out;
    const bool exists = !state.isEmpty();
    if (db.state == u"absent"_s)
        return exists ? QStringList{QCoreApplication::translate("pgsql", "database %1 exists and should be dropped").arg(db.name)} : QStringList{};
    if (db.state == u"recreate"_s)
        return {QCoreApplication::translate("pgsql", "database %1 is to be recreated").arg(db.name)};
    if (!exists)
        return {QCoreApplication::translate("pgsql", "database %1 does not exist").arg(db.name)};
    const QString owner = db.owner.isEmpty() ? defaultOwner : db.owner;
    if (state.value(u"owner"_s).toString() != owner)
        out << QCoreApplication::translate("pgsql", "owner is %1, should be %2").arg(state.value(u"owner"_s).toString(), owner);
    if (db.connlimit && state.value(u"connlimit"_s).toInt() != *db.connlimit)
        out << QCoreApplication::translate("pgsql", "connection limit is %1, should be %2").arg(state.value(u"connlimit"_s).toInt()).arg(*db.connlimit);
    if (db.isTemplate && state.value(u"is_template"_s).toBool() != *db.isTemplate)
        out << QCoreApplication::translate("pgsql", "is_template differs");
    if (db.allowConn && state.value(u"allowconn"_s).toBool() != *db.allowConn)
        out << QCoreApplication::translate("pgsql", "allowconn differs");
    if (db.revokeConn && state.value(u"public_connect"_s).toBool() == *db.revokeConn)
        out << QCoreApplication::translate("pgsql", "CONNECT for PUBLIC differs");
    const QString comment = db.comment.isEmpty() ? defaultComment("database", db.name) : db.comment;
    if (state.value(u"comment"_s).toString() != comment)
        out << QCoreApplication::translate("pgsql", "comment differs");
    compareSettings(db.parameters, state.value(u"config"_s), out);
    // Encoding, locale, template and tablespace are fixed at creation: reported, not changed.
    if (!db.encoding.isEmpty() && state.value(u"encoding"_s).toString().compare(db.encoding, Qt::CaseInsensitive) != 0)
        out << QCoreApplication::translate("pgsql", "encoding is %1, not %2: it can only be set when the database is created (state: recreate)")
                   .arg(state.value(u"encoding"_s).toString(), db.encoding);
    return out;
}

QStringList databaseObjectDifferences(const PgDatabase &db, const QJsonObject &objects)
{
    QStringList out;
    const QJsonObject schemas = objects.value(u"schemas"_s).toObject();
    for (const PgSchema &s : db.schemas) {
        if (s.absent && schemas.contains(s.name))
            out << QCoreApplication::translate("pgsql", "schema %1 exists and should be dropped").arg(s.name);
        else if (!s.absent && !schemas.contains(s.name))
            out << QCoreApplication::translate("pgsql", "schema %1 is missing").arg(s.name);
        else if (!s.absent && !s.owner.isEmpty() && schemas.value(s.name).toString() != s.owner)
            out << QCoreApplication::translate("pgsql", "schema %1 is owned by %2, should be %3").arg(s.name, schemas.value(s.name).toString(), s.owner);
    }
    const QJsonObject extensions = objects.value(u"extensions"_s).toObject();
    for (const PgExtension &e : db.extensions) {
        const QJsonObject current = extensions.value(e.name).toObject();
        if (e.absent && !current.isEmpty())
            out << QCoreApplication::translate("pgsql", "extension %1 is installed and should be dropped").arg(e.name);
        else if (!e.absent && current.isEmpty())
            out << QCoreApplication::translate("pgsql", "extension %1 is missing").arg(e.name);
        else if (!e.absent && !e.version.isEmpty() && current.value(u"version"_s).toString() != e.version)
            out << QCoreApplication::translate("pgsql", "extension %1 is version %2, should be %3").arg(e.name, current.value(u"version"_s).toString(), e.version);
    }
    return out;
}

QString databaseCreateScript(const PgDatabase &db, const QString &defaultOwner)
{
    const QString name = quoteIdent(db.name);
    if (db.state == u"absent"_s)
        return u"DROP DATABASE IF EXISTS %1 WITH (FORCE);\n"_s.arg(name);
    QString sql;
    if (db.state == u"recreate"_s)
        sql += u"DROP DATABASE IF EXISTS %1 WITH (FORCE);\n"_s.arg(name);
    QStringList options{u"OWNER %1"_s.arg(quoteIdent(db.owner.isEmpty() ? defaultOwner : db.owner))};
    if (!db.templateName.isEmpty())
        options << u"TEMPLATE %1"_s.arg(quoteIdent(db.templateName));
    if (!db.encoding.isEmpty())
        options << u"ENCODING %1"_s.arg(quoteLiteral(db.encoding));
    if (!db.strategy.isEmpty())
        options << u"STRATEGY %1"_s.arg(db.strategy.compare(u"FILE_COPY"_s, Qt::CaseInsensitive) == 0 ? u"FILE_COPY"_s : u"WAL_LOG"_s);
    if (!db.locale.isEmpty())
        options << u"LOCALE %1"_s.arg(quoteLiteral(db.locale));
    if (!db.lcCollate.isEmpty())
        options << u"LC_COLLATE %1"_s.arg(quoteLiteral(db.lcCollate));
    if (!db.lcCtype.isEmpty())
        options << u"LC_CTYPE %1"_s.arg(quoteLiteral(db.lcCtype));
    if (!db.localeProvider.isEmpty())
        options << u"LOCALE_PROVIDER %1"_s.arg(quoteIdent(db.localeProvider.toLower()));
    if (!db.tablespace.isEmpty())
        options << u"TABLESPACE %1"_s.arg(quoteIdent(db.tablespace));
    // Run by psql outside a transaction: CREATE DATABASE cannot run inside one, and \gexec
    // makes it conditional.
    sql += u"SELECT %1 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = %2)\n\\gexec\n"_s.arg(
        quoteLiteral(u"CREATE DATABASE %1 %2"_s.arg(name, options.join(u' '))), quoteLiteral(db.name));
    return sql;
}

QString databaseAlterScript(const PgDatabase &db, const QString &defaultOwner)
{
    if (db.state == u"absent"_s)
        return {};
    const QString name = quoteIdent(db.name);
    QString sql = u"ALTER DATABASE %1 OWNER TO %2;\n"_s.arg(name, quoteIdent(db.owner.isEmpty() ? defaultOwner : db.owner));
    if (db.connlimit)
        sql += u"ALTER DATABASE %1 CONNECTION LIMIT %2;\n"_s.arg(name).arg(*db.connlimit);
    if (db.isTemplate)
        sql += u"ALTER DATABASE %1 IS_TEMPLATE %2;\n"_s.arg(name, *db.isTemplate ? u"true"_s : u"false"_s);
    if (db.allowConn)
        sql += u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2;\n"_s.arg(name, *db.allowConn ? u"true"_s : u"false"_s);
    if (db.revokeConn)
        sql += *db.revokeConn ? u"REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;\n"_s.arg(name)
                              : u"GRANT CONNECT ON DATABASE %1 TO PUBLIC;\n"_s.arg(name);
    sql += u"COMMENT ON DATABASE %1 IS %2;\n"_s.arg(name, quoteLiteral(db.comment.isEmpty() ? defaultComment("database", db.name)
                                                                                            : db.comment));
    sql += settingsScript(u"DATABASE "_s + name, db.parameters);
    return sql;
}

QString databaseObjectsScript(const PgDatabase &db, const QString &defaultOwner)
{
    QString sql;
    for (const PgSchema &s : db.schemas) {
        if (s.absent)
            sql += u"DROP SCHEMA IF EXISTS %1;\n"_s.arg(quoteIdent(s.name));
        else
            sql += u"CREATE SCHEMA IF NOT EXISTS %1 AUTHORIZATION %2;\nALTER SCHEMA %1 OWNER TO %2;\n"_s.arg(
                quoteIdent(s.name), quoteIdent(s.owner.isEmpty() ? (db.owner.isEmpty() ? defaultOwner : db.owner) : s.owner));
    }
    for (const PgExtension &e : db.extensions) {
        if (e.absent) {
            sql += u"DROP EXTENSION IF EXISTS %1;\n"_s.arg(quoteIdent(e.name));
            continue;
        }
        QString create = u"CREATE EXTENSION IF NOT EXISTS %1"_s.arg(quoteIdent(e.name));
        if (!e.schema.isEmpty())
            create += u" WITH SCHEMA %1"_s.arg(quoteIdent(e.schema));
        if (!e.version.isEmpty())
            create += u" VERSION %1"_s.arg(quoteLiteral(e.version));
        sql += create + u" CASCADE;\n"_s;
        if (!e.version.isEmpty())
            sql += u"ALTER EXTENSION %1 UPDATE TO %2;\n"_s.arg(quoteIdent(e.name), quoteLiteral(e.version));
    }
    return sql;
}

} // namespace stackyard::pgsql
