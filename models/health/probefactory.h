// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthmonitor.h"

#include <functional>
#include <memory>

namespace stackyard {

class Transport;

// The probes Stackyard has: PostgreSQL (libpq), Redis (hiredis), HTTP (QNetworkAccessManager)
// and hosts (one command over the host's transport). transports gives the transport of an
// inventory host; it is called on the monitor's worker thread.
using HostTransports = std::function<Result<std::shared_ptr<Transport>>(const QString &hostKey)>;
HealthMonitor::ProbeFactory standardProbeFactory(HostTransports transports);

} // namespace stackyard
