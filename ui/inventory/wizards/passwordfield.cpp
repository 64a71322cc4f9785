// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/passwordfield.h"

#include "inventory/wizards/secretwriter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace stackyard {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent)
    , mEdit(new QLineEdit(this))
    , mShow(new QToolButton(this))
    , mGenerate(new QToolButton(this))
{
    mEdit->setObjectName(QStringLiteral("passwordEdit"));
    mEdit->setEchoMode(QLineEdit::Password);
    mEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mShow->setObjectName(QStringLiteral("showPasswordButton"));
    mShow->setCheckable(true);
    mGenerate->setObjectName(QStringLiteral("generatePasswordButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mEdit, 1);
    layout->addWidget(mShow);
    layout->addWidget(mGenerate);
    connect(mShow, &QToolButton::toggled, this,
        [this](bool on) { mEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(mGenerate, &QToolButton::clicked, this, &PasswordField::regenerate);
    connect(mEdit, &QLineEdit::textChanged, this, &PasswordField::changed);
    setFocusProxy(mEdit);
    regenerate();
    retranslate();
}

QString PasswordField::password() const
{
    return mEdit->text();
}

void PasswordField::setPassword(const QString &password)
{
    mEdit->setText(password);
}

void PasswordField::regenerate()
{
    mEdit->setText(SecretWriter::generatePassword(24));
}

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordField::retranslate()
{
    mShow->setText(tr("Show"));
    mShow->setToolTip(tr("Show or hide the password"));
    mGenerate->setText(tr("Generate"));
    mGenerate->setToolTip(tr("Replace it with a new random password of 24 letters and digits"));
}

} // namespace stackyard
