// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace stackyard {

// A docker-compose application as a Pigsty app group declares it (docker_enabled, app, apps:
// {name: {conf, file, src, dest}}), with what it is wired to: the PostgreSQL and Redis it uses
// (read from its .env settings and matched to the inventory's clusters), its URL and data dirs.
struct AppDefinition
{
    struct File
    {
        QString path;
        QString state; // directory, file, absent…
        QString mode;
        QString owner;
    };
    struct Endpoint
    {
        QString host;
        int port = 0;
        QString database; // PostgreSQL only
        QString user;
        QString password; // as written (may be ${secret:NAME})
        QString cluster;  // the inventory cluster serving host:port, "" when none matches
        bool isSet() const { return !host.isEmpty(); }
    };

    QString name;          // the key under apps: (dify, open-webui…)
    QString directory;     // where its compose project lives on the host (dest, else /opt/<name>)
    QString source;        // src
    QList<QPair<QString, QString>> conf; // .env settings as written (keys as in the file; a null is "")
    QStringList booleanConf; // conf keys whose value is a plain YAML boolean (true, yes, on, False…)
    QList<File> files;
    Endpoint postgres;
    Endpoint redis;        // host "" and port 0 when the app runs its own Redis
    int port = 0;          // the port the app serves on the host
    QString url;           // through infra_portal when a portal entry points at it, else http://host:port
    QStringList dataDirs;  // directories holding its state (file entries, *_DATA settings)

    QString confValue(const QString &key) const;
};

struct AppGroup
{
    QString group;
    QStringList hosts;     // host keys
    QString address;       // the first host's address
    QString defaultApp;    // vars.app
    QList<AppDefinition> apps;

    QJsonObject toJson() const;

    static QList<AppGroup> all(const Inventory &inventory);
};

} // namespace stackyard
