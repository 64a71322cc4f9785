// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace stackyard {

class Inventory;

enum class ExporterKind { Node, Postgres, Redis };

// Where a host's Prometheus exporter listens, from the inventory's Pigsty variables:
//   node_exporter_port (9100), pg_exporter_port (9630), redis_exporter_port (9121), at
//   ansible_host (or the host key), path /metrics (exporter_metrics_path).
// An exporter is only scraped when the inventory says it runs: its port variable set
// explicitly, or stackyard_scrape_exporters: true (all.vars, a group or the host) for a fleet
// Pigsty installed with its defaults. node_exporter_enabled / pg_exporter_enabled /
// redis_exporter_enabled: false always wins.
class ExporterUrls
{
public:
    static constexpr char kScrapeVariable[] = "stackyard_scrape_exporters";

    static std::optional<QUrl> forHost(const Inventory &inventory, const QString &hostKey, ExporterKind kind);

    static QString portVariable(ExporterKind kind); // "node_exporter_port", …
    static QString enabledVariable(ExporterKind kind); // "node_exporter_enabled", …
    static int defaultPort(ExporterKind kind); // 9100, 9630, 9121
};

} // namespace stackyard
