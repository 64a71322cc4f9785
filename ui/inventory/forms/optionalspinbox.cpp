// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/optionalspinbox.h"

#include <QLineEdit>

namespace stackyard {

OptionalSpinBox::OptionalSpinBox(int minimum, int maximum, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(minimum - 1, maximum);
    setValue(minimum - 1);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

QString OptionalSpinBox::valueText() const
{
    return isSet() ? QString::number(value()) : QString();
}

void OptionalSpinBox::setValueText(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    setValue(ok && v > minimum() ? v : minimum());
    if (!ok || v <= minimum())
        lineEdit()->clear(); // textFromValue("") is not re-applied when the value did not change
}

void OptionalSpinBox::setPlaceholderText(const QString &text)
{
    lineEdit()->setPlaceholderText(text);
}

QString OptionalSpinBox::placeholderText() const
{
    return lineEdit()->placeholderText();
}

QString OptionalSpinBox::textFromValue(int value) const
{
    return value == minimum() ? QString() : QString::number(value);
}

int OptionalSpinBox::valueFromText(const QString &text) const
{
    return text.trimmed().isEmpty() ? minimum() : text.trimmed().toInt();
}

QValidator::State OptionalSpinBox::validate(QString &text, int &pos) const
{
    if (text.trimmed().isEmpty())
        return QValidator::Acceptable;
    return QSpinBox::validate(text, pos);
}

} // namespace stackyard
