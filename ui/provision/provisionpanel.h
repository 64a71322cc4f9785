// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/panel.h"

#include "core/error.h"
#include "provision/stepresult.h"
#include "transport/canceltoken.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace stackyard {

class EmptyState;
class InventorySession;
class PlanTreeModel;
class ProvisionJob;
class Provisioner;
class RunsView;
struct Plan;

// Provision: choose a cluster (or one user or database of it, or one host), see the exact plan —
// every step per host with its check, files and commands — apply it and watch each step live
// (state per host, output, progress, Cancel), and look back at past runs. Reading facts and
// applying happen on worker threads; the panel only shows what they report.
class ProvisionPanel : public Panel
{
    Q_OBJECT

public:
    ProvisionPanel(InventorySession *session, const ShellActions &actions, QWidget *parent = nullptr);
    ~ProvisionPanel() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("provision"); }
    void setInventory(const InventoryOverview *overview) override;

    // Selects a target (a cluster by name or by inventory group; optionally one user, database or
    // host of it) and makes its plan: the inventory tree's "Provision…".
    void planFor(const QString &cluster, const QString &user = {}, const QString &database = {}, const QString &host = {});

protected:
    void retranslate() override;

private:
    void refreshTargets();
    void refreshScopes();
    void makePlan();
    void onPrepared(std::shared_ptr<Provisioner> provisioner, const Plan &plan, const QHash<QString, bool> &sudoHosts);
    void onPrepareFailed(const Error &error);
    void apply();
    void cancel();
    void onStepStarted(int step);
    void onStepOutput(int step, const QString &text);
    void onStepFinished(int step, const StepResult &result);
    void onFinished(const RunSummary &summary);
    void showStep(const QModelIndex &index);
    void setBusy(bool busy);

    InventorySession *mSession;
    EmptyState *mEmpty;
    QWidget *mContent;
    QComboBox *mTarget;
    QComboBox *mScope;
    QComboBox *mHost;
    QPushButton *mPlanButton;
    QPushButton *mApplyButton;
    QPushButton *mCancelButton;
    QTabWidget *mTabs;
    QSplitter *mSplitter;
    QTreeView *mTree;
    PlanTreeModel *mModel;
    QPlainTextEdit *mOutput;
    QPlainTextEdit *mPlanText;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QLabel *mTargetLabel, *mScopeLabel, *mHostLabel;
    RunsView *mRuns;

    std::shared_ptr<Provisioner> mProvisioner;
    std::unique_ptr<Plan> mPlan;
    QHash<QString, bool> mSudoHosts;
    QPointer<ProvisionJob> mJob;
    QList<QString> mOutputs; // per step
    int mCurrentStep = -1;
    int mShownStep = -1;
    quint64 mGeneration = 0;
    CancelToken mPrepareCancel;
    bool mPreparing = false;
};

} // namespace stackyard
