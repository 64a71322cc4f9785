// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/wizards/appconf.h"
#include "inventory/wizards/inventorywizard.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace stackyard {

class ValidatedPage;

// Inventory ▸ New App: Dify or Open WebUI as a compose app, wired to a PostgreSQL cluster of the
// inventory (an existing database and user, or new ones added to that cluster with pgvector and
// HBA rules) and, for Dify, to a Redis cluster of the inventory or the stack's own Redis. The
// app group and every change to the clusters go in as one undo step. Passwords are ${secret:…}
// references: a new user's password and the app's signing key are generated and stored in the
// keychain; an existing user's plain-text password is moved there and replaced by its reference.
class NewAppWizard : public InventoryWizard
{
    Q_OBJECT

public:
    explicit NewAppWizard(InventorySession *session, QWidget *parent = nullptr);

    AppConf::App app() const;
    QString groupName() const;
    QString groupPointer() const override;
    bool createsDatabase() const;
    // The app's settings as they are written (passwords as references).
    AppConf appConf() const;

protected:
    InventoryEdits edits(bool secretsStored) const override;
    QList<SecretWriter::Item> secrets() const override;
    QStringList unstoredSecrets() const override;
    QString undoText() const override;
    void changeEvent(QEvent *event) override;

private:
    struct Credential
    {
        QString name; // keychain name the app refers to
        QString value; // the plain text to store ("" when unknown or nothing to store)
        QString pointer; // where the plain text stands, to be replaced by the reference
        bool unknown = false; // a hash or nothing: the user must store the password
    };

    void createAppPage();
    void createDatabasePage();
    void retranslate();
    void appChanged();
    void clusterChanged();
    void databaseModeChanged();
    QString appProblem() const;
    QString databaseProblem() const;
    QString pgGroup() const;
    QString redisGroup() const;
    Credential userCredential() const;
    Credential redisCredential() const;

    ValidatedPage *mAppPage;
    ValidatedPage *mDatabasePage;
    QLabel *mAppLabel;
    QComboBox *mApp;
    QLabel *mGroupLabel;
    QLineEdit *mGroup;
    QLabel *mHostLabel;
    QComboBox *mHost;
    QLabel *mPortLabel;
    QSpinBox *mPort;
    QLabel *mDataLabel;
    QLineEdit *mDataDir;
    QLabel *mClusterLabel;
    QComboBox *mCluster;
    QRadioButton *mUseExisting;
    QRadioButton *mCreateNew;
    QLabel *mDatabaseLabel;
    QComboBox *mDatabase;
    QLabel *mUserLabel;
    QComboBox *mUser;
    QLabel *mNewDatabaseLabel;
    QLineEdit *mNewDatabase;
    QLabel *mNewUserLabel;
    QLineEdit *mNewUser;
    QLabel *mRedisLabel;
    QComboBox *mRedis;
    QLabel *mNote;
    QString mNewPassword;
    QString mSecretKey;
    QString mRedisPassword;
    bool mGroupEdited = false;
};

} // namespace stackyard
