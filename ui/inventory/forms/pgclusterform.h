// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace stackyard {

class OptionalSpinBox;
class VariablesForm;

// A PostgreSQL cluster's own settings (its group vars): version, port, configuration template,
// max connections, backup repository and extensions, with a summary of its instances, users
// and databases. An empty field is not set in the file: its placeholder shows what applies
// then (all.vars or Pigsty's default), and clearing a field removes the key. Below, every
// variable of the group in the generic table, for those without a field here.
class PgClusterForm : public TypedForm
{
    Q_OBJECT

public:
    explicit PgClusterForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QLabel *clusterLabel() const { return mCluster; }
    QComboBox *versionCombo() const { return mVersion; }
    OptionalSpinBox *portSpin() const { return mPort; }
    QComboBox *confCombo() const { return mConf; }
    QLineEdit *maxConnEdit() const { return mMaxConn; }
    QComboBox *backupMethodCombo() const { return mBackupMethod; }
    QLineEdit *extensionsEdit() const { return mExtensions; }
    QLabel *summaryLabel() const { return mSummary; }
    VariablesForm *variablesForm() const { return mVariables; }

protected:
    void refresh() override;
    void retranslate() override;

private:
    QString var(const QString &name) const { return child(groupVarsPointer(), name); }
    // The repository names of the pgbackrest_repo that applies to this cluster.
    QStringList backupRepos() const;
    void writeExtensions();

    QLabel *mCluster;
    QComboBox *mVersion;
    OptionalSpinBox *mPort;
    QComboBox *mConf;
    QLineEdit *mMaxConn;
    QComboBox *mBackupMethod;
    QLineEdit *mExtensions;
    QLabel *mSummary;
    VariablesForm *mVariables;
    QPersistentModelIndex mShown; // the item the variables table shows
    QList<QLabel *> mLabels;
};

} // namespace stackyard
