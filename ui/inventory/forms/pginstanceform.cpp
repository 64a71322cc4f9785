// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pginstanceform.h"

#include "inventory/forms/optionalspinbox.h"
#include "inventory/forms/variablesform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

PgInstanceForm::PgInstanceForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mSeq(new OptionalSpinBox(0, 999999, this))
    , mRole(new QComboBox(this))
    , mOfflineQuery(new QCheckBox(this))
    , mAnsibleHost(new QLineEdit(this))
    , mAnsiblePort(new OptionalSpinBox(1, 65535, this))
    , mAnsibleUser(new QLineEdit(this))
    , mVariables(new VariablesForm(session, this))
{
    setObjectName(u"pgInstanceForm"_s);
    mSeq->setObjectName(u"pgSeqSpin"_s);
    mRole->setObjectName(u"pgRoleCombo"_s);
    mOfflineQuery->setObjectName(u"pgOfflineQueryCheck"_s);
    mAnsibleHost->setObjectName(u"ansibleHostEdit"_s);
    mAnsiblePort->setObjectName(u"ansiblePortSpin"_s);
    mAnsibleUser->setObjectName(u"ansibleUserEdit"_s);

    QFormLayout *form = addFormLayout();
    for (QWidget *field : std::initializer_list<QWidget *>{mSeq, mRole, mOfflineQuery, mAnsibleHost, mAnsiblePort,
                                                           mAnsibleUser}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        mLabels << label;
        form->addRow(label, field);
    }
    body()->addSpacing(8);
    mVariables->layout()->setContentsMargins(0, 0, 0, 0);
    mVariables->setMinimumHeight(fontMetrics().height() * 30);
    body()->addWidget(mVariables, 1);
    connect(mVariables, &FormPage::failed, this, &FormPage::failed);

    connect(mSeq, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"pg_seq"_s), mSeq->valueText(), false);
    });
    connect(mRole, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(var(u"pg_role"_s), choiceOf(mRole), true);
    });
    connect(mOfflineQuery, &QCheckBox::clicked, this, [this](bool on) {
        // Checked writes true; unchecked removes the key (false is the default).
        if (!filling())
            writeText(var(u"pg_offline_query"_s), on ? u"true"_s : QString(), false);
    });
    connect(mAnsibleHost, &QLineEdit::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"ansible_host"_s), mAnsibleHost->text().trimmed(), true);
    });
    connect(mAnsiblePort, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"ansible_port"_s), mAnsiblePort->valueText(), false);
    });
    connect(mAnsibleUser, &QLineEdit::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"ansible_user"_s), mAnsibleUser->text().trimmed(), true);
    });
    retranslate();
}

QTableView *PgInstanceForm::effectiveTable() const
{
    return mVariables->effectiveTable();
}

bool PgInstanceForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const
{
    return kind == InventoryTreeModel::ItemKind::Host && clusterKind == ClusterKind::PostgreSQL;
}

void PgInstanceForm::refresh()
{
    if (!inventory())
        return;
    mSeq->setValueText(scalarAt(var(u"pg_seq"_s)));
    mSeq->setPlaceholderText(tr("required: 0, 1, 2… unique in the cluster"));
    fillChoices(mRole, {u"primary"_s, u"replica"_s, u"offline"_s, u"standby"_s, u"delayed"_s},
                scalarAt(var(u"pg_role"_s)), tr("(not set: required)"));
    mOfflineQuery->setChecked(checkStateOf(scalarAt(var(u"pg_offline_query"_s)), has(var(u"pg_offline_query"_s)))
                              == Qt::Checked);
    mAnsibleHost->setText(scalarAt(var(u"ansible_host"_s)));
    mAnsibleHost->setPlaceholderText(has(child(groupVarsPointer(), u"ansible_host"_s))
                                         ? inheritedText(u"ansible_host"_s, true)
                                         : tr("%1 (the host key)").arg(host()));
    mAnsiblePort->setValueText(scalarAt(var(u"ansible_port"_s)));
    const QString inheritedPort = inheritedText(u"ansible_port"_s, true);
    mAnsiblePort->setPlaceholderText(inheritedPort == tr("not set") ? tr("22 (SSH default)") : inheritedPort);
    mAnsibleUser->setText(scalarAt(var(u"ansible_user"_s)));
    const QString inheritedUser = inheritedText(u"ansible_user"_s, true);
    mAnsibleUser->setPlaceholderText(inheritedUser == tr("not set") ? tr("the user running the console")
                                                                    : inheritedUser);

    if (item() != mShown || !item().isValid()) { // it refreshes itself on document changes
        mShown = item();
        mVariables->showItem(item());
    }
    retranslate();
}

void PgInstanceForm::retranslate()
{
    titleLabel()->setText(tr("Instance %1 of %2").arg(host(), group()));
    hintLabel()->setText(tr("Host variables: they override the cluster's and all.vars for this instance only."));
    const QStringList labels{tr("Sequence (pg_seq):"), tr("Role:"),     tr("Offline queries:"),
                             tr("SSH address:"),        tr("SSH port:"), tr("SSH user:")};
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.value(i));
    mOfflineQuery->setText(tr("Serve the offline service from this instance (pg_offline_query)"));
    mRole->setToolTip(tr("Exactly one instance of a cluster is the primary."));
}

} // namespace stackyard
