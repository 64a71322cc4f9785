// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace stackyard {

// Edits a table cell with an editable combo box offering choices (aliases, methods, "IP PORT"
// instances…); any text may still be typed. Picking a choice from the list commits it at once;
// Enter and leaving the cell commit as in any cell.
class ComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ComboDelegate(const QStringList &choices, QObject *parent = nullptr);

    void setChoices(const QStringList &choices) { mChoices = choices; }
    const QStringList &choices() const { return mChoices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QStringList mChoices;
};

} // namespace stackyard
