// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace stackyard {

// A password of the inventory: typed in a masked line edit with a Show toggle, or, when the
// value is a keychain reference (${secret:NAME}), shown as "stored in the keychain as NAME" and
// not editable as text (the secret itself never enters the file).
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    // Shows value as the document has it (does not emit edited()).
    void setValue(const QString &value);
    QString text() const;
    // The keychain name when the value is a reference, else "".
    QString secretName() const { return mSecretName; }
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return mEdit; }
    QToolButton *showButton() const { return mShow; }
    QLabel *storedLabel() const { return mStored; }

signals:
    // The user finished editing the text (Enter or focus out).
    void edited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *mEdit;
    QToolButton *mShow;
    QLabel *mStored;
    QString mSecretName;
};

} // namespace stackyard
