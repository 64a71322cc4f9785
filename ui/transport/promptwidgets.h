// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyle>

class QHBoxLayout;
class QLabel;
class QString;
class QWidget;

namespace stackyard {

// Pieces the connection dialogs share: a plain-text label the user can select and copy
// (fingerprints, paths; monospace for fingerprints), and a message-box style icon beside a text.
QLabel *selectableLabel(const QString &text, bool monospace, QWidget *parent);
QHBoxLayout *iconAndText(QStyle::StandardPixmap icon, QLabel *text, QWidget *parent);

} // namespace stackyard
