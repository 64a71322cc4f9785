// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/alertrules.h"

#include <QDialog>

class QTableWidget;

namespace stackyard {

// Health ▸ Alert rules…: each rule with on/off, its threshold (with its unit) and how long the
// condition must hold before the alert fires; Restore Defaults. rules() is the edited list.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertRulesDialog(const QList<AlertRule> &rules, QWidget *parent = nullptr);

    QList<AlertRule> rules() const;

private:
    void fill(const QList<AlertRule> &rules);

    QList<AlertRule> mRules;
    QTableWidget *mTable;
};

} // namespace stackyard
