// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/extensionseditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

ExtensionsEditor::ExtensionsEditor(QWidget *parent)
    : QWidget(parent)
    , mTable(new QTableWidget(0, ColumnCount, this))
    , mInput(new QComboBox(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
{
    mTable->setObjectName(u"extensionsTable"_s);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 10);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setMinimumHeight(mTable->fontMetrics().height() * 7);
    mTable->setMaximumHeight(mTable->fontMetrics().height() * 10);
    mInput->setEditable(true);
    mInput->setInsertPolicy(QComboBox::NoInsert);
    mInput->addItems({u"vector"_s, u"postgis"_s, u"pg_trgm"_s, u"pg_stat_statements"_s, u"pgcrypto"_s,
                      u"uuid-ossp"_s, u"hstore"_s, u"citext"_s, u"btree_gin"_s, u"btree_gist"_s, u"timescaledb"_s,
                      u"pg_cron"_s});
    mInput->setCurrentIndex(-1);
    mRemove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mInput, 1);
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTable);
    layout->addLayout(buttons);

    connect(mTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!mFilling)
            emit cellEdited(item->row(), item->column(), item->text().trimmed());
    });
    connect(mTable, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mTable->selectedItems().isEmpty()); });
    connect(mAdd, &QPushButton::clicked, this, &ExtensionsEditor::requestAdd);
    connect(mInput->lineEdit(), &QLineEdit::returnPressed, this, &ExtensionsEditor::requestAdd);
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (!mTable->selectedItems().isEmpty())
            emit removeRequested(mTable->selectedItems().constFirst()->row());
    });
    retranslate();
}

QString ExtensionsEditor::fieldName(int column)
{
    static const char *const names[ColumnCount] = {"name", "schema", "version"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

void ExtensionsEditor::setExtensions(const QList<Extension> &extensions)
{
    mFilling = true;
    const int selected = mTable->selectedItems().isEmpty() ? -1 : mTable->selectedItems().constFirst()->row();
    mTable->setRowCount(int(extensions.size()));
    for (int r = 0; r < extensions.size(); ++r) {
        const Extension &e = extensions.at(r);
        const QString values[ColumnCount] = {e.name, e.schema, e.version};
        for (int c = 0; c < ColumnCount; ++c) {
            // Items are updated in place: the one being edited is still in use by the view.
            QTableWidgetItem *item = mTable->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                mTable->setItem(r, c, item);
            }
            item->setText(values[c]);
            item->setToolTip(e.source);
        }
    }
    if (selected >= 0 && selected < mTable->rowCount())
        mTable->selectRow(selected);
    mRemove->setEnabled(!mTable->selectedItems().isEmpty());
    mFilling = false;
}

void ExtensionsEditor::requestAdd()
{
    const QString name = mInput->currentText().trimmed();
    if (name.isEmpty())
        return;
    mInput->setCurrentIndex(-1);
    mInput->setEditText(QString());
    emit addRequested(name);
}

void ExtensionsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExtensionsEditor::retranslate()
{
    mTable->setHorizontalHeaderLabels({tr("Extension"), tr("Schema"), tr("Version")});
    mInput->lineEdit()->setPlaceholderText(tr("Extension to create, e.g. vector"));
    mAdd->setText(tr("Add"));
    mRemove->setText(tr("Remove"));
}

} // namespace stackyard
