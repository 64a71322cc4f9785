// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/loglevel.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace stackyard {

// The colour of a log level's text, readable on the palette's base (light and dark themes):
// debug dimmed, info as text, notice blue, warning amber, error red, fatal magenta.
QColor logLevelColor(LogLevel level, const QPalette &palette);

// Paints the rows of a LogModel in their level's colour (fatal in bold).
class LogLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text colour the row of index is painted with.
    QColor textColor(const QModelIndex &index, const QPalette &palette) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace stackyard
