// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/difyrecipe.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QString kRedisInStack = u"redis-in-stack"_s;

} // namespace

// The health path is routed by nginx to the API (location /console/api): the console's ping
// answers without a session once the API serves requests, which needs its database and Redis.
DifyRecipe::DifyRecipe()
    : AppRecipe({u"dify"_s,
                 {{u"docker-compose.yml"_s, u"docker-compose.yml"_s, 0644, false},
                  {u"env"_s, u".env"_s, 0600, true},
                  {u"nginx/nginx.conf"_s, u"nginx/nginx.conf"_s, 0644, false},
                  {u"nginx/proxy.conf"_s, u"nginx/proxy.conf"_s, 0644, false},
                  {u"nginx/conf.d/default.conf"_s, u"nginx/conf.d/default.conf"_s, 0644, false},
                  {u"ssrf_proxy/squid.conf"_s, u"ssrf_proxy/squid.conf"_s, 0644, false},
                  {u"sandbox/conf/config.yaml"_s, u"sandbox/conf/config.yaml"_s, 0644, false}},
                 u"DIFY_PORT"_s,
                 u"/console/api/ping"_s})
{
}

void DifyRecipe::chooseConditions(AppRenderContext &context) const
{
    if (!context.app().redis.isSet())
        context.conditions().insert(kRedisInStack);
}

std::optional<Error> DifyRecipe::prepare(AppRenderContext &context) const
{
    AppEnv &env = context.env();
    const QString name = context.app().name;
    if (env.value(u"SECRET_KEY"_s).isEmpty())
        return context.error(u"SECRET_KEY"_s, tr("App %1: SECRET_KEY is not set").arg(name),
                             tr("Set SECRET_KEY in the app's conf to a ${secret:NAME} reference (the New App "
                                "wizard creates one); Stackyard also derives the stack's internal keys from it."));
    const QString secretKey = env.value(u"SECRET_KEY"_s);
    env.fill(u"PLUGIN_DAEMON_KEY"_s, context.derivedSecret(secretKey, u"plugin-daemon-key"_s), true);
    env.fill(u"PLUGIN_DIFY_INNER_API_KEY"_s, context.derivedSecret(secretKey, u"inner-api-key"_s), true);
    env.fill(u"SANDBOX_API_KEY"_s, context.derivedSecret(secretKey, u"sandbox-api-key"_s), true);
    env.fill(u"CODE_EXECUTION_API_KEY"_s, env.value(u"SANDBOX_API_KEY"_s), true);

    env.fill(u"DIFY_DATA"_s, context.app().directory + u"/volumes"_s);
    if (auto e = context.checkHostPath(u"DIFY_DATA"_s))
        return e;
    if (auto e = context.checkPort(u"DIFY_PORT"_s))
        return e;
    for (const QString &image : {u"DIFY_API_IMAGE"_s, u"DIFY_WEB_IMAGE"_s, u"DIFY_SANDBOX_IMAGE"_s,
                                 u"DIFY_PLUGIN_DAEMON_IMAGE"_s, u"DIFY_NGINX_IMAGE"_s, u"DIFY_SSRF_PROXY_IMAGE"_s,
                                 u"DIFY_INIT_IMAGE"_s})
        if (auto e = context.checkImage(image))
            return e;
    if (auto e = preparePostgres(context))
        return e;
    if (auto e = prepareRedis(context))
        return e;
    prepareUrls(context);
    if (!env.fromInventory(u"ENABLE_COLLABORATION_MODE"_s))
        env.fill(u"ENABLE_COLLABORATION_MODE"_s,
                 env.value(u"COMPOSE_PROFILES"_s).split(u',').contains(u"collaboration"_s) ? u"true"_s : u"false"_s);
    if (auto e = prepareNginx(context))
        return e;

    const QString data = env.value(u"DIFY_DATA"_s);
    context.addDirectory(data);
    context.addDirectory(data + u"/app"_s);
    context.addDirectory(data + u"/app/storage"_s);
    context.addDirectory(data + u"/plugin_daemon"_s);
    context.addDirectory(data + u"/sandbox"_s);
    context.addDirectory(data + u"/sandbox/dependencies"_s);
    if (context.conditions().contains(kRedisInStack))
        context.addDirectory(data + u"/redis"_s);
    return std::nullopt;
}

std::optional<Error> DifyRecipe::preparePostgres(AppRenderContext &context) const
{
    AppEnv &env = context.env();
    const AppDefinition::Endpoint &pg = context.app().postgres;
    if (!pg.isSet())
        return context.error(u"DB_HOST"_s, tr("App %1: Dify needs the inventory's PostgreSQL").arg(context.app().name),
                             tr("Set DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD and DB_DATABASE in the app's conf "
                                "(the New App wizard fills them in from a cluster)."));
    const Result<QString> password = context.postgresPassword(u"DB_PASSWORD"_s);
    if (!password)
        return password.error();
    env.force(u"DB_HOST"_s, AppRenderContext::containerHost(pg.host));
    env.force(u"DB_PORT"_s, QString::number(pg.port));
    env.fill(u"DB_USERNAME"_s, pg.user);
    if (!pg.database.isEmpty())
        env.fill(u"DB_DATABASE"_s, pg.database);
    env.fill(u"DB_PASSWORD"_s, *password, true);
    for (const QString &key : {u"DB_USERNAME"_s, u"DB_DATABASE"_s})
        if (env.value(key).isEmpty())
            return context.error(key, tr("App %1: %2 is empty").arg(context.app().name, key),
                                 tr("Set it in the app's conf to the PostgreSQL user and database Dify uses."));

    // pgvector in the same database unless the conf points the vector store elsewhere.
    const QString vectorHost = env.fromInventory(u"PGVECTOR_HOST"_s) ? env.value(u"PGVECTOR_HOST"_s) : pg.host;
    env.force(u"PGVECTOR_HOST"_s, AppRenderContext::containerHost(vectorHost));
    env.fill(u"PGVECTOR_PORT"_s, env.value(u"DB_PORT"_s));
    env.fill(u"PGVECTOR_USER"_s, env.value(u"DB_USERNAME"_s));
    env.fill(u"PGVECTOR_PASSWORD"_s, env.value(u"DB_PASSWORD"_s), true);
    env.fill(u"PGVECTOR_DATABASE"_s, env.value(u"DB_DATABASE"_s));
    if (auto e = context.checkPort(u"DB_PORT"_s))
        return e;
    return context.checkPort(u"PGVECTOR_PORT"_s);
}

std::optional<Error> DifyRecipe::prepareRedis(AppRenderContext &context) const
{
    AppEnv &env = context.env();
    const AppDefinition::Endpoint &redis = context.app().redis;
    if (redis.isSet()) {
        const Result<QString> password = context.redisPassword(u"REDIS_PASSWORD"_s);
        if (!password)
            return password.error();
        env.force(u"REDIS_HOST"_s, AppRenderContext::containerHost(redis.host));
        env.force(u"REDIS_PORT"_s, QString::number(redis.port));
        env.force(u"REDIS_PASSWORD"_s, *password, true);
    } else {
        // The stack's own Redis: reachable as redis:6379 inside the stack only, with a password
        // derived from SECRET_KEY unless the conf gives one.
        env.force(u"REDIS_HOST"_s, u"redis"_s);
        env.force(u"REDIS_PORT"_s, u"6379"_s);
        env.fill(u"REDIS_PASSWORD"_s, context.derivedSecret(env.value(u"SECRET_KEY"_s), u"redis-password"_s), true);
        if (auto e = context.checkImage(u"DIFY_REDIS_IMAGE"_s))
            return e;
    }
    // Celery's broker is Redis database 1, as in Dify's own stack.
    env.fill(u"CELERY_BROKER_URL"_s,
             AppRenderContext::url(u"redis"_s, env.value(u"REDIS_USERNAME"_s), env.value(u"REDIS_PASSWORD"_s),
                                   env.value(u"REDIS_HOST"_s), env.value(u"REDIS_PORT"_s).toInt(), u"/1"_s),
             true);
    return context.checkPort(u"REDIS_PORT"_s);
}

void DifyRecipe::prepareUrls(AppRenderContext &context) const
{
    // Where browsers and webhook senders reach the stack: the portal URL when the inventory has
    // one, else the host's address and DIFY_PORT.
    AppEnv &env = context.env();
    QString base = context.app().url;
    if (base.isEmpty())
        base = AppRenderContext::url(u"http"_s, {}, {}, context.group().address, env.value(u"DIFY_PORT"_s).toInt(), {});
    env.fill(u"TRIGGER_URL"_s, base);
    env.fill(u"ENDPOINT_URL_TEMPLATE"_s, base + u"/e/{hook_id}"_s);
    QString socket = base;
    socket.replace(0, socket.indexOf(u"://"_s), socket.startsWith(u"https"_s) ? u"wss"_s : u"ws"_s);
    env.fill(u"NEXT_PUBLIC_SOCKET_URL"_s, socket);
}

std::optional<Error> DifyRecipe::prepareNginx(AppRenderContext &context) const
{
    const QString duration = u"[0-9]+(ms|s|m|h|d)?"_s;
    const struct
    {
        QString key;
        QString pattern;
        QString expected;
    } settings[] = {
        {u"NGINX_SERVER_NAME"_s, u"[A-Za-z0-9.*_-]+( [A-Za-z0-9.*_-]+)*"_s,
         tr("host names separated by spaces (or _ for any)")},
        {u"NGINX_WORKER_PROCESSES"_s, u"auto|[1-9][0-9]*"_s, tr("auto or a number")},
        {u"NGINX_CLIENT_MAX_BODY_SIZE"_s, u"[0-9]+[kKmMgG]?"_s, tr("a size like 100M")},
        {u"NGINX_KEEPALIVE_TIMEOUT"_s, duration, tr("a duration like 65 or 65s")},
        {u"NGINX_PROXY_READ_TIMEOUT"_s, duration, tr("a duration like 3600s")},
        {u"NGINX_PROXY_SEND_TIMEOUT"_s, duration, tr("a duration like 3600s")},
    };
    for (const auto &s : settings) {
        if (auto e = context.checkWord(s.key, s.pattern, s.expected))
            return e;
        context.values().insert(s.key, context.env().value(s.key));
    }
    return std::nullopt;
}

} // namespace stackyard
