// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/upcomingpanel.h"

namespace stackyard {

// Logs: follow, filter and merge logs of every host live.
class LogsPanel : public UpcomingPanel
{
    Q_OBJECT

public:
    using UpcomingPanel::UpcomingPanel;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("logs"); }

protected:
    QString headline() const override;
    QString purpose() const override;
    QString inventoryNote(const InventoryOverview &overview) const override;
};

} // namespace stackyard
