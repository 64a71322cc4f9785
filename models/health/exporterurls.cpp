// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/exporterurls.h"

#include "health/exporterscrape.h"
#include "inventory/resolvedvariables.h"

namespace stackyard {

QString ExporterUrls::portVariable(ExporterKind kind)
{
    switch (kind) {
    case ExporterKind::Postgres:
        return QStringLiteral("pg_exporter_port");
    case ExporterKind::Redis:
        return QStringLiteral("redis_exporter_port");
    case ExporterKind::Node:
        break;
    }
    return QStringLiteral("node_exporter_port");
}

QString ExporterUrls::enabledVariable(ExporterKind kind)
{
    switch (kind) {
    case ExporterKind::Postgres:
        return QStringLiteral("pg_exporter_enabled");
    case ExporterKind::Redis:
        return QStringLiteral("redis_exporter_enabled");
    case ExporterKind::Node:
        break;
    }
    return QStringLiteral("node_exporter_enabled");
}

int ExporterUrls::defaultPort(ExporterKind kind)
{
    switch (kind) {
    case ExporterKind::Postgres:
        return 9630;
    case ExporterKind::Redis:
        return 9121;
    case ExporterKind::Node:
        break;
    }
    return 9100;
}

std::optional<QUrl> ExporterUrls::forHost(const Inventory &inventory, const QString &hostKey, ExporterKind kind)
{
    const Result<ResolvedVariables> vars = ResolvedVariables::forHost(inventory, hostKey);
    if (!vars)
        return std::nullopt;
    if (!vars->boolean(enabledVariable(kind), true))
        return std::nullopt;
    const QString portName = portVariable(kind);
    if (!vars->isSet(portName) && !vars->boolean(QString::fromLatin1(kScrapeVariable), false))
        return std::nullopt;
    const int port = vars->integer(portName, defaultPort(kind));
    if (port <= 0 || port > 65535)
        return std::nullopt;
    QString path = vars->string(QStringLiteral("exporter_metrics_path"), QStringLiteral("/metrics"));
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return ExporterScrape::exporterUrl(vars->string(QStringLiteral("ansible_host"), hostKey), port, path);
}

} // namespace stackyard
