// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/reviewpage.h"

#include "inventory/wizards/inventorywizard.h"
#include "shared/codeeditor.h"
#include "shared/yamlhighlighting.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace stackyard {

ReviewPage::ReviewPage(InventoryWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
    , mPreview(new CodeEditor(this))
    , mNote(new QLabel(this))
    , mReferencesOnly(new QCheckBox(this))
    , mStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    mPreview->setObjectName(QStringLiteral("reviewPreview"));
    mPreview->setReadOnly(true);
    mPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth); // nothing of the change hides off-screen
    mPreview->setMinimumHeight(200);
    attachYamlHighlighting(mPreview->document(), isDarkPalette(palette()));
    mNote->setObjectName(QStringLiteral("reviewSecretsNote"));
    mNote->setWordWrap(true);
    mNote->setTextFormat(Qt::PlainText);
    mNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mReferencesOnly->setObjectName(QStringLiteral("referencesOnlyBox"));
    mStatus->setObjectName(QStringLiteral("reviewStatus"));
    mStatus->setWordWrap(true);
    mStatus->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mPreview, 1);
    layout->addWidget(mNote);
    layout->addWidget(mReferencesOnly);
    layout->addWidget(mStatus);

    connect(mReferencesOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (on != mWizard->writeReferencesOnly())
            mWizard->setWriteReferencesOnly(on);
    });
    retranslate();
}

void ReviewPage::initializePage()
{
    refresh();
}

bool ReviewPage::isComplete() const
{
    return mOk && !mWizard->isStoringSecrets();
}

void ReviewPage::refresh()
{
    const Result<QString> preview = mWizard->preview();
    mOk = preview.ok();
    mPreview->setPlainText(mOk ? *preview : tr("# This change cannot be made:\n# %1").arg(preview.error().toString()));
    mNote->setText(mWizard->secretsNote());
    mNote->setVisible(!mNote->text().isEmpty());
    {
        const QSignalBlocker block(mReferencesOnly);
        mReferencesOnly->setChecked(mWizard->writeReferencesOnly());
    }
    emit completeChanged();
}

void ReviewPage::setStatus(const QString &text)
{
    mStatus->setText(text);
    mStatus->setVisible(!text.isEmpty());
    mReferencesOnly->setEnabled(!mWizard->isStoringSecrets());
    emit completeChanged();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Finish adds exactly these lines to the inventory, as one step you can undo."));
    mReferencesOnly->setText(tr("Write references only (store the secrets in the keychain later)"));
}

} // namespace stackyard
