// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/formpage.h"

#include "inventory/inventorysession.h"

#include <QEvent>

namespace stackyard {

FormPage::FormPage(InventorySession *session, QWidget *parent)
    : QWidget(parent)
    , mSession(session)
{
    connect(session, &InventorySession::changed, this, [this] {
        if (isVisible() && !mPointer.isEmpty()) {
            mRefreshing = true;
            refresh();
            mRefreshing = false;
        }
    });
}

void FormPage::showItem(const QModelIndex &index)
{
    mItem = index;
    mPointer = index.data(InventoryTreeModel::PointerRole).toString();
    mGroup = index.data(InventoryTreeModel::GroupRole).toString();
    mHost = index.data(InventoryTreeModel::HostRole).toString();
    mRefreshing = true;
    refresh();
    mRefreshing = false;
}

void FormPage::report(const QString &what, const QString &where)
{
    emit failed(where.isEmpty() ? what : where + QStringLiteral(": ") + what);
}

void FormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace stackyard
