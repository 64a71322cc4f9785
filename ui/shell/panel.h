// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;

namespace stackyard {

struct InventoryOverview;

// Actions of the main window that panels offer in their empty states.
struct ShellActions
{
    QAction *openInventory = nullptr;
    QAction *openSample = nullptr;
    QAction *showInventory = nullptr;
};

// One page of the main window's stacked area (Inventory, Provision, Health, Logs, Backups).
class Panel : public QWidget
{
    Q_OBJECT

public:
    explicit Panel(const ShellActions &actions, QWidget *parent = nullptr);

    // Translated name for the sidebar and menus.
    virtual QString title() const = 0;
    // Icon name under :/icons.
    virtual QString iconName() const = 0;
    // The open inventory, or nullptr when none is open. The pointer stays valid until the next call.
    virtual void setInventory(const InventoryOverview *overview) = 0;

protected:
    void changeEvent(QEvent *event) override;
    // Sets every user-visible text; called on construction by subclasses and on language change.
    virtual void retranslate() = 0;

    const ShellActions &actions() const { return mActions; }

private:
    ShellActions mActions;
};

} // namespace stackyard
