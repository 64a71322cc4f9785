// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace stackyard {

// A spin box for an integer that may be left unset: empty text (showing a placeholder such as
// the default) means "not set". Internally the value one below the real minimum stands for it.
class OptionalSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    OptionalSpinBox(int minimum, int maximum, QWidget *parent = nullptr);

    bool isSet() const { return value() != minimum(); }
    // The value as text, "" when unset.
    QString valueText() const;
    // Shows text ("" or not a number: unset).
    void setValueText(const QString &text);
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
};

} // namespace stackyard
