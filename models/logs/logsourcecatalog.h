// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"
#include "logs/logsource.h"

#include <QList>
#include <QString>

namespace stackyard {

// The log sources the inventory offers for a host: each PostgreSQL instance's log (Debian's
// /var/log/postgresql/postgresql-VER-NAME.log as Stackyard provisions it, else the newest file
// of pg_log_dir as Pigsty writes it) and journal unit, each Redis instance's log file
// (/var/log/redis/NAME.log) and unit, nginx's access and error logs, and the compose apps of the
// host's app groups.
class LogSourceCatalog
{
public:
    // become: read through sudo (the host's ansible_become).
    static QList<LogSourceSpec> forHost(const Inventory &inventory, const QString &hostKey, bool become = false);
};

} // namespace stackyard
