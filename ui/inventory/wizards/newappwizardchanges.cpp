// SPDX-License-Identifier: GPL-3.0-or-later
// NewAppWizard: what Finish changes — the app's settings, the edits of the clusters it uses and
// the secrets it stores.
#include "inventory/inventory.h"
#include "inventory/wizards/inventoryfacts.h"
#include "inventory/wizards/newappwizard.h"
#include "secrets/plaintextsecrets.h"
#include "secrets/secretref.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

NewAppWizard::Credential NewAppWizard::userCredential() const
{
    const InventoryFacts facts(inventory());
    const QString cluster = facts.clusterName(pgGroup());
    if (createsDatabase()) {
        const QString user = mNewUser->text().trimmed();
        return { SecretRef::suggestName(cluster, u"password", user), mNewPassword, {}, false };
    }
    const QString user = mUser->currentText();
    Credential c { SecretRef::suggestName(cluster, u"password", user), {}, {}, false };
    for (const InventoryFacts::PgUser &u : facts.pgUsers(pgGroup())) {
        if (u.name != user)
            continue;
        if (const auto name = SecretRef::parse(u.password))
            c.name = *name;
        else if (PlaintextSecrets::isPlaintext(s(u.password)))
            c = { c.name, u.password, u.pointer, false };
        else
            c.unknown = true;
    }
    return c;
}

NewAppWizard::Credential NewAppWizard::redisCredential() const
{
    if (app() != AppConf::App::Dify)
        return {};
    if (redisGroup().isEmpty())
        return { SecretRef::suggestName(groupName(), u"redis_password"), mRedisPassword, {}, false };
    const InventoryFacts facts(inventory());
    QString pointer;
    const QString password = facts.redisPassword(redisGroup(), &pointer);
    const QString name = SecretRef::suggestName(facts.clusterName(redisGroup()), u"redis_password");
    if (password.isEmpty())
        return {}; // no requirepass: nothing to refer to
    if (const auto existing = SecretRef::parse(password))
        return { *existing, {}, {}, false };
    if (PlaintextSecrets::isPlaintext(s(password)))
        return { name, password, pointer, false };
    return { name, {}, {}, true };
}

AppConf NewAppWizard::appConf() const
{
    const InventoryFacts facts(inventory());
    AppConf c;
    c.app = app();
    c.host = mHost->currentText().trimmed();
    c.port = mPort->value();
    c.dataDir = mDataDir->text().trimmed();
    c.secretKeyName = SecretRef::suggestName(groupName(), AppConf::secretKeyField(app()).toLower());
    const InventoryFacts::Endpoint pg = facts.pgPrimary(pgGroup());
    c.pgHost = pg.host;
    c.pgPort = pg.port;
    c.database = createsDatabase() ? mNewDatabase->text().trimmed() : mDatabase->currentText();
    if (createsDatabase() && app() == AppConf::App::Dify)
        c.pluginDatabase = c.database + u"_plugin"_s;
    c.user = createsDatabase() ? mNewUser->text().trimmed() : mUser->currentText();
    c.passwordName = userCredential().name;
    if (app() == AppConf::App::Dify) {
        const Credential redis = redisCredential();
        c.redisPasswordName = redis.name;
        if (redisGroup().isEmpty()) {
            c.redisMode = AppConf::RedisMode::InStack;
        } else {
            c.redisMode = AppConf::RedisMode::External;
            const InventoryFacts::Endpoint primary = facts.redisPrimary(redisGroup());
            c.redisHost = primary.host;
            c.redisPort = primary.port;
        }
    }
    return c;
}

InventoryEdits NewAppWizard::edits(bool secretsStored) const
{
    const InventoryFacts facts(inventory());
    const AppConf conf = appConf();
    const QString cluster = u"/all/children/"_s + pgGroup();
    InventoryEdits edits;
    edits.add(groupPointer(), conf.group(), tr("new app group %1").arg(groupName()));
    if (createsDatabase()) {
        YAML::Node user(YAML::NodeType::Map);
        user["name"] = s(conf.user);
        user["password"] = secretReference(conf.passwordName);
        user["pgbouncer"] = true;
        YAML::Node roles(YAML::NodeType::Sequence);
        roles.push_back("dbrole_admin");
        user["roles"] = roles;
        user["comment"] = s(tr("%1 app").arg(AppConf::appName(app())));
        facts.appendTo(edits, cluster + u"/vars/pg_users"_s, user, tr("%1: new user %2").arg(pgGroup(), conf.user));

        YAML::Node vector(YAML::NodeType::Map);
        vector["name"] = "vector";
        YAML::Node extensions(YAML::NodeType::Sequence);
        extensions.push_back(vector);
        YAML::Node db(YAML::NodeType::Map);
        db["name"] = s(conf.database);
        db["owner"] = s(conf.user);
        db["extensions"] = extensions;
        db["comment"] = s(tr("%1 data and vectors").arg(AppConf::appName(app())));
        facts.appendTo(
            edits, cluster + u"/vars/pg_databases"_s, db, tr("%1: new database %2").arg(pgGroup(), conf.database));
        if (!conf.pluginDatabase.isEmpty()) {
            YAML::Node plugin(YAML::NodeType::Map);
            plugin["name"] = s(conf.pluginDatabase);
            plugin["owner"] = s(conf.user);
            plugin["comment"] = s(tr("Dify plugin daemon"));
            facts.appendTo(edits, cluster + u"/vars/pg_databases"_s, plugin,
                tr("%1: new database %2").arg(pgGroup(), conf.pluginDatabase));
        }

        const auto rule = [&](const QString &addr, const QString &title) {
            YAML::Node r(YAML::NodeType::Map);
            r["user"] = s(conf.user);
            r["db"] = "all";
            r["addr"] = s(addr);
            r["auth"] = "pwd";
            r["title"] = s(title);
            facts.appendTo(
                edits, cluster + u"/vars/pg_hba_rules"_s, r, tr("%1: HBA rule for %2").arg(pgGroup(), conf.user));
        };
        rule(u"intra"_s, tr("%1 from the intranet with a password").arg(conf.user));
        if (conf.host == conf.pgHost) // containers on the database host come from docker's networks
            rule(u"172.16.0.0/12"_s, tr("%1 containers on this host with a password").arg(conf.user));
    } else {
        for (const InventoryFacts::PgDatabase &db : facts.pgDatabases(pgGroup()))
            if (db.name == conf.database && !db.hasVector) {
                YAML::Node vector(YAML::NodeType::Map);
                vector["name"] = "vector";
                facts.appendTo(edits, db.pointer + u"/extensions"_s, vector,
                    tr("%1: the vector extension in %2").arg(pgGroup(), db.name));
            }
    }
    facts.addPgvector(edits, pgGroup(), tr("%1: install pgvector").arg(pgGroup()));

    // A plain-text password the app shares moves to the keychain with it.
    if (secretsStored)
        for (const Credential &c : { userCredential(), redisCredential() })
            if (!c.pointer.isEmpty() && !c.value.isEmpty())
                edits.set(c.pointer, secretReference(c.name), tr("the plain-text password becomes %1").arg(c.name));
    return edits;
}

QList<SecretWriter::Item> NewAppWizard::secrets() const
{
    QList<SecretWriter::Item> items { { appConf().secretKeyName, mSecretKey, true } };
    const Credential user = userCredential();
    if (!user.value.isEmpty())
        items.append({ user.name, user.value, false });
    const Credential redis = redisCredential();
    if (!redis.value.isEmpty())
        items.append({ redis.name, redis.value, redisGroup().isEmpty() });
    return items;
}

QStringList NewAppWizard::unstoredSecrets() const
{
    QStringList names;
    for (const Credential &c : { userCredential(), redisCredential() })
        if (c.unknown)
            names << c.name;
    return names;
}

} // namespace stackyard
