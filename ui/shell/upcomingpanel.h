// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/panel.h"

namespace stackyard {

class EmptyState;

// A panel whose feature is not in this version yet. It says plainly what the panel will do, what
// the open inventory holds for it, and offers the actions that help now — never fake data.
class UpcomingPanel : public Panel
{
    Q_OBJECT

public:
    UpcomingPanel(const ShellActions &actions, QWidget *parent = nullptr);

    void setInventory(const InventoryOverview *overview) override;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

    // What the panel is for, one headline and one paragraph.
    virtual QString headline() const = 0;
    virtual QString purpose() const = 0;
    // What the open inventory holds that this panel will work on.
    virtual QString inventoryNote(const InventoryOverview &overview) const = 0;

private:
    EmptyState *emptyState();

    EmptyState *mEmpty = nullptr;
    const InventoryOverview *mOverview = nullptr;
};

} // namespace stackyard
