// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/appconf.h"

#include "secrets/secretref.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

std::string reference(const QString &name)
{
    return s(SecretRef::format(name));
}

} // namespace

QString AppConf::appName(App app)
{
    return app == App::Dify ? u"dify"_s : u"open-webui"_s;
}

QString AppConf::defaultDataDir(App app)
{
    return u"/data/"_s + appName(app);
}

int AppConf::defaultPort(App app)
{
    return app == App::Dify ? 5001 : 8080;
}

QString AppConf::secretKeyField(App app)
{
    return app == App::Dify ? u"SECRET_KEY"_s : u"WEBUI_SECRET_KEY"_s;
}

YAML::Node AppConf::conf() const
{
    YAML::Node c(YAML::NodeType::Map);
    if (app == App::Dify) {
        c["SECRET_KEY"] = reference(secretKeyName);
        c["DIFY_PORT"] = port;
        c["DIFY_DATA"] = s(dataDir);
        c["DB_TYPE"] = "postgresql";
        c["DB_HOST"] = s(pgHost);
        c["DB_PORT"] = pgPort;
        c["DB_USERNAME"] = s(user);
        c["DB_PASSWORD"] = reference(passwordName);
        c["DB_DATABASE"] = s(database);
        if (!pluginDatabase.isEmpty())
            c["DB_PLUGIN_DATABASE"] = s(pluginDatabase);
        c["DB_SSL_MODE"] = "disable";
        c["VECTOR_STORE"] = "pgvector";
        c["PGVECTOR_HOST"] = s(pgHost);
        c["PGVECTOR_PORT"] = pgPort;
        c["PGVECTOR_USER"] = s(user);
        c["PGVECTOR_PASSWORD"] = reference(passwordName);
        c["PGVECTOR_DATABASE"] = s(database);
        c["PGVECTOR_MIN_CONNECTION"] = 2;
        c["PGVECTOR_MAX_CONNECTION"] = 10;
        if (redisMode == RedisMode::External) {
            c["REDIS_HOST"] = s(redisHost);
            c["REDIS_PORT"] = redisPort;
        }
        if (redisMode != RedisMode::None)
            c["REDIS_PASSWORD"] = redisPasswordName.isEmpty() ? std::string() : reference(redisPasswordName);
        return c;
    }
    c["OPEN_WEBUI_IMAGE"] = "ghcr.io/open-webui/open-webui:main";
    c["OPEN_WEBUI_PORT"] = port;
    c["OPEN_WEBUI_DATA"] = s(dataDir); // mounted at /app/backend/data
    c["WEBUI_SECRET_KEY"] = reference(secretKeyName);
    // DATABASE_URL names the database; the password stays a whole-value reference in
    // DATABASE_PASSWORD. Stackyard's renderer (models/provision/apps) folds the DATABASE_* parts
    // into the DATABASE_URL it writes to .env, with user and password URL-encoded.
    c["DATABASE_URL"] = s(u"postgresql://%1@%2:%3/%4"_s.arg(user, pgHost).arg(pgPort).arg(database));
    c["DATABASE_TYPE"] = "postgresql";
    c["DATABASE_HOST"] = s(pgHost);
    c["DATABASE_PORT"] = pgPort;
    c["DATABASE_USER"] = s(user);
    c["DATABASE_PASSWORD"] = reference(passwordName);
    c["DATABASE_NAME"] = s(database);
    c["VECTOR_DB"] = "pgvector";
    return c;
}

YAML::Node AppConf::group() const
{
    const std::string name = s(appName(app));
    YAML::Node dir(YAML::NodeType::Map);
    dir["path"] = s(dataDir);
    dir["state"] = "directory";
    dir["mode"] = "0755";
    YAML::Node files(YAML::NodeType::Sequence);
    files.push_back(dir);

    YAML::Node definition(YAML::NodeType::Map);
    definition["file"] = files;
    definition["conf"] = conf();
    YAML::Node apps(YAML::NodeType::Map);
    apps[name] = definition;

    YAML::Node vars(YAML::NodeType::Map);
    vars["docker_enabled"] = true;
    vars["app"] = name;
    vars["apps"] = apps;

    YAML::Node hosts(YAML::NodeType::Map);
    hosts[s(host)] = YAML::Node(YAML::NodeType::Map);
    YAML::Node group(YAML::NodeType::Map);
    group["hosts"] = hosts;
    group["vars"] = vars;
    return group;
}

} // namespace stackyard
