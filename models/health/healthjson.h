// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QJsonObject>

namespace stackyard {

// A snapshot as JSON for `stackyardctl health --json` and exports: id, kind, cluster, instance,
// host, address, status, reason, at (ISO 8601 UTC), duration_ms, metrics, facts, details.
QJsonObject healthSnapshotJson(const HealthSnapshot &snapshot);

} // namespace stackyard
