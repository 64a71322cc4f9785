// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/secretfield.h"

#include "secrets/secretref.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace stackyard {

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , mEdit(new QLineEdit(this))
    , mShow(new QToolButton(this))
    , mStored(new QLabel(this))
{
    mEdit->setEchoMode(QLineEdit::Password);
    mShow->setCheckable(true);
    mShow->setObjectName(u"showSecretButton"_s);
    mStored->hide();
    mStored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mEdit, 1);
    layout->addWidget(mShow);
    layout->addWidget(mStored, 1);
    connect(mShow, &QToolButton::toggled, this, [this](bool shown) {
        mEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(mEdit, &QLineEdit::editingFinished, this, [this] {
        if (mSecretName.isEmpty())
            emit edited(mEdit->text());
    });
    setFocusProxy(mEdit);
    retranslate();
}

void SecretField::setValue(const QString &value)
{
    if (value != text())
        mShow->setChecked(false); // another password (another user): masked again
    const std::optional<QString> name = SecretRef::parse(value);
    mSecretName = name.value_or(QString());
    mEdit->setVisible(!name);
    mShow->setVisible(!name);
    mStored->setVisible(bool(name));
    mEdit->setText(name ? QString() : value);
    retranslate();
}

QString SecretField::text() const
{
    return mSecretName.isEmpty() ? mEdit->text() : SecretRef::format(mSecretName);
}

void SecretField::setPlaceholderText(const QString &text)
{
    mEdit->setPlaceholderText(text);
}

void SecretField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecretField::retranslate()
{
    mShow->setText(mShow->isChecked() ? tr("Hide") : tr("Show"));
    mShow->setToolTip(tr("Show or hide the password"));
    mStored->setText(tr("Stored in the keychain as %1").arg(mSecretName));
    mStored->setToolTip(tr("The file holds only a reference (${secret:%1}); the password is in the system keychain.")
                            .arg(mSecretName));
}

} // namespace stackyard
