// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/secretpromptdialog.h"

#include "transport/promptwidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

SecretPromptDialog::SecretPromptDialog(Kind kind, const QString &subject, const QString &host, bool retry,
                                       QWidget *parent)
    : QDialog(parent)
    , mEdit(new QLineEdit(this))
    , mRemember(new QCheckBox(tr("&Remember in the keychain"), this))
    , mOk(nullptr)
{
    setObjectName(u"secretPromptDialog"_s);
    mEdit->setObjectName(u"secretEdit"_s);
    mRemember->setObjectName(u"rememberSecretCheck"_s);
    mEdit->setEchoMode(QLineEdit::Password);
    mEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    mRemember->setToolTip(tr("Stores it in the OS keychain (never in the inventory or a file), so the next "
                             "connection does not ask again."));

    QString text;
    if (kind == Kind::Passphrase) {
        setWindowTitle(tr("Key passphrase for %1").arg(host));
        text = retry ? tr("The passphrase was wrong. Enter the passphrase of %1 again:")
                     : tr("Enter the passphrase of the private key %1:");
        text = text.arg(QDir::toNativeSeparators(subject));
    } else {
        setWindowTitle(tr("Password for %1").arg(host));
        text = retry ? tr("The password was refused. %1").arg(subject) : subject;
    }
    auto *label = new QLabel(text, this);
    label->setObjectName(u"secretPromptText"_s);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(mEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setObjectName(u"secretOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(iconAndText(QStyle::SP_MessageBoxQuestion, label, this));
    layout->addWidget(mEdit);
    layout->addWidget(mRemember);
    layout->addWidget(buttons);
    mEdit->setFocus();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

SecretPromptDialog::~SecretPromptDialog()
{
    mEdit->clear();
}

QByteArray SecretPromptDialog::secret() const
{
    return mEdit->text().toUtf8();
}

bool SecretPromptDialog::remember() const
{
    return mRemember->isChecked();
}

} // namespace stackyard
