// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/typedform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stackyard {

class ExtensionsEditor;
class ListEditor;

// One database of a PostgreSQL cluster (an item of pg_databases): name, owner (one of the
// cluster's users, or any name), template, encoding, locale, comment, pgbouncer, state, schemas
// and extensions. Schema and extension items keep their form: a string stays a string until a
// schema or version is given, a mapping stays a mapping.
class PgDatabaseForm : public TypedForm
{
    Q_OBJECT

public:
    explicit PgDatabaseForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;

    QLineEdit *nameEdit() const { return mName; }
    QComboBox *ownerCombo() const { return mOwner; }
    QLineEdit *templateEdit() const { return mTemplate; }
    QLineEdit *encodingEdit() const { return mEncoding; }
    QLineEdit *localeEdit() const { return mLocale; }
    QLineEdit *commentEdit() const { return mComment; }
    QCheckBox *pgbouncerCheck() const { return mPgbouncer; }
    QComboBox *stateCombo() const { return mState; }
    ListEditor *schemasEditor() const { return mSchemas; }
    ExtensionsEditor *extensionsEditor() const { return mExtensions; }

protected:
    void refresh() override;
    void retranslate() override;

private:
    QString field(const QString &name) const { return child(pointer(), name); }
    void connectText(QLineEdit *edit, const QString &key);
    void writeName();
    void editExtension(int row, int column, const QString &value);
    void addExtension(const QString &name);

    QLineEdit *mName;
    QComboBox *mOwner;
    QLineEdit *mTemplate;
    QLineEdit *mEncoding;
    QLineEdit *mLocale;
    QLineEdit *mComment;
    QCheckBox *mPgbouncer;
    QComboBox *mState;
    ListEditor *mSchemas;
    ExtensionsEditor *mExtensions;
    QList<QLabel *> mLabels;
};

} // namespace stackyard
