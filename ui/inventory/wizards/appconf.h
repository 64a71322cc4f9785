// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <yaml-cpp/node/node.h>

namespace stackyard {

// The inventory group of a compose app (SCHEMA §10): `docker_enabled: true`, `app: NAME` and
// `apps: { NAME: { file: [data dir], conf: {…} } }`, where conf becomes the stack's .env. The
// connection values come from the inventory's clusters; every password is a ${secret:…}
// reference.
struct AppConf
{
    enum class App { Dify, OpenWebUI };
    enum class RedisMode { None, External, InStack };

    App app = App::Dify;
    QString host; // the host the stack runs on
    int port = 0; // the port it publishes
    QString dataDir; // host directory for its files
    QString secretKeyName; // keychain name of the app's signing key

    QString pgHost;
    int pgPort = 5432;
    QString database;
    QString pluginDatabase; // Dify's plugin daemon database ("" to leave Dify's default)
    QString user;
    QString passwordName; // keychain name of the user's password

    RedisMode redisMode = RedisMode::None;
    QString redisHost;
    int redisPort = 6379;
    QString redisPasswordName; // "" for a Redis without a password

    // "dify" / "open-webui": the name under apps: and the app/<name> folder of the stack.
    static QString appName(App app);
    static QString defaultDataDir(App app);
    static int defaultPort(App app);
    // The key of the app's signing key in its conf: SECRET_KEY / WEBUI_SECRET_KEY.
    static QString secretKeyField(App app);

    YAML::Node conf() const;
    YAML::Node group() const;
};

} // namespace stackyard
