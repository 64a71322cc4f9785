// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace stackyard {

// Language, theme and poll interval. The dialog only edits a Preferences value; the main window
// applies and stores it (language and theme take effect at once, no restart).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const;

    QComboBox *languageCombo() const { return mLanguage; }
    QComboBox *themeCombo() const { return mTheme; }
    QSpinBox *pollIntervalSpin() const { return mPollInterval; }

signals:
    // Emitted by Apply and OK.
    void applied(const stackyard::Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *mLanguageLabel;
    QLabel *mThemeLabel;
    QLabel *mPollLabel;
    QLabel *mNote;
    QComboBox *mLanguage;
    QComboBox *mTheme;
    QSpinBox *mPollInterval;
    QDialogButtonBox *mButtons;
};

} // namespace stackyard
