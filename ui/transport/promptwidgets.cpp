// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/promptwidgets.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>

namespace stackyard {

QLabel *selectableLabel(const QString &text, bool monospace, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(!monospace);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QHBoxLayout *iconAndText(QStyle::StandardPixmap icon, QLabel *text, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    auto *iconLabel = new QLabel(parent);
    const int size = parent->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, parent);
    iconLabel->setPixmap(parent->style()->standardIcon(icon, nullptr, parent).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    text->setWordWrap(true);
    row->addWidget(iconLabel);
    row->addWidget(text, 1);
    return row;
}

} // namespace stackyard
