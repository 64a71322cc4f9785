// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace stackyard {

// A wizard page whose Next/Finish button is enabled only while its check finds no problem; the
// problem is shown, in words, under the page's fields. Call revalidate() when a field changes.
class ValidatedPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValidatedPage(QWidget *parent = nullptr);

    // The check returns "" when the page is complete, else what is wrong.
    void setCheck(std::function<QString()> check) { mCheck = std::move(check); }
    // Where the page's own widgets go (the problem label stays last).
    QVBoxLayout *body() const { return mBody; }
    QString problem() const;
    bool isComplete() const override;

public slots:
    void revalidate();

private:
    std::function<QString()> mCheck;
    QVBoxLayout *mBody;
    QLabel *mIcon;
    QLabel *mProblem;
};

} // namespace stackyard
