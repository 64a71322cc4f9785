// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logsourcecatalog.h"

#include "inventory/effectivevariables.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/redis/redisconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// A variable's effective value for the host, JSON quotes of defaults removed.
QString effective(const Inventory &inventory, const QString &hostKey, const QString &name, const QString &fallback)
{
    const auto vars = EffectiveVariables::forHost(inventory, hostKey);
    if (!vars)
        return fallback;
    for (const EffectiveVariable &v : *vars) {
        if (v.name != name)
            continue;
        QString value = v.value.trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        return value.isEmpty() ? fallback : value;
    }
    return fallback;
}

} // namespace

QList<LogSourceSpec> LogSourceCatalog::forHost(const Inventory &inventory, const QString &hostKey, bool become)
{
    QList<LogSourceSpec> out;
    const auto add = [&](LogSourceSpec s) {
        s.become = become;
        out << s;
    };
    const QList<PgCluster> pgClusters = PgCluster::all(inventory);
    bool haveInstance = false;
    for (const PgCluster &c : pgClusters)
        for (const PgInstance &i : c.instances)
            haveInstance = haveInstance || i.hostKey == hostKey;
    const QString pgLogDir = haveInstance ? effective(inventory, hostKey, u"pg_log_dir"_s, u"/pg/log/postgres"_s) : QString();
    for (const PgCluster &c : pgClusters) {
        for (const PgInstance &i : c.instances) {
            if (i.hostKey != hostKey)
                continue;
            const QString name = i.name(c.name);
            LogSourceSpec s;
            s.kind = LogSourceSpec::Kind::File;
            s.host = hostKey;
            s.name = u"postgres:"_s + name;
            s.description = QCoreApplication::translate("LogSourceCatalog", "PostgreSQL %1 log (/var/log/postgresql, else %2)").arg(name, pgLogDir);
            s.searches = {{u"/var/log/postgresql"_s, u"postgresql-*-"_s + name + u".log"_s},
                          {pgLogDir, u"*.csv"_s},
                          {pgLogDir, u"*.log"_s}};
            add(s);
            LogSourceSpec unit = LogSourceSpec::journal(hostKey, u"postgresql@%1-%2"_s.arg(c.version).arg(name));
            unit.description = QCoreApplication::translate("LogSourceCatalog", "PostgreSQL %1 journal (unit %2)").arg(name, unit.unit);
            add(unit);
        }
    }
    for (const RedisCluster &c : RedisCluster::all(inventory)) {
        for (const RedisInstance &i : c.instances) {
            if (i.hostKey != hostKey)
                continue;
            const QString name = i.name(c.name);
            LogSourceSpec s = LogSourceSpec::file(hostKey, RedisConfig::paths(c, i).logFile);
            s.name = u"redis:"_s + name;
            s.description = QCoreApplication::translate("LogSourceCatalog", "Redis %1 log (%2)").arg(name, s.paths.constFirst());
            add(s);
            LogSourceSpec unit = LogSourceSpec::journal(hostKey, u"stackyard-redis-"_s + name);
            unit.description = QCoreApplication::translate("LogSourceCatalog", "Redis %1 journal (unit %2)").arg(name, unit.unit);
            add(unit);
        }
    }
    for (const AppGroup &g : AppGroup::all(inventory)) {
        if (!g.hosts.contains(hostKey))
            continue;
        for (const AppDefinition &app : g.apps) {
            LogSourceSpec s = LogSourceSpec::compose(hostKey, app.directory);
            s.description = QCoreApplication::translate("LogSourceCatalog", "Compose app %1 (%2)").arg(app.name, app.directory);
            add(s);
        }
    }
    LogSourceSpec nginx = LogSourceSpec::file(hostKey, u"/var/log/nginx/access.log"_s);
    nginx.paths << u"/var/log/nginx/error.log"_s;
    nginx.name = u"nginx"_s;
    nginx.description = QCoreApplication::translate("LogSourceCatalog", "nginx access and error logs (/var/log/nginx)");
    add(nginx);
    for (const QString &which : {u"access"_s, u"error"_s}) {
        LogSourceSpec s = LogSourceSpec::file(hostKey, u"/var/log/nginx/%1.log"_s.arg(which));
        s.name = u"nginx:"_s + which;
        s.description = QCoreApplication::translate("LogSourceCatalog", "nginx %1 log (%2)").arg(which, s.paths.constFirst());
        add(s);
    }
    return out;
}

} // namespace stackyard
