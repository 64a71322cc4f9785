// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/formpage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stackyard {

class EffectiveVariablesModel;
class HostCheckPanel;
class VariablesModel;

// The variables of the selected cluster (its vars), host (its host vars) or of all.vars, as an
// editable table (values are YAML), with Add and Remove; for a host also its effective
// variables with their sources and "Test connection". Fallback form for every item without a typed form.
class VariablesForm : public FormPage
{
    Q_OBJECT

public:
    explicit VariablesForm(InventorySession *session, QWidget *parent = nullptr);

    bool handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const override;
    QTableView *table() const { return mTable; }
    QTableView *effectiveTable() const { return mEffectiveTable; }
    // "Test connection" for a host (hidden for groups and all.vars).
    HostCheckPanel *hostCheck() const { return mHostCheck; }
    // Adds a variable (YAML value) to the mapping shown.
    void addVariable(const QString &name, const QString &yamlValue);

protected:
    void refresh() override;
    void retranslate() override;

private:
    // The pointer of the mapping the table edits (the group's vars for a cluster).
    QString mappingPointer() const;
    void editValue(const QString &name, const QString &yamlText);
    void removeSelected();

    QLabel *mTitle;
    QLabel *mHint;
    VariablesModel *mModel;
    QTableView *mTable;
    QLineEdit *mNewName;
    QLineEdit *mNewValue;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QLabel *mEffectiveTitle;
    EffectiveVariablesModel *mEffective;
    QTableView *mEffectiveTable;
    QLabel *mConnectionTitle;
    HostCheckPanel *mHostCheck;
};

} // namespace stackyard
