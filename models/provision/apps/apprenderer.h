// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/apps/appstack.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stackyard {

class AppRecipe;
class AppRenderContext;

// Renders a compose app of the inventory (Dify, Open WebUI) into the files, directories,
// commands and checks the provisioning engine applies on its host: a pure function of the
// inventory's typed views and the resolved secrets, byte-for-byte the same on every call.
//
//   AppRenderer renderer(PgCluster::all(inv), RedisCluster::all(inv), secrets);
//   for (const AppGroup &g : AppGroup::all(inv))
//       for (const AppDefinition &app : g.apps)
//           Result<AppStack> stack = renderer.render(g, app);
//
// secrets maps each "${secret:NAME}" reference the render needs (secretReferences()) to its
// plain text; the caller resolves them through the keychain. A value that cannot be rendered
// safely (a line break in it, a missing secret, a path compose would misread…) is an Error
// naming the app and the key.
class AppRenderer
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::AppRenderer)

public:
    AppRenderer(QList<PgCluster> pgClusters, QList<RedisCluster> redisClusters, QHash<QString, QString> secrets);

    Result<AppStack> render(const AppGroup &group, const AppDefinition &app) const;
    // The ${secret:NAME} references a render of app needs resolved, in the order it uses them.
    QStringList secretReferences(const AppGroup &group, const AppDefinition &app) const;

    // The checks every compose app's plan starts with: docker installed, its engine answering,
    // a compose command (the first alternative that works picks composeUp or composeUpLegacy).
    static QList<AppStack::Check> dockerChecks();

private:
    Result<AppStack> renderWith(AppRenderContext &context, const AppRecipe &recipe) const;
    std::optional<Error> renderFiles(AppRenderContext &context, const AppRecipe &recipe, AppStack &stack) const;
    static void setCommands(AppStack &stack);

    QList<PgCluster> mPgClusters;
    QList<RedisCluster> mRedisClusters;
    QHash<QString, QString> mSecrets;
};

} // namespace stackyard
