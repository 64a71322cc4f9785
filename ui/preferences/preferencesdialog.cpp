// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/preferencesdialog.h"

#include "core/localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stackyard {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguageLabel(new QLabel(this))
    , mThemeLabel(new QLabel(this))
    , mPollLabel(new QLabel(this))
    , mNote(new QLabel(this))
    , mLanguage(new QComboBox(this))
    , mTheme(new QComboBox(this))
    , mPollInterval(new QSpinBox(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    mLanguage->setObjectName(QStringLiteral("languageCombo"));
    mTheme->setObjectName(QStringLiteral("themeCombo"));
    mPollInterval->setObjectName(QStringLiteral("pollIntervalSpin"));

    // Item data: "" = system, else a language code; theme keys as stored in settings.
    mLanguage->addItem(QString(), QString());
    for (const Localization::Language &language : Localization::available())
        mLanguage->addItem(language.nativeName, language.code);
    for (auto theme : {Preferences::Theme::System, Preferences::Theme::Light, Preferences::Theme::Dark})
        mTheme->addItem(QString(), Preferences::themeKey(theme));
    mPollInterval->setRange(Preferences::minPollInterval, Preferences::maxPollInterval);

    mLanguageLabel->setBuddy(mLanguage);
    mThemeLabel->setBuddy(mTheme);
    mPollLabel->setBuddy(mPollInterval);
    mNote->setWordWrap(true);
    mNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(mLanguageLabel, mLanguage);
    form->addRow(mThemeLabel, mTheme);
    form->addRow(mPollLabel, mPollInterval);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mNote);
    layout->addStretch();
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        emit applied(preferences());
        accept();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mButtons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applied(preferences()); });

    retranslate();
    setMinimumWidth(420);
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const int language = mLanguage->findData(preferences.language);
    mLanguage->setCurrentIndex(language >= 0 ? language : 0);
    mTheme->setCurrentIndex(mTheme->findData(Preferences::themeKey(preferences.theme)));
    mPollInterval->setValue(preferences.pollIntervalSeconds);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = mLanguage->currentData().toString();
    p.theme = Preferences::themeFromKey(mTheme->currentData().toString());
    p.pollIntervalSeconds = mPollInterval->value();
    return p;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    mLanguageLabel->setText(tr("&Language:"));
    mThemeLabel->setText(tr("&Theme:"));
    mPollLabel->setText(tr("&Poll interval:"));
    mLanguage->setItemText(0, tr("System default"));
    mTheme->setItemText(0, tr("System"));
    mTheme->setItemText(1, tr("Light"));
    mTheme->setItemText(2, tr("Dark"));
    mPollInterval->setSuffix(tr(" s"));
    mPollInterval->setToolTip(tr("How often the Health panel asks each instance for its state."));
    mNote->setText(tr("Language and theme change at once. The poll interval applies to the next poll."));
}

} // namespace stackyard
