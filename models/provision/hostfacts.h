// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "transport/commandspec.h"
#include "transport/exitstatus.h"

#include <QList>
#include <QString>

namespace stackyard {

class Transport;
class CancelToken;

// What a recipe needs to know about a host before it can plan: the OS family (Debian and
// Ubuntu are supported; others get a clear "not supported yet"), memory and cores (PostgreSQL
// sizing), the init system (systemd or none), Docker and compose, installed PostgreSQL
// versions and Redis, and whether we are root or may sudo. Gathered by one read-only command.
struct HostFacts
{
    QString host;            // inventory host key
    QString osId, osLike, osVersion, osName;
    qint64 memoryBytes = 0;
    int cores = 0;
    bool systemd = false;    // systemd is PID 1
    bool apt = false;
    bool root = false;       // the login user is root
    bool sudo = false;       // sudo works without a password prompt (or with the become password)
    QString docker;          // "running", "stopped" (client only), "" (missing)
    QString compose;         // "plugin" (docker compose), "v1" (docker-compose), ""
    QList<int> postgresVersions; // /usr/lib/postgresql/<n>
    bool redis = false;

    bool isDebianFamily() const;
    // An Error naming the host and its OS when provisioning cannot run there.
    Result<bool> requireSupported() const;

    // The command that prints the facts (a fixed script on stdin of sh: nothing from the user).
    static CommandSpec command();
    static HostFacts parse(const QString &host, const QByteArray &output);
    // Runs command() over transport (blocking: worker threads only).
    static Result<HostFacts> gather(Transport &transport, const QString &host, const CancelToken &cancel);
};

} // namespace stackyard
