// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/apprendercontext.h"

#include "provision/apps/envfile.h"
#include "secrets/secretref.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool isPasswordHash(const QString &password)
{
    static const QRegularExpression md5(u"^md5[0-9a-f]{32}$"_s);
    return password.startsWith(u"SCRAM-SHA-256$"_s) || md5.match(password).hasMatch();
}

QString booleanText(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true"_s || v == u"yes"_s || v == u"on"_s ? u"true"_s : u"false"_s;
}

} // namespace

AppRenderContext::AppRenderContext(const AppGroup &group, const AppDefinition &app,
                                   const QList<PgCluster> &pgClusters, const QList<RedisCluster> &redisClusters,
                                   const QHash<QString, QString> &secrets)
    : mGroup(group)
    , mApp(app)
    , mPgClusters(pgClusters)
    , mRedisClusters(redisClusters)
    , mSecrets(secrets)
{
}

QString AppRenderContext::where(const QString &key) const
{
    QString w = mGroup.group + u'/' + mApp.name;
    if (!key.isEmpty())
        w += u':' + key;
    return w;
}

Error AppRenderContext::error(const QString &key, const QString &what, const QString &hint) const
{
    return Error{what, where(key), hint, {}};
}

std::optional<Error> AppRenderContext::readConf()
{
    QHash<QString, QString> seen; // upper-cased key -> as written
    for (const auto &[written, raw] : mApp.conf) {
        const QString key = written.toUpper();
        if (!EnvFile::isValidKey(key))
            return error(written, tr("App %1: '%2' cannot be a .env key").arg(mApp.name, written),
                         tr("Use letters, digits and '_', starting with a letter or '_'."));
        if (seen.contains(key))
            return error(key,
                         tr("App %1: the conf sets %2 twice (as %3 and %4)").arg(mApp.name, key, seen[key], written),
                         tr("Keys are upper-cased into .env, so both are the same setting: keep one."));
        seen.insert(key, written);
        const QString value = mApp.booleanConf.contains(written) ? booleanText(raw) : raw;
        const Result<QString> resolved = resolve(value, key);
        if (!resolved)
            return resolved.error();
        mEnv.setFromInventory(key, *resolved, SecretRef::parse(value).has_value());
    }
    return std::nullopt;
}

Result<QString> AppRenderContext::resolve(const QString &value, const QString &key)
{
    const std::optional<QString> name = SecretRef::parse(value);
    if (!name) {
        if (value.contains(u"${secret:"_s))
            return error(key, tr("App %1: %2 holds a secret reference inside other text").arg(mApp.name, key),
                         tr("A ${secret:NAME} reference must be the whole value."));
        return value;
    }
    const QString reference = SecretRef::format(*name);
    if (!mRequested.contains(reference))
        mRequested.append(reference);
    const auto it = mSecrets.constFind(reference);
    if (it != mSecrets.cend())
        return *it;
    if (mCollecting)
        return u"collecting"_s;
    return error(key, tr("App %1: %2 refers to the secret %3, whose value is not available").arg(mApp.name, key, *name),
                 tr("Store it in the keychain (stackyardctl secret set %1) and make sure the keychain is unlocked.")
                     .arg(*name));
}

Result<QString> AppRenderContext::postgresPassword(const QString &key)
{
    const AppDefinition::Endpoint &pg = mApp.postgres;
    if (!pg.password.isEmpty())
        return resolve(pg.password, key);
    for (const PgCluster &cluster : mPgClusters) {
        if (cluster.name != pg.cluster)
            continue;
        const PgUser *user = cluster.user(pg.user);
        if (!user || user->password.isEmpty())
            break;
        if (isPasswordHash(user->password))
            return error(key, tr("App %1: the password of PostgreSQL user %2 in %3 is stored only as a hash")
                                  .arg(mApp.name, pg.user, cluster.name),
                         tr("Set %1 in the app's conf; a ${secret:NAME} reference keeps it out of the file.").arg(key));
        return resolve(user->password, key);
    }
    return error(key, tr("App %1: no password for PostgreSQL user %2").arg(mApp.name, pg.user),
                 tr("Set %1 in the app's conf, or the user's password in the cluster's pg_users.").arg(key));
}

Result<QString> AppRenderContext::redisPassword(const QString &key)
{
    const AppDefinition::Endpoint &redis = mApp.redis;
    if (!redis.password.isEmpty())
        return resolve(redis.password, key);
    for (const RedisCluster &cluster : mRedisClusters)
        if (cluster.name == redis.cluster)
            return resolve(cluster.password, key);
    return QString();
}

QString AppRenderContext::derivedSecret(const QString &seed, const QString &purpose) const
{
    const QByteArray message = u"stackyard/%1/%2"_s.arg(mApp.name, purpose).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, seed.toUtf8(), QCryptographicHash::Sha256).toBase64());
}

std::optional<Error> AppRenderContext::checkPort(const QString &key) const
{
    bool ok = false;
    const int port = mEnv.value(key).toInt(&ok);
    if (ok && port > 0 && port < 65536)
        return std::nullopt;
    return error(key, tr("App %1: %2 must be a port number (1-65535)").arg(mApp.name, key),
                 tr("Change it in the app's conf."));
}

std::optional<Error> AppRenderContext::checkHostPath(const QString &key) const
{
    static const QRegularExpression path(u"^/[A-Za-z0-9._@+/-]*[A-Za-z0-9._@+-]$"_s);
    if (path.match(mEnv.value(key)).hasMatch())
        return std::nullopt;
    return error(key, tr("App %1: %2 must be an absolute directory on the host").arg(mApp.name, key),
                 tr("Use letters, digits and . _ - @ + between the slashes, like /data/%1.").arg(mApp.name));
}

std::optional<Error> AppRenderContext::checkImage(const QString &key) const
{
    return checkWord(key, u"[A-Za-z0-9][A-Za-z0-9._/:@-]*"_s, tr("an image reference like registry/name:tag"));
}

std::optional<Error> AppRenderContext::checkWord(const QString &key, const QString &pattern,
                                                 const QString &expected) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (re.match(mEnv.value(key)).hasMatch())
        return std::nullopt;
    return error(key, tr("App %1: %2 must be %3").arg(mApp.name, key, expected), tr("Change it in the app's conf."));
}

std::optional<Error> AppRenderContext::checkEnvValues() const
{
    for (const AppEnv::Entry &e : mEnv.entries())
        if (const EnvFile::Refusal refusal = EnvFile::check(e.value); refusal != EnvFile::Refusal::None)
            return error(e.key, tr("App %1: the value of %2 cannot be written to .env: %3")
                                    .arg(mApp.name, e.key, EnvFile::reason(refusal)),
                         tr("Change the value in the app's conf (or the secret it refers to)."));
    return std::nullopt;
}

void AppRenderContext::addDirectory(const QString &path, int mode, const QString &owner)
{
    for (const AppStack::Directory &d : std::as_const(mDirectories))
        if (d.path == path)
            return;
    mDirectories.append({path, mode, owner});
}

std::optional<Error> AppRenderContext::addInventoryDirectories()
{
    for (const AppDefinition::File &f : mApp.files) {
        if (f.state != u"directory"_s || f.path.isEmpty())
            continue;
        bool ok = true;
        const int mode = f.mode.isEmpty() ? 0755 : f.mode.toInt(&ok, 8);
        if (!ok || mode < 0 || mode > 07777 || !f.path.startsWith(u'/'))
            return error({}, tr("App %1: the file entry %2 needs an absolute path and an octal mode like 0755")
                                 .arg(mApp.name, f.path));
        addDirectory(f.path, mode, f.owner);
    }
    return std::nullopt;
}

QString AppRenderContext::containerHost(const QString &host)
{
    if (host == u"localhost"_s || host == u"::1"_s || host.startsWith(u"127."_s))
        return u"host.docker.internal"_s;
    return host;
}

QString AppRenderContext::url(const QString &scheme, const QString &user, const QString &password,
                              const QString &host, int port, const QString &path)
{
    QString out = scheme + u"://"_s;
    if (!user.isEmpty() || !password.isEmpty()) {
        out += QString::fromLatin1(QUrl::toPercentEncoding(user));
        if (!password.isEmpty())
            out += u':' + QString::fromLatin1(QUrl::toPercentEncoding(password));
        out += u'@';
    }
    out += host.contains(u':') ? u'[' + host + u']' : host;
    out += u':' + QString::number(port) + path;
    return out;
}

} // namespace stackyard
