// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/wizards/inventorywizard.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace stackyard {

class PasswordField;
class ValidatedPage;

// Inventory ▸ New Redis Cluster: a name, one host, its instance ports (the first is the primary,
// the others its replicas), the memory limit per instance and a password kept in the keychain.
// Finish adds the group under /all/children in one step.
class NewRedisClusterWizard : public InventoryWizard
{
    Q_OBJECT

public:
    explicit NewRedisClusterWizard(InventorySession *session, QWidget *parent = nullptr);

    QString clusterName() const;
    QString host() const;
    QList<int> ports() const;
    QString secretName() const;
    QString groupPointer() const override;
    YAML::Node groupNode() const;

protected:
    InventoryEdits edits(bool secretsStored) const override;
    QList<SecretWriter::Item> secrets() const override;
    QString undoText() const override;
    void changeEvent(QEvent *event) override;

private:
    QString problem() const;
    void retranslate();

    ValidatedPage *mPage;
    QLabel *mNameLabel;
    QLineEdit *mName;
    QLabel *mHostLabel;
    QLineEdit *mHost;
    QLabel *mPortsLabel;
    QLineEdit *mPorts;
    QLabel *mPortsHint;
    QLabel *mMemoryLabel;
    QLineEdit *mMemory;
    QCheckBox *mUsePassword;
    QLabel *mPasswordLabel;
    PasswordField *mPassword;
    QLabel *mSecretLabel;
    QLineEdit *mSecretName;
    bool mSecretNameEdited = false;
};

} // namespace stackyard
