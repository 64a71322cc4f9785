// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/preferences.h"

class QPalette;

namespace stackyard {

// Applies a theme to the running QApplication. System keeps the platform's style and palette
// as they were at start-up; Light and Dark use the Fusion style with Stackyard's own palettes,
// so Dark is a real dark palette on every platform, offscreen included.
void applyTheme(Preferences::Theme theme);

QPalette lightPalette();
QPalette darkPalette();

// True when the palette's window colour is dark (used to pick highlighting colours).
bool isDarkPalette(const QPalette &palette);

} // namespace stackyard
