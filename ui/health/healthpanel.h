// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/upcomingpanel.h"

namespace stackyard {

// Health: status of every instance, app and host, with live charts and alerts.
class HealthPanel : public UpcomingPanel
{
    Q_OBJECT

public:
    using UpcomingPanel::UpcomingPanel;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("health"); }

protected:
    QString headline() const override;
    QString purpose() const override;
    QString inventoryNote(const InventoryOverview &overview) const override;
};

} // namespace stackyard
