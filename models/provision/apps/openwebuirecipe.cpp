// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/openwebuirecipe.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QString kPostgres = u"postgres"_s;
const QString kRedis = u"redis"_s;

} // namespace

OpenWebUiRecipe::OpenWebUiRecipe()
    : AppRecipe({u"open-webui"_s,
                 {{u"docker-compose.yml"_s, u"docker-compose.yml"_s, 0644, false},
                  {u"env"_s, u".env"_s, 0600, true}},
                 u"OPEN_WEBUI_PORT"_s,
                 u"/health"_s})
{
}

void OpenWebUiRecipe::chooseConditions(AppRenderContext &context) const
{
    if (context.app().postgres.isSet())
        context.conditions().insert(kPostgres);
    if (context.app().redis.isSet())
        context.conditions().insert(kRedis);
}

std::optional<Error> OpenWebUiRecipe::prepare(AppRenderContext &context) const
{
    AppEnv &env = context.env();
    env.fill(u"OPEN_WEBUI_DATA"_s, context.app().directory + u"/data"_s);
    if (auto e = context.checkHostPath(u"OPEN_WEBUI_DATA"_s))
        return e;
    if (auto e = context.checkPort(u"OPEN_WEBUI_PORT"_s))
        return e;
    if (auto e = context.checkImage(u"OPEN_WEBUI_IMAGE"_s))
        return e;
    if (context.conditions().contains(kPostgres))
        if (auto e = preparePostgres(context))
            return e;
    if (context.conditions().contains(kRedis)) {
        const AppDefinition::Endpoint &redis = context.app().redis;
        const Result<QString> password = context.redisPassword(u"REDIS_PASSWORD"_s);
        if (!password)
            return password.error();
        env.fill(u"REDIS_URL"_s,
                 AppRenderContext::url(u"redis"_s, {}, *password, AppRenderContext::containerHost(redis.host),
                                       redis.port, u"/0"_s),
                 true);
    }
    context.addDirectory(env.value(u"OPEN_WEBUI_DATA"_s));
    return std::nullopt;
}

std::optional<Error> OpenWebUiRecipe::preparePostgres(AppRenderContext &context) const
{
    AppEnv &env = context.env();
    const AppDefinition::Endpoint &pg = context.app().postgres;
    if (pg.user.isEmpty() || pg.database.isEmpty())
        return context.error(u"DATABASE_URL"_s,
                             tr("App %1: the PostgreSQL connection names no user or no database")
                                 .arg(context.app().name),
                             tr("Set DATABASE_USER and DATABASE_NAME (or a complete DATABASE_URL) in the app's conf."));
    const Result<QString> password = context.postgresPassword(u"DATABASE_PASSWORD"_s);
    if (!password)
        return password.error();
    const QString url = AppRenderContext::url(u"postgresql"_s, pg.user, *password,
                                              AppRenderContext::containerHost(pg.host), pg.port, u'/' + pg.database);
    // The parts are folded into the URL: with all of them set, Open WebUI would build its own
    // URL from them, without encoding the password.
    for (const QString &part : {u"DATABASE_TYPE"_s, u"DATABASE_HOST"_s, u"DATABASE_PORT"_s, u"DATABASE_USER"_s,
                                u"DATABASE_PASSWORD"_s, u"DATABASE_NAME"_s})
        env.remove(part);
    env.force(u"DATABASE_URL"_s, url, true);
    env.fill(u"PGVECTOR_DB_URL"_s, url, true);
    return std::nullopt;
}

} // namespace stackyard
