// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/upcomingpanel.h"

namespace stackyard {

// Provision: plan and apply PostgreSQL, Redis and compose apps from the inventory.
class ProvisionPanel : public UpcomingPanel
{
    Q_OBJECT

public:
    using UpcomingPanel::UpcomingPanel;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("provision"); }

protected:
    QString headline() const override;
    QString purpose() const override;
    QString inventoryNote(const InventoryOverview &overview) const override;
};

} // namespace stackyard
