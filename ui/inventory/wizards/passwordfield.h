// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace stackyard {

// A password with a "show" toggle and a "generate" button; it starts with a generated one.
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget *parent = nullptr);

    QString password() const;
    void setPassword(const QString &password);
    void regenerate();
    QLineEdit *lineEdit() const { return mEdit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *mEdit;
    QToolButton *mShow;
    QToolButton *mGenerate;
};

} // namespace stackyard
