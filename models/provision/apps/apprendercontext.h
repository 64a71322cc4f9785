// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/apps/appenv.h"
#include "provision/apps/appstack.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace stackyard {

// What one render of an app works with and builds up: the inventory's view of the app and its
// clusters, the resolved secrets, and the env, template conditions, template values and
// directories the recipe fills in. The helpers here are shared by every recipe.
class AppRenderContext
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::AppRenderContext)

public:
    AppRenderContext(const AppGroup &group, const AppDefinition &app, const QList<PgCluster> &pgClusters,
                     const QList<RedisCluster> &redisClusters, const QHash<QString, QString> &secrets);

    const AppGroup &group() const { return mGroup; }
    const AppDefinition &app() const { return mApp; }
    AppEnv &env() { return mEnv; }
    QSet<QString> &conditions() { return mConditions; }
    QHash<QString, QString> &values() { return mValues; }
    const QList<AppStack::Directory> &directories() const { return mDirectories; }

    // Collecting: every ${secret:…} a render needs is recorded, and a missing one stands in as
    // a placeholder instead of failing (AppRenderer::secretReferences()).
    void setCollecting(bool collecting) { mCollecting = collecting; }
    QStringList requestedSecrets() const { return mRequested; }

    // The conf into the env as Pigsty writes .env: keys upper-cased, YAML booleans as true/false,
    // ${secret:…} references resolved. Refuses keys compose cannot take and keys set twice.
    std::optional<Error> readConf();
    // value with a whole-value ${secret:NAME} resolved; key names the setting in the Error.
    Result<QString> resolve(const QString &value, const QString &key);
    // The PostgreSQL user's password: the conf's, else that user's password in the cluster the
    // conf points at. An Error when there is none or it is stored only as a hash.
    Result<QString> postgresPassword(const QString &key);
    // The external Redis's password: the conf's, else the cluster's redis_password ("" = none).
    Result<QString> redisPassword(const QString &key);
    // A key derived from seed for one purpose: base64 of HMAC-SHA256(seed, "stackyard/<app>/<purpose>").
    // Stable across renders, unlike a random one, and not a public default.
    QString derivedSecret(const QString &seed, const QString &purpose) const;

    // Checks that fail with an Error naming the app and key.
    std::optional<Error> checkPort(const QString &key) const;
    std::optional<Error> checkHostPath(const QString &key) const;
    std::optional<Error> checkImage(const QString &key) const;
    std::optional<Error> checkWord(const QString &key, const QString &pattern, const QString &expected) const;
    // Every env value can be written to .env (EnvFile::check()).
    std::optional<Error> checkEnvValues() const;

    void addDirectory(const QString &path, int mode = 0755, const QString &owner = {});
    // The conf's file: entries with state directory, with their modes.
    std::optional<Error> addInventoryDirectories();

    Error error(const QString &key, const QString &what, const QString &hint = {}) const;
    QString where(const QString &key = {}) const;

    // A host as a container sees it: loopback means the app's own host, host.docker.internal
    // (mapped to the host's gateway address by extra_hosts in the compose files).
    static QString containerHost(const QString &host);
    // scheme://[user[:password]@]host:port/path with user and password percent-encoded.
    static QString url(const QString &scheme, const QString &user, const QString &password, const QString &host,
                       int port, const QString &path);

private:
    const AppGroup &mGroup;
    const AppDefinition &mApp;
    const QList<PgCluster> &mPgClusters;
    const QList<RedisCluster> &mRedisClusters;
    const QHash<QString, QString> &mSecrets;
    AppEnv mEnv;
    QSet<QString> mConditions;
    QHash<QString, QString> mValues;
    QList<AppStack::Directory> mDirectories;
    bool mCollecting = false;
    QStringList mRequested;
};

} // namespace stackyard
