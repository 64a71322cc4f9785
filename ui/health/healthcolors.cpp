// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthcolors.h"

#include "shell/theme.h"

#include <QPalette>

namespace stackyard {

QColor healthStatusColor(HealthStatus status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case HealthStatus::Up:
        return dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    case HealthStatus::Degraded:
        return dark ? QColor(0xf2, 0xb1, 0x3c) : QColor(0xc2, 0x7c, 0x0e);
    case HealthStatus::Down:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case HealthStatus::Unknown:
        break;
    }
    return dark ? QColor(0x8a, 0x93, 0x9e) : QColor(0x80, 0x86, 0x8d);
}

} // namespace stackyard
