// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/upcomingpanel.h"

namespace stackyard {

// Backups: plans that run on the hosts, a catalog, verification and guided restores.
class BackupPanel : public UpcomingPanel
{
    Q_OBJECT

public:
    using UpcomingPanel::UpcomingPanel;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("backups"); }

protected:
    QString headline() const override;
    QString purpose() const override;
    QString inventoryNote(const InventoryOverview &overview) const override;
};

} // namespace stackyard
