// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace stackyard {

// The postgresql.conf settings Stackyard writes for an instance (into conf.d/stackyard.conf),
// sized from the host's memory and cores the way Pigsty's tuning profiles do, then the
// inventory's own pg_parameters on top.
class PgConfig
{
public:
    struct Input
    {
        int version = 15;
        int port = 5432;
        QString listen = QStringLiteral("0.0.0.0"); // pg_listen, placeholders expanded
        qint64 memoryBytes = 0;     // of the host
        int cores = 1;
        QString profile = QStringLiteral("oltp"); // oltp, olap, crit, tiny (pg_conf without .yml)
        QString maxConnections = QStringLiteral("auto"); // pg_max_conn
        double sharedBufferRatio = 0.25;
        QString passwordEncryption = QStringLiteral("scram-sha-256");
        QString libraries;          // pg_libs
        QString storageType = QStringLiteral("SSD");
        QString dataDirectory;
        QList<QPair<QString, QString>> parameters; // pg_parameters, last word
    };

    // name = value pairs in a stable order.
    static QList<QPair<QString, QString>> settings(const Input &input);
    // The file: a header and "name = 'value'" lines.
    static QString render(const Input &input);
    // Settings whose change needs a restart, not a reload.
    static bool needsRestart(const QString &name);
    // pg_listen with ${ip} ${lo} ${vip} expanded ("" placeholders dropped).
    static QString expandListen(const QString &listen, const QString &hostAddress, const QString &vip = {});
};

} // namespace stackyard
