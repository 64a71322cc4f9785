// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/alertrulesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

enum Column { EnabledColumn, ThresholdColumn, ForColumn, ColumnCount };

} // namespace

AlertRulesDialog::AlertRulesDialog(const QList<AlertRule> &rules, QWidget *parent)
    : QDialog(parent)
    , mRules(rules)
    , mTable(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Alert Rules"));
    setObjectName(u"alertRulesDialog"_s);
    auto *intro = new QLabel(tr("An alert fires when its condition has held for the given time, shows in the Health panel "
                                "and as a desktop notification, and clears by itself when the condition ends."),
                             this);
    intro->setWordWrap(true);
    mTable->setHorizontalHeaderLabels({tr("Rule"), tr("Threshold"), tr("For at least")});
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::Stretch);
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { fill(AlertRules::defaults()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    fill(rules);
    resize(620, 380);
}

void AlertRulesDialog::fill(const QList<AlertRule> &rules)
{
    mRules = rules;
    mTable->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const AlertRule &rule = rules.at(row);
        auto *enabled = new QCheckBox(AlertRules::displayName(rule.kind), mTable);
        enabled->setChecked(rule.enabled);
        enabled->setObjectName(u"alertRuleEnabled_"_s + rule.id);
        mTable->setCellWidget(row, EnabledColumn, enabled);
        auto *threshold = new QDoubleSpinBox(mTable);
        threshold->setObjectName(u"alertRuleThreshold_"_s + rule.id);
        threshold->setRange(0, 1e9);
        threshold->setDecimals(rule.kind == AlertKind::BackupAge ? 1 : 0);
        threshold->setValue(rule.threshold);
        threshold->setSuffix(u" "_s + AlertRules::thresholdUnit(rule.kind));
        mTable->setCellWidget(row, ThresholdColumn, threshold);
        auto *forSeconds = new QSpinBox(mTable);
        forSeconds->setObjectName(u"alertRuleFor_"_s + rule.id);
        forSeconds->setRange(0, 7 * 24 * 3600);
        forSeconds->setValue(rule.forSeconds);
        forSeconds->setSuffix(tr(" s"));
        mTable->setCellWidget(row, ForColumn, forSeconds);
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::Stretch);
}

QList<AlertRule> AlertRulesDialog::rules() const
{
    QList<AlertRule> rules = mRules;
    for (int row = 0; row < rules.size(); ++row) {
        rules[row].enabled = static_cast<QCheckBox *>(mTable->cellWidget(row, EnabledColumn))->isChecked();
        rules[row].threshold = static_cast<QDoubleSpinBox *>(mTable->cellWidget(row, ThresholdColumn))->value();
        rules[row].forSeconds = static_cast<QSpinBox *>(mTable->cellWidget(row, ForColumn))->value();
    }
    return rules;
}

} // namespace stackyard
