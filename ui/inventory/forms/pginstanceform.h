// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace stackyard {

class OptionalSpinBox;
class VariablesForm;

// A PostgreSQL instance (a host of the cluster's group): its identity (pg_seq, pg_role,
// pg_offline_query) and how Ansible reaches it (ansible_host/port/user), written into the
// host's variables (a flow mapping stays a flow mapping); below, all the host's variables and
// every variable the host really gets, with where it comes from (the generic variables form).
class PgInstanceForm : public TypedForm
{
    Q_OBJECT

public:
    explicit PgInstanceForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    OptionalSpinBox *seqSpin() const { return mSeq; }
    QComboBox *roleCombo() const { return mRole; }
    QCheckBox *offlineQueryCheck() const { return mOfflineQuery; }
    QLineEdit *hostEdit() const { return mAnsibleHost; }
    OptionalSpinBox *sshPortSpin() const { return mAnsiblePort; }
    QLineEdit *userEdit() const { return mAnsibleUser; }
    QTableView *effectiveTable() const;
    VariablesForm *variablesForm() const { return mVariables; }

protected:
    void refresh() override;
    void retranslate() override;

private:
    QString var(const QString &name) const { return child(pointer(), name); }

    OptionalSpinBox *mSeq;
    QComboBox *mRole;
    QCheckBox *mOfflineQuery;
    QLineEdit *mAnsibleHost;
    OptionalSpinBox *mAnsiblePort;
    QLineEdit *mAnsibleUser;
    VariablesForm *mVariables;
    QPersistentModelIndex mShown; // the item the variables tables show
    QList<QLabel *> mLabels;
};

} // namespace stackyard
