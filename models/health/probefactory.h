// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthmonitor.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace stackyard {

class Transport;

// The probes Stackyard has: PostgreSQL (libpq), Redis (hiredis), HTTP (QNetworkAccessManager)
// and hosts (one command over the host's transport). transports gives the transport of an
// inventory host; it is called on the monitor's worker thread.
using HostTransports = std::function<Result<std::shared_ptr<Transport>>(const QString &hostKey)>;
HealthMonitor::ProbeFactory standardProbeFactory(HostTransports transports);

class Inventory;
// Secrets read beforehand (name → value), so that polling never waits for the keychain.
using SecretValues = QHash<QString, QString>;

// Transports for polling in the background: each host's settings from (a copy of) inventory over
// ~/.ssh/config, its ${secret:…} passwords from secrets (read beforehand: see secretNames), and
// no questions — an unknown host key is refused (Test connection confirms it once), a key that
// needs a passphrase is not asked for — so a poll never pops up a dialog and never waits for the
// GUI thread. The host is then Down with that reason.
HostTransports backgroundTransports(const Inventory &inventory, const SecretValues &secrets);

// Every ${secret:NAME} the layout's probes and their hosts' connections need.
QStringList secretNames(const Inventory &inventory, const HealthLayout &layout);

// Turns a password as written into the password from secrets (an Error naming where when the
// secret was not read).
HealthMonitor::Reveal revealFrom(const SecretValues &secrets);

} // namespace stackyard
