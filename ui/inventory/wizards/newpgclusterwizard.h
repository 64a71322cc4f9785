// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/wizards/inventorywizard.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stackyard {

class PasswordField;
class ValidatedPage;

// Inventory ▸ New PostgreSQL Cluster: a name, its hosts (the first is the primary, the others
// replicas), the PostgreSQL version, a first user whose generated password goes to the keychain,
// a first database owned by that user (optionally with pgvector) and an HBA rule letting the user
// in from the intranet with a password. Finish adds the group under /all/children in one step.
class NewPgClusterWizard : public InventoryWizard
{
    Q_OBJECT

public:
    explicit NewPgClusterWizard(InventorySession *session, QWidget *parent = nullptr);

    QString clusterName() const;
    QStringList hosts() const;
    QString userName() const;
    QString secretName() const;
    QString groupPointer() const override;
    // The group as it is added (the password as a ${secret:…} reference).
    YAML::Node groupNode() const;

protected:
    InventoryEdits edits(bool secretsStored) const override;
    QList<SecretWriter::Item> secrets() const override;
    QString undoText() const override;
    void changeEvent(QEvent *event) override;

private:
    void createClusterPage();
    void createUserPage();
    void retranslate();
    void suggestNames();

    ValidatedPage *mClusterPage;
    ValidatedPage *mUserPage;
    QLabel *mNameLabel;
    QLineEdit *mName;
    QLabel *mHostsLabel;
    QLineEdit *mHosts;
    QLabel *mHostsHint;
    QLabel *mVersionLabel;
    QComboBox *mVersion;
    QLabel *mUserLabel;
    QLineEdit *mUser;
    QLabel *mPasswordLabel;
    PasswordField *mPassword;
    QLabel *mSecretLabel;
    QLineEdit *mSecretName;
    QLabel *mDatabaseLabel;
    QLineEdit *mDatabase;
    QCheckBox *mPgvector;
    QLabel *mHbaHint;
    bool mSecretNameEdited = false;
    bool mUserEdited = false;
    bool mDatabaseEdited = false;
};

} // namespace stackyard
