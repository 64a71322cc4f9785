// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stackyard {

class ListEditor;
class OptionalSpinBox;
class SecretField;

// One business user of a PostgreSQL cluster (an item of pg_users): name, password (masked, or
// a keychain reference), role attributes as tri-state boxes (partially checked = not in the
// file, so PostgreSQL's or Pigsty's default applies), limits, pgbouncer pool mode, granted
// roles and comment. Role items written as mappings ({name: …, admin: true}) stay as they are.
class PgUserForm : public TypedForm
{
    Q_OBJECT

public:
    // The boolean attributes, in the order of their boxes.
    static const QStringList &attributes();

    explicit PgUserForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QLineEdit *nameEdit() const { return mName; }
    SecretField *passwordField() const { return mPassword; }
    QCheckBox *attributeCheck(const QString &attribute) const;
    OptionalSpinBox *connLimitSpin() const { return mConnLimit; }
    OptionalSpinBox *expireInSpin() const { return mExpireIn; }
    QComboBox *poolModeCombo() const { return mPoolMode; }
    ListEditor *rolesEditor() const { return mRoles; }
    QLineEdit *commentEdit() const { return mComment; }

protected:
    void refresh() override;
    void retranslate() override;

private:
    QString field(const QString &name) const { return child(pointer(), name); }
    void writeName();
    void addRole(const QString &role);
    void removeRole(int row);

    QLineEdit *mName;
    SecretField *mPassword;
    QList<QCheckBox *> mAttributes;
    OptionalSpinBox *mConnLimit;
    OptionalSpinBox *mExpireIn;
    QComboBox *mPoolMode;
    ListEditor *mRoles;
    QLineEdit *mComment;
    QList<QLabel *> mLabels;
};

} // namespace stackyard
