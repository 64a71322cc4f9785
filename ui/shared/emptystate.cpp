// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/emptystate.h"

#include "shared/themedicon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stackyard {

EmptyState::EmptyState(const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , mIconName(iconName)
    , mIcon(new QLabel(this))
    , mHeadline(new QLabel(this))
    , mDescription(new QLabel(this))
    , mButtons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    renderIcon();
    mIcon->setAlignment(Qt::AlignCenter);

    QFont headlineFont = mHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    mHeadline->setFont(headlineFont);
    mHeadline->setAlignment(Qt::AlignCenter);
    mHeadline->setWordWrap(true);
    mHeadline->setObjectName(QStringLiteral("emptyStateHeadline"));

    mDescription->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    mDescription->setWordWrap(true);
    mDescription->setTextFormat(Qt::PlainText);
    mDescription->setObjectName(QStringLiteral("emptyStateDescription"));

    mButtons->setSpacing(12);

    // The column has a bounded width and its labels fill it (no per-widget alignment, which
    // would break word-wrapped labels' height-for-width), centred by stretches on both sides.
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(14);
    columnLayout->addWidget(mIcon);
    columnLayout->addWidget(mHeadline);
    columnLayout->addWidget(mDescription);
    columnLayout->addSpacing(6);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addLayout(mButtons);
    buttonRow->addStretch();
    columnLayout->addLayout(buttonRow);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

void EmptyState::renderIcon()
{
    mIcon->setPixmap(themedIcon(mIconName).pixmap(QSize(64, 64), devicePixelRatioF(), QIcon::Disabled));
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        renderIcon();
    QWidget::changeEvent(event);
}

void EmptyState::setHeadline(const QString &text)
{
    mHeadline->setText(text);
}

void EmptyState::setDescription(const QString &text)
{
    mDescription->setText(text);
}

void EmptyState::setActions(const QList<QAction *> &actions)
{
    while (QLayoutItem *item = mButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    bool first = true;
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->icon(), action->iconText(), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefault(first);
        button->setAutoDefault(first);
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->iconText());
            button->setEnabled(action->isEnabled());
        });
        mButtons->addWidget(button);
        first = false;
    }
}

QString EmptyState::headline() const
{
    return mHeadline->text();
}

QString EmptyState::description() const
{
    return mDescription->text();
}

} // namespace stackyard
