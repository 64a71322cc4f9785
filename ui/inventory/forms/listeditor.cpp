// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/listeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace stackyard {

ListEditor::ListEditor(QWidget *parent)
    : QWidget(parent)
    , mList(new QListWidget(this))
    , mInput(new QComboBox(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
{
    mInput->setEditable(true);
    mInput->setInsertPolicy(QComboBox::NoInsert);
    mInput->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mInput->setMinimumContentsLength(14);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setMaximumHeight(mList->fontMetrics().height() * 6);
    mRemove->setEnabled(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mList, 0, 0, 3, 1);
    layout->addWidget(mInput, 0, 1);
    layout->addWidget(mAdd, 1, 1);
    layout->addWidget(mRemove, 2, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);

    connect(mAdd, &QPushButton::clicked, this, &ListEditor::requestAdd);
    connect(mInput->lineEdit(), &QLineEdit::returnPressed, this, &ListEditor::requestAdd);
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (mList->currentRow() >= 0 && mList->currentItem()->isSelected())
            emit removeRequested(mList->currentRow());
    });
    connect(mList, &QListWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mList->selectedItems().isEmpty()); });
    retranslate();
}

void ListEditor::requestAdd()
{
    const QString text = mInput->currentText().trimmed();
    if (text.isEmpty())
        return;
    mInput->setEditText(QString());
    emit addRequested(text);
}

void ListEditor::setItems(const QStringList &names, const QStringList &tooltips)
{
    const int row = mList->currentRow();
    const bool selected = mList->currentItem() && mList->currentItem()->isSelected();
    mList->clear();
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), mList);
        item->setToolTip(tooltips.value(i));
    }
    if (selected && row < mList->count())
        mList->setCurrentRow(row);
    mRemove->setEnabled(!mList->selectedItems().isEmpty());
}

void ListEditor::setSuggestions(const QStringList &values)
{
    const QString text = mInput->currentText();
    mInput->clear();
    mInput->addItems(values);
    mInput->setCurrentIndex(-1);
    mInput->setEditText(text);
}

void ListEditor::setPlaceholderText(const QString &text)
{
    mInput->lineEdit()->setPlaceholderText(text);
}

void ListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListEditor::retranslate()
{
    mAdd->setText(tr("Add"));
    mRemove->setText(tr("Remove"));
}

} // namespace stackyard
