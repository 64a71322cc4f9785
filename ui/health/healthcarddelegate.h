// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace stackyard {

// Paints one HealthOverviewModel row as a card: a status stripe and dot, the name and kind, the
// key figure large, a line of details (or the reason when not up), "n/m up" and a sparkline of
// the key figure. Fixed size, so the view lays out thousands of cards without measuring them.
class HealthCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize cardSize();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace stackyard
