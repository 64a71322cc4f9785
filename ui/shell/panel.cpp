// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/panel.h"

#include <QEvent>

namespace stackyard {

Panel::Panel(const ShellActions &actions, QWidget *parent)
    : QWidget(parent)
    , mActions(actions)
{
}

void Panel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace stackyard
