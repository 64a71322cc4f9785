// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/probefactory.h"

#include "health/exporterprobe.h"
#include "health/hostprobe.h"
#include "health/httpprobe.h"
#include "health/postgresprobe.h"
#include "health/redisprobe.h"

#include <QCoreApplication>

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

} // namespace stackyard
