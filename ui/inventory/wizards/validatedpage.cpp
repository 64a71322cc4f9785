// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/validatedpage.h"

#include "shared/themedicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stackyard {

ValidatedPage::ValidatedPage(QWidget *parent)
    : QWizardPage(parent)
    , mBody(new QVBoxLayout)
    , mIcon(new QLabel(this))
    , mProblem(new QLabel(this))
{
    mProblem->setObjectName(QStringLiteral("problemLabel"));
    mProblem->setWordWrap(true);
    mProblem->setTextFormat(Qt::PlainText);
    mProblem->setForegroundRole(QPalette::Text);
    mIcon->setPixmap(themedIcon(QStringLiteral("status-warn")).pixmap(QSize(16, 16), devicePixelRatioF()));
    mIcon->setAlignment(Qt::AlignTop);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(mIcon);
    problemRow->addWidget(mProblem, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(mBody);
    layout->addStretch(1);
    layout->addLayout(problemRow);
    mIcon->hide();
    mProblem->hide();
}

QString ValidatedPage::problem() const
{
    return mCheck ? mCheck() : QString();
}

bool ValidatedPage::isComplete() const
{
    return problem().isEmpty();
}

void ValidatedPage::revalidate()
{
    const QString text = problem();
    mProblem->setText(text);
    mProblem->setVisible(!text.isEmpty());
    mIcon->setVisible(!text.isEmpty());
    emit completeChanged();
}

} // namespace stackyard
