// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QAbstractTableModel>

namespace stackyard {

// The pg_hba_rules of a PostgreSQL cluster as an editable table: user, db, addr, auth, title,
// order, role. Built from a snapshot; it never changes itself: an edit is announced by
// fieldEdited() for the session to apply, and the table is refilled from the new snapshot.
// Rules written as raw lines (`rules: [...]`) show them in the tooltip; only their title,
// order and role can be edited here.
class HbaRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserColumn, DbColumn, AddrColumn, AuthColumn, TitleColumn, OrderColumn, RoleColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, IsSetRole };

    explicit HbaRulesModel(QObject *parent = nullptr);

    // Shows the sequence at list (npos or anything but a sequence: an empty table).
    void setRules(const Inventory &inventory, yaml::Tree::Index list);
    void clear();
    // The rule's field a column edits ("user", "db", "addr"…).
    static QString fieldName(int column);
    // Whether the value is written as a string (every field but order).
    static bool isStringField(int column) { return column != OrderColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user changed field of rule row to value ("" = remove the field).
    void fieldEdited(int row, const QString &field, const QString &value);

private:
    struct Rule
    {
        QString values[ColumnCount];
        bool set[ColumnCount] = {};
        QString pointer;
        QString rawLines; // the `rules` lines, joined by newlines
        bool isMap = false;
    };
    QList<Rule> mRules;
};

} // namespace stackyard
