// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/provisionpanel.h"

#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/plantreemodel.h"
#include "provision/provisioner.h"
#include "provision/runrecord.h"
#include "provision/runsview.h"
#include "provision/transportfactory.h"
#include "shared/emptystate.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <thread>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// What the panel keeps between Plan and Apply: the inventory snapshot the plan was made from
// and the provisioner (its connections) that made it.
struct PlanContext
{
    PlanContext(Inventory snapshot, QWidget *dialogParent)
        : inventory(std::move(snapshot))
        , provisioner(inventory, guiTransportFactory(inventory, dialogParent))
    {
    }
    Inventory inventory;
    Provisioner provisioner;
};

// The target combo's inventory group of each cluster.
constexpr int GroupRole = Qt::UserRole + 1;

// Cluster kinds the panel offers, as item data: "pg:<name>", "redis:<name>", "app:<group>".
QString kindOf(const QString &data)
{
    return data.section(u':', 0, 0);
}

QString nameOf(const QString &data)
{
    return data.section(u':', 1);
}

} // namespace

ProvisionPanel::ProvisionPanel(InventorySession *session, const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
    , mSession(session)
    , mEmpty(new EmptyState(u"provision"_s, this))
    , mContent(new QWidget(this))
    , mTarget(new QComboBox(mContent))
    , mScope(new QComboBox(mContent))
    , mHost(new QComboBox(mContent))
    , mPlanButton(new QPushButton(mContent))
    , mApplyButton(new QPushButton(mContent))
    , mCancelButton(new QPushButton(mContent))
    , mTabs(new QTabWidget(mContent))
    , mSplitter(new QSplitter(Qt::Horizontal))
    , mTree(new QTreeView(mSplitter))
    , mModel(new PlanTreeModel(this))
    , mOutput(new QPlainTextEdit(mSplitter))
    , mPlanText(new QPlainTextEdit)
    , mProgress(new QProgressBar(mContent))
    , mStatus(new QLabel(mContent))
    , mTargetLabel(new QLabel(mContent))
    , mScopeLabel(new QLabel(mContent))
    , mHostLabel(new QLabel(mContent))
    , mRuns(new RunsView)
{
    setObjectName(u"provisionPanel"_s);
    mTarget->setObjectName(u"provisionTarget"_s);
    mScope->setObjectName(u"provisionScope"_s);
    mHost->setObjectName(u"provisionHost"_s);
    mPlanButton->setObjectName(u"provisionPlan"_s);
    mApplyButton->setObjectName(u"provisionApply"_s);
    mCancelButton->setObjectName(u"provisionCancel"_s);
    mTree->setObjectName(u"provisionSteps"_s);
    mOutput->setObjectName(u"provisionOutput"_s);
    mStatus->setObjectName(u"provisionStatus"_s);
    // Long names elide rather than widen the window: the bar fits in 1000 px with labels.
    for (QComboBox *combo : {mTarget, mScope, mHost}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == mHost ? 6 : 10);
    }

    mModel->attach(mTree);
    mTree->setAlternatingRowColors(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {mOutput, mPlanText}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setMaximumBlockCount(20000);
    }
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mProgress->setTextVisible(true);
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mTargetLabel);
    bar->addWidget(mTarget, 2);
    bar->addWidget(mScopeLabel);
    bar->addWidget(mScope, 2);
    bar->addWidget(mHostLabel);
    bar->addWidget(mHost, 1);
    bar->addWidget(mPlanButton);
    bar->addWidget(mApplyButton);
    bar->addWidget(mCancelButton);

    auto *applyPage = new QWidget;
    auto *applyLayout = new QVBoxLayout(applyPage);
    applyLayout->setContentsMargins(0, 0, 0, 0);
    applyLayout->addWidget(mSplitter, 1);
    mTabs->addTab(applyPage, QString());
    mTabs->addTab(mPlanText, QString());
    mTabs->addTab(mRuns, QString());

    auto *layout = new QVBoxLayout(mContent);
    layout->addLayout(bar);
    layout->addWidget(mTabs, 1);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(mEmpty);
    stack->addWidget(mContent);
    mEmpty->setActions({actions.openInventory, actions.openSample});

    connect(mTarget, &QComboBox::currentIndexChanged, this, &ProvisionPanel::refreshScopes);
    connect(mPlanButton, &QPushButton::clicked, this, &ProvisionPanel::makePlan);
    connect(mApplyButton, &QPushButton::clicked, this, &ProvisionPanel::apply);
    connect(mCancelButton, &QPushButton::clicked, this, &ProvisionPanel::cancel);
    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProvisionPanel::showStep);
    connect(mTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (mTabs->widget(tab) == mRuns)
            mRuns->refresh();
    });
    retranslate();
    setBusy(false);
}

ProvisionPanel::~ProvisionPanel()
{
    mPrepareCancel.cancel();
    if (mJob)
        mJob->cancel();
}

QString ProvisionPanel::title() const
{
    return tr("Provision");
}

void ProvisionPanel::retranslate()
{
    mEmpty->setHeadline(tr("Provision clusters and apps in one click"));
    mEmpty->setDescription(tr("Open an inventory: pick a PostgreSQL or Redis cluster or an app group, review the exact plan — "
                              "every command and every file, secrets masked — then apply it and watch each step. Applying "
                              "twice changes nothing."));
    mTargetLabel->setText(tr("&Cluster:"));
    mTargetLabel->setBuddy(mTarget);
    mScopeLabel->setText(tr("&Scope:"));
    mScopeLabel->setBuddy(mScope);
    mHostLabel->setText(tr("&Host:"));
    mHostLabel->setBuddy(mHost);
    mPlanButton->setText(tr("&Plan"));
    mPlanButton->setToolTip(tr("Read the hosts' facts and show every step, command and file; nothing is changed"));
    mApplyButton->setText(tr("&Apply"));
    mApplyButton->setToolTip(tr("Run the plan: each step first checks whether its state is already so"));
    mCancelButton->setText(tr("Cancel"));
    mTabs->setTabText(0, tr("Steps"));
    mTabs->setTabText(1, tr("Plan text"));
    mTabs->setTabText(2, tr("Past runs"));
    mOutput->setPlaceholderText(tr("The output of the selected step appears here."));
    mPlanText->setPlaceholderText(tr("Make a plan to see every command and file it holds."));
    refreshTargets();
}

void ProvisionPanel::setInventory(const InventoryOverview *overview)
{
    auto *stack = qobject_cast<QStackedLayout *>(layout());
    stack->setCurrentWidget(overview ? mContent : mEmpty);
    refreshTargets();
}

void ProvisionPanel::refreshTargets()
{
    const QString previous = mTarget->currentData().toString();
    const QSignalBlocker block(mTarget);
    mTarget->clear();
    if (!mSession->isOpen() || !mSession->document()->hasInventory()) {
        refreshScopes();
        return;
    }
    const Inventory &inv = mSession->document()->inventory();
    const auto add = [this](const QString &text, const QString &value, const QString &group) {
        mTarget->addItem(text, value);
        mTarget->setItemData(mTarget->count() - 1, group, GroupRole);
    };
    for (const PgCluster &c : PgCluster::all(inv))
        add(tr("PostgreSQL %1").arg(c.name), u"pg:"_s + c.name, c.group);
    for (const RedisCluster &c : RedisCluster::all(inv))
        add(tr("Redis %1").arg(c.name), u"redis:"_s + c.name, c.group);
    for (const AppGroup &g : AppGroup::all(inv))
        add(tr("Apps of %1").arg(g.group), u"app:"_s + g.group, g.group);
    if (const int i = mTarget->findData(previous); i >= 0)
        mTarget->setCurrentIndex(i);
    refreshScopes();
}

void ProvisionPanel::refreshScopes()
{
    mScope->clear();
    mHost->clear();
    mScope->addItem(tr("Whole cluster"), QString());
    mHost->addItem(tr("All hosts"), QString());
    const QString target = mTarget->currentData().toString();
    if (target.isEmpty() || !mSession->isOpen() || !mSession->document()->hasInventory()) {
        setBusy(false);
        return;
    }
    const Inventory &inv = mSession->document()->inventory();
    if (kindOf(target) == u"pg"_s) {
        if (const auto c = PgCluster::find(inv, nameOf(target)); c) {
            for (const PgUser &u : c->users)
                mScope->addItem(tr("User %1").arg(u.name), u"user:"_s + u.name);
            for (const PgDatabase &d : c->databases)
                mScope->addItem(tr("Database %1").arg(d.name), u"database:"_s + d.name);
            for (const PgInstance &i : c->instances)
                mHost->addItem(u"%1 (%2)"_s.arg(i.hostKey, i.name(c->name)), i.hostKey);
        }
    } else if (kindOf(target) == u"redis"_s) {
        if (const auto c = RedisCluster::find(inv, nameOf(target)); c) {
            QStringList hosts;
            for (const RedisInstance &i : c->instances)
                if (!hosts.contains(i.hostKey))
                    hosts << i.hostKey;
            for (const QString &h : hosts)
                mHost->addItem(h, h);
        }
    }
    setBusy(false);
}

void ProvisionPanel::planFor(const QString &cluster, const QString &user, const QString &database, const QString &host)
{
    refreshTargets();
    for (int i = 0; i < mTarget->count(); ++i)
        if (nameOf(mTarget->itemData(i).toString()) == cluster || mTarget->itemData(i, GroupRole).toString() == cluster) {
            mTarget->setCurrentIndex(i);
            break;
        }
    if (!user.isEmpty())
        mScope->setCurrentIndex(std::max(0, mScope->findData(u"user:"_s + user)));
    if (!database.isEmpty())
        mScope->setCurrentIndex(std::max(0, mScope->findData(u"database:"_s + database)));
    if (!host.isEmpty())
        mHost->setCurrentIndex(std::max(0, mHost->findData(host)));
    makePlan();
}

void ProvisionPanel::setBusy(bool busy)
{
    const bool running = mJob && !mJob->isFinished();
    const bool haveTarget = mTarget->count() > 0;
    mTarget->setEnabled(!busy && !running);
    mScope->setEnabled(!busy && !running && mScope->count() > 1);
    mHost->setEnabled(!busy && !running && mHost->count() > 1);
    mPlanButton->setEnabled(!busy && !running && haveTarget);
    mApplyButton->setEnabled(!busy && !running && mPlan && !mPlan->steps.isEmpty());
    mCancelButton->setEnabled(busy || running);
}

void ProvisionPanel::makePlan()
{
    if (!mSession->isOpen() || !mSession->document()->hasInventory() || mTarget->currentIndex() < 0)
        return;
    const QString target = nameOf(mTarget->currentData().toString());
    const QString scope = mScope->currentData().toString();
    Provisioner::Target t{target, mHost->currentData().toString(),
                          scope.startsWith(u"user:"_s) ? scope.mid(5) : QString(),
                          scope.startsWith(u"database:"_s) ? scope.mid(9) : QString()};
    mPlan.reset();
    mProvisioner.reset();
    mModel->clear();
    mPlanText->clear();
    mOutput->clear();
    mProgress->setRange(0, 0);
    mStatus->setText(tr("Reading the facts of the hosts of %1…").arg(target));
    mPreparing = true;
    setBusy(true);
    const quint64 generation = ++mGeneration;
    auto context = std::make_shared<PlanContext>(mSession->document()->inventory(), this);
    mPrepareCancel = CancelToken();
    QPointer<ProvisionPanel> self(this);
    std::thread([self, context, t, generation, cancel = mPrepareCancel] {
        Result<Provisioner::Prepared> prepared = context->provisioner.prepare(t, cancel);
        QMetaObject::invokeMethod(
            qApp,
            [self, context, prepared = std::move(prepared), generation] {
                if (!self || generation != self->mGeneration)
                    return; // a newer plan was asked for meanwhile
                if (!prepared) {
                    self->onPrepareFailed(prepared.error());
                    return;
                }
                // The provisioner keeps the context's inventory alive with it.
                std::shared_ptr<Provisioner> provisioner(context, &context->provisioner);
                self->onPrepared(provisioner, prepared->plan, prepared->sudoHosts);
            },
            Qt::QueuedConnection);
    }).detach();
}

void ProvisionPanel::onPrepared(std::shared_ptr<Provisioner> provisioner, const Plan &plan, const QHash<QString, bool> &sudoHosts)
{
    mPreparing = false;
    mProvisioner = std::move(provisioner);
    mPlan = std::make_unique<Plan>(plan);
    mSudoHosts = sudoHosts;
    mModel->setPlan(plan);
    mOutputs = QList<QString>(plan.steps.size());
    mPlanText->setPlainText(plan.previewText());
    mProgress->setRange(0, int(plan.steps.size()));
    mProgress->setValue(0);
    mStatus->setText(tr("%1: %n step(s) on %2. Nothing has been changed yet: Apply runs them.", nullptr, int(plan.steps.size()))
                         .arg(plan.title, plan.hosts.join(u", "_s)));
    setBusy(false);
}

void ProvisionPanel::onPrepareFailed(const Error &error)
{
    mPreparing = false;
    mProgress->setRange(0, 1);
    mProgress->setValue(0);
    mStatus->setText(u"<b>%1</b><br>%2<br><i>%3</i>"_s.arg(error.what.toHtmlEscaped(), error.where.toHtmlEscaped(),
                                                           (error.hint.isEmpty() ? error.detail : error.hint).toHtmlEscaped()));
    setBusy(false);
}

void ProvisionPanel::apply()
{
    if (!mPlan || !mProvisioner)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Apply the plan"),
        tr("Apply \"%1\" on %2?\n\nEach of the %n step(s) first checks whether its state is already so and changes only "
           "what differs.", nullptr, int(mPlan->steps.size()))
            .arg(mPlan->title, mPlan->hosts.join(u", "_s)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    mModel->setPlan(*mPlan);
    mOutputs = QList<QString>(mPlan->steps.size());
    mOutput->clear();
    mProgress->setValue(0);
    mStatus->setText(tr("Applying %1…").arg(mPlan->title));
    mJob = ProvisionJob::start(*mPlan, mProvisioner->transportFunction(), mSudoHosts, this);
    connect(mJob, &ProvisionJob::stepStarted, this, &ProvisionPanel::onStepStarted);
    connect(mJob, &ProvisionJob::stepOutput, this, &ProvisionPanel::onStepOutput);
    connect(mJob, &ProvisionJob::stepFinished, this, &ProvisionPanel::onStepFinished);
    connect(mJob, &ProvisionJob::finished, this, &ProvisionPanel::onFinished);
    setBusy(false);
}

void ProvisionPanel::cancel()
{
    if (mJob && !mJob->isFinished()) {
        mJob->cancel();
        mStatus->setText(tr("Cancelling: the running command is being stopped…"));
    } else if (mPreparing) {
        mPrepareCancel.cancel(); // stops its running command
        ++mGeneration;           // and its result will be dropped
        mPreparing = false;
        mProgress->setRange(0, 1);
        mStatus->setText(tr("Cancelled."));
        setBusy(false);
    }
}

void ProvisionPanel::onStepStarted(int step)
{
    mCurrentStep = step;
    StepResult running;
    running.state = StepResult::State::Running;
    mModel->setResult(step, running);
    mTree->setCurrentIndex(mModel->stepIndex(step));
    mTree->scrollTo(mModel->stepIndex(step));
}

void ProvisionPanel::onStepOutput(int step, const QString &text)
{
    if (step < 0 || step >= mOutputs.size())
        return;
    if (mOutputs[step].size() < 256 * 1024)
        mOutputs[step] += text;
    if (step == mShownStep) {
        mOutput->moveCursor(QTextCursor::End);
        mOutput->insertPlainText(text);
    }
}

void ProvisionPanel::onStepFinished(int step, const StepResult &result)
{
    mModel->setResult(step, result);
    mProgress->setValue(std::max(mProgress->value(), step + 1));
    if (!result.error.isEmpty() && step < mOutputs.size())
        mOutputs[step] += u"\n"_s + result.error + u'\n';
    if (step == mShownStep)
        showStep(mModel->stepIndex(step));
}

void ProvisionPanel::onFinished(const RunSummary &summary)
{
    mProgress->setValue(mProgress->maximum());
    const QString duration = QString::number(double(summary.durationMs) / 1000.0, 'f', 1);
    if (summary.success)
        mStatus->setText(tr("Done in %1 s: %2 step(s) changed, %3 already so.").arg(duration).arg(summary.changed).arg(summary.alreadySo));
    else
        mStatus->setText(u"<b>%1</b><br>%2"_s.arg(summary.error.toHtmlEscaped().replace(u'\n', u"<br>"_s),
                                                   (summary.cancelled ? tr("Cancelled: apply again to continue.")
                                                                      : tr("Fix the cause and apply again: steps already done are checked and skipped."))
                                                       .toHtmlEscaped()));
    if (!summary.recordPath.isEmpty())
        mStatus->setToolTip(tr("Run recorded in %1").arg(summary.recordPath));
    mRuns->refresh();
    setBusy(false);
}

void ProvisionPanel::showStep(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int step = index.data(PlanTreeModel::StepIndexRole).toInt();
    if (index.parent().isValid()) {
        mShownStep = -1;
        mOutput->setPlainText(index.data(PlanTreeModel::StepDetailRole).toString());
        return;
    }
    mShownStep = step;
    QString text = mOutputs.value(step);
    const StepResult &r = mModel->result(step);
    if (!r.differences.isEmpty())
        text.prepend(tr("Not yet so: %1").arg(r.differences.join(u"; "_s)) + u"\n\n"_s);
    mOutput->setPlainText(text);
    mOutput->moveCursor(QTextCursor::End);
}

} // namespace stackyard
