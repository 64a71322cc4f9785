// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthtypes.h"

#include <QColor>

class QPalette;

namespace stackyard {

// Green, amber, red and grey that read well on the light and the dark palette.
QColor healthStatusColor(HealthStatus status, const QPalette &palette);

} // namespace stackyard
