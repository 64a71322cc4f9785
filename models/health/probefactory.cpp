// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/probefactory.h"

#include "health/exporterprobe.h"
#include "health/hostprobe.h"
#include "health/httpprobe.h"
#include "health/postgresprobe.h"
#include "health/redisprobe.h"
#include "inventory/inventory.h"
#include "secrets/secretref.h"
#include "secrets/secretstore.h"
#include "transport/hostcredentials.h"
#include "transport/hostsettings.h"
#include "transport/sshconfig.h"
#include "transport/transport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

HealthMonitor::ProbeFactory standardProbeFactory(HostTransports transports)
{
    return [transports = std::move(transports)](const HealthTargetSpec &spec, const QString &password,
                                                QString *why) -> std::unique_ptr<HealthProbe> {
        if (spec.viaExporter)
            return std::make_unique<ExporterProbe>(spec.target, spec.exporterUrl);
        switch (spec.target.kind) {
        case TargetKind::Postgres: {
            PgConnectionSettings settings;
            settings.host = spec.connectHost;
            settings.port = spec.port;
            settings.dbname = spec.database;
            settings.user = spec.user;
            settings.password = password;
            return std::make_unique<PostgresProbe>(spec.target, settings);
        }
        case TargetKind::Redis: {
            RedisConnectionSettings settings;
            settings.host = spec.connectHost;
            settings.port = spec.port;
            settings.password = password;
            return std::make_unique<RedisProbe>(spec.target, settings);
        }
        case TargetKind::Http: {
            HttpProbeSettings settings;
            settings.url = QUrl(spec.url);
            return std::make_unique<HttpProbe>(spec.target, settings);
        }
        case TargetKind::Host:
            break;
        }
        if (!transports) {
            if (why)
                *why = QCoreApplication::translate("HealthMonitor", "no way to reach the host");
            return nullptr;
        }
        Result<std::shared_ptr<Transport>> transport = transports(spec.target.host);
        if (!transport) {
            // Without a transport the exporter alone can still tell how the host is.
            if (spec.exporterUrl.isValid())
                return std::make_unique<ExporterProbe>(spec.target, spec.exporterUrl);
            if (why)
                *why = transport.error().toString();
            return nullptr;
        }
        HostProbeSettings settings;
        settings.exporterUrl = spec.exporterUrl;
        return std::make_unique<HostProbe>(spec.target, *transport, settings);
    };
}

namespace {

Result<QString> fromSecrets(const SecretValues &secrets, const QString &name)
{
    const auto it = secrets.constFind(name);
    if (it == secrets.constEnd())
        return SecretStore::notFoundError(name);
    return *it;
}

} // namespace

HostTransports backgroundTransports(const Inventory &inventory, const SecretValues &secrets)
{
    auto copy = std::make_shared<const Inventory>(inventory);
    return [copy, secrets](const QString &host) -> Result<std::shared_ptr<Transport>> {
        const Result<HostSettings> settings = HostSettings::fromInventory(*copy, host, SshConfig::load(SshConfig::defaultPath()));
        if (!settings)
            return settings.error();
        TransportOptions options;
        options.credentials = HostCredentials::read(*settings, nullptr,
                                                    [&secrets](const QString &name) { return fromSecrets(secrets, name); });
        return Transport::create(*settings, options);
    };
}

QStringList secretNames(const Inventory &inventory, const HealthLayout &layout)
{
    QStringList names;
    const SshConfig sshConfig = SshConfig::load(SshConfig::defaultPath());
    for (const HealthTargetSpec &spec : layout.targets) {
        if (const std::optional<QString> name = SecretRef::parse(spec.password))
            names << *name;
        if (spec.target.kind != TargetKind::Host)
            continue;
        // The names the host's connection would read: a dry run that records them.
        if (const Result<HostSettings> settings = HostSettings::fromInventory(inventory, spec.target.host, sshConfig))
            HostCredentials::read(*settings, nullptr, [&names](const QString &name) -> Result<QString> {
                names << name;
                return SecretStore::notFoundError(name);
            });
    }
    names.removeDuplicates();
    return names;
}

HealthMonitor::Reveal revealFrom(const SecretValues &secrets)
{
    return [secrets](const QString &value, const QString &where) -> Result<QString> {
        const std::optional<QString> name = SecretRef::parse(value);
        if (!name)
            return value;
        Result<QString> secret = fromSecrets(secrets, *name);
        if (!secret) {
            Error e = secret.error();
            e.where = where + u": "_s + e.where;
            return e;
        }
        return secret;
    };
}

} // namespace stackyard
