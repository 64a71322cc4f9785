// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/combodelegate.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace stackyard {

ComboDelegate::ComboDelegate(const QStringList &choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , mChoices(choices)
{
}

QWidget *ComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"cellCombo"_s);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(mChoices);
    // Typed text is in the combo's line edit: watch its keys too, to know Enter from a pick.
    combo->lineEdit()->installEventFilter(const_cast<ComboDelegate *>(this));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        // Enter also activates a matching item; the base class commits that one.
        if (combo->property("enterPressed").toBool())
            return;
        auto *self = const_cast<ComboDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

bool ComboDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *lineEdit = qobject_cast<QLineEdit *>(object);
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QObject *combo = lineEdit ? lineEdit->parent() : object;
        combo->setProperty("enterPressed", key == Qt::Key_Return || key == Qt::Key_Enter);
    }
    if (lineEdit)
        return false; // only watched: the editor is the combo box, which gets the keys the line edit ignores
    return QStyledItemDelegate::eventFilter(object, event);
}

void ComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    combo->setCurrentIndex(combo->findText(value));
    combo->setEditText(value);
    combo->lineEdit()->selectAll();
}

void ComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
}

} // namespace stackyard
