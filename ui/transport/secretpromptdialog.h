// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stackyard {

// Asks for the passphrase of a private key file or a login password, masked, with a
// "Remember in the keychain" choice (off by default). The entry is cleared when the dialog
// goes away; the value is only handed out by secret().
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Passphrase, Password };

    // subject: the key file (Passphrase) or the server's prompt (Password); host: for the title;
    // retry: the previous answer was wrong.
    SecretPromptDialog(Kind kind, const QString &subject, const QString &host, bool retry, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QByteArray secret() const;
    bool remember() const;

    QLineEdit *secretEdit() const { return mEdit; }
    QCheckBox *rememberCheck() const { return mRemember; }
    QPushButton *okButton() const { return mOk; }

private:
    QLineEdit *mEdit;
    QCheckBox *mRemember;
    QPushButton *mOk;
};

} // namespace stackyard
