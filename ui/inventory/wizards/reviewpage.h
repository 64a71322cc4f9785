// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace stackyard {

class CodeEditor;
class InventoryWizard;

// The last page of an InventoryWizard: the exact YAML that Finish adds (secrets as references),
// what happens to the secrets, the "write references only" option and the keychain progress.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(InventoryWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void refresh();
    void setStatus(const QString &text);
    CodeEditor *previewEditor() const { return mPreview; }
    QCheckBox *referencesOnlyBox() const { return mReferencesOnly; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    InventoryWizard *mWizard;
    CodeEditor *mPreview;
    QLabel *mNote;
    QCheckBox *mReferencesOnly;
    QLabel *mStatus;
    bool mOk = false;
};

} // namespace stackyard
