// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stackyard {

class ComboDelegate;
class OptionalSpinBox;
class RedisInstancesModel;
class SecretField;

// Redis: for a cluster, its mode, password, memory limit and policy and RDB save points (group
// vars); for a host (or one of its instances), its node number and instances — ports, each a
// primary or a replica of another instance of the inventory ("IP PORT").
class RedisForm : public TypedForm
{
    Q_OBJECT

public:
    explicit RedisForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QComboBox *modeCombo() const { return mMode; }
    SecretField *passwordField() const { return mPassword; }
    QLineEdit *maxMemoryEdit() const { return mMaxMemory; }
    QComboBox *memPolicyCombo() const { return mMemPolicy; }
    QLineEdit *rdbSaveEdit() const { return mRdbSave; }
    OptionalSpinBox *nodeSpin() const { return mNode; }
    QTableView *instancesTable() const { return mInstancesTable; }
    RedisInstancesModel *instancesModel() const { return mInstances; }
    QPushButton *addInstanceButton() const { return mAddInstance; }
    QPushButton *removeInstanceButton() const { return mRemoveInstance; }
    void addInstance();

protected:
    void refresh() override;
    void retranslate() override;

private:
    bool isClusterItem() const;
    QString var(const QString &name) const { return child(groupVarsPointer(), name); }
    QString hostPointer() const;
    QString instancePointer(const QString &port) const;
    void refreshCluster();
    void refreshHost();
    void removeSelectedInstance();

    QGroupBox *mClusterBox;
    QComboBox *mMode;
    SecretField *mPassword;
    QLineEdit *mMaxMemory;
    QComboBox *mMemPolicy;
    QLineEdit *mRdbSave;
    QGroupBox *mHostBox;
    OptionalSpinBox *mNode;
    RedisInstancesModel *mInstances;
    QTableView *mInstancesTable;
    ComboDelegate *mReplicaOfDelegate;
    QPushButton *mAddInstance;
    QPushButton *mRemoveInstance;
    QList<QLabel *> mLabels;
    QString mShownInstance; // the instance item whose row was selected last
};

} // namespace stackyard
