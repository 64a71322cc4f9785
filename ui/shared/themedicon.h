// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace stackyard {

// An icon from :/icons/<name>.svg. Line icons draw with `currentColor`, which is replaced at
// paint time by the application palette's text colour for the icon's mode, so the same SVG
// works in light and dark themes and at any device pixel ratio.
QIcon themedIcon(const QString &name);

} // namespace stackyard
