// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/upcomingpanel.h"

#include "shared/emptystate.h"

#include "inventory/inventoryoverview.h"

#include <QAction>
#include <QCoreApplication>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

UpcomingPanel::UpcomingPanel(const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

EmptyState *UpcomingPanel::emptyState()
{
    // Built lazily: iconName() is virtual and cannot be called from the constructor.
    if (!mEmpty) {
        mEmpty = new EmptyState(iconName(), this);
        layout()->addWidget(mEmpty);
    }
    return mEmpty;
}

void UpcomingPanel::showEvent(QShowEvent *event)
{
    if (!mEmpty)
        retranslate();
    Panel::showEvent(event);
}

void UpcomingPanel::setInventory(const InventoryOverview *overview)
{
    mOverview = overview;
    retranslate();
}

void UpcomingPanel::retranslate()
{
    EmptyState *empty = emptyState();
    empty->setHeadline(headline());
    const QString notYet = tr("This panel is not available in Stackyard %1 yet.").arg(QCoreApplication::applicationVersion());
    if (!mOverview) {
        empty->setDescription(purpose() + u"\n\n"_s + tr("Open an inventory to begin.") + u' ' + notYet);
        empty->setActions({actions().openInventory, actions().openSample});
    } else {
        empty->setDescription(purpose() + u"\n\n"_s + inventoryNote(*mOverview) + u"\n\n"_s + notYet);
        empty->setActions({actions().showInventory});
    }
}

} // namespace stackyard
