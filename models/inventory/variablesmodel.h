// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/effectivevariables.h"
#include "inventory/inventory.h"

#include <QAbstractTableModel>

namespace stackyard {

// The variables of one mapping of the inventory (all.vars, a group's vars, a host's vars) as an
// editable table: name and value as YAML text. It never changes itself: an edit is announced by
// valueEdited() for the session to apply, and the table is refilled from the new snapshot.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, SecretRole };

    explicit VariablesModel(QObject *parent = nullptr);

    // Shows the mapping at node of inventory (npos: an empty table).
    void setMapping(const Inventory &inventory, yaml::Tree::Index node);
    void clear();
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void valueEdited(const QString &name, const QString &yamlText);

private:
    struct Row
    {
        QString name;
        QString value;
        QString pointer;
        bool secret = false;
    };
    QList<Row> mRows;
};

// A host's effective variables (read-only): name, value (secrets masked), where it comes from.
class EffectiveVariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SourceColumn, ColumnCount };

    explicit EffectiveVariablesModel(QObject *parent = nullptr);

    void setVariables(const QList<EffectiveVariable> &variables);
    const QList<EffectiveVariable> &variables() const { return mVariables; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EffectiveVariable> mVariables;
};

} // namespace stackyard
