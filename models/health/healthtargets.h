// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stackyard {

class Inventory;

// What a probe needs to reach one target, read from the inventory. Passwords are as written
// (plain text or ${secret:NAME}); the monitor reveals them on its worker thread.
struct HealthTargetSpec
{
    HealthTarget target;
    QString connectHost;  // address to connect to (PostgreSQL, Redis)
    int port = 0;
    QString user;         // PostgreSQL: pg_monitor_username
    QString password;     // as written
    QString passwordWhere; // "pg-meta: pg_monitor_password", for an error that names the field
    QString database;     // PostgreSQL: the database to connect to
    QString url;          // HTTP: the health URL
    QString role;         // what the inventory says (primary, replica); the probe reports the truth
    // The Prometheus exporter of this target when the inventory says one runs (ExporterUrls):
    // node_exporter for a host (scraped beside /proc), pg_exporter / redis_exporter for an
    // instance whose password cannot be read (then it is watched through the exporter).
    QUrl exporterUrl;
    bool viaExporter = false; // set by the monitor when it falls back to exporterUrl
};

// One card of the overview: a PostgreSQL or Redis cluster, an app, or a host, with the targets it
// is made of.
struct HealthGroup
{
    QString id;           // "postgres/pg-meta", "redis/redis-ms", "http/dify", "host/10.10.10.10"
    TargetKind kind = TargetKind::Host;
    QString name;         // pg-meta, redis-ms, dify, the host key
    QStringList targetIds;
};

struct HealthLayout
{
    QList<HealthTargetSpec> targets;
    QList<HealthGroup> groups;

    const HealthTargetSpec *target(const QString &id) const;
    const HealthGroup *group(const QString &id) const;
    // The group a target belongs to (the first that lists it).
    const HealthGroup *groupOf(const QString &targetId) const;
};

// Every PostgreSQL instance, Redis instance, app endpoint and host of the inventory. With
// only set, the cluster, app group or host of that name (an inventory group name works too) and
// its hosts; an unknown name gives an empty layout.
//
// PostgreSQL is polled as pg_monitor_username (default dbuser_monitor) with
// pg_monitor_password, database postgres. An app is polled at its health_url when the app sets
// one, else at its URL + "/health".
HealthLayout healthLayout(const Inventory &inventory, const QString &only = {});

} // namespace stackyard
