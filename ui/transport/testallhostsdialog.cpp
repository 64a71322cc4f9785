// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/testallhostsdialog.h"

#include "transport/guitransport.h"
#include "transport/hostcheckmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

TestAllHostsDialog::TestAllHostsDialog(const Inventory &inventory, const QStringList &hosts, QWidget *parent)
    : QDialog(parent)
    , mInventory(inventory)
    , mHosts(hosts)
    , mRunner(new HostCheckRunner(this))
    , mModel(new HostCheckModel(this))
    , mTable(new QTableView(this))
    , mProgress(new QProgressBar(this))
    , mSummary(new QLabel(this))
    , mDetails(new QLabel(this))
    , mCancel(nullptr)
    , mClose(nullptr)
{
    setObjectName(u"testAllHostsDialog"_s);
    setWindowTitle(tr("Test all hosts"));
    mTable->setObjectName(u"hostCheckTable"_s);
    mProgress->setObjectName(u"hostCheckProgress"_s);
    mSummary->setObjectName(u"hostCheckSummary"_s);
    mDetails->setObjectName(u"hostCheckDetails"_s);
    mDetails->setWordWrap(true);
    mDetails->setTextFormat(Qt::PlainText);
    mDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mRunner->setMaxConcurrent(kMaxConcurrent);
    mModel->setHosts(hosts);
    mTable->setModel(mModel);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setWordWrap(false);
    mTable->horizontalHeader()->setStretchLastSection(true);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TestAllHostsDialog::showDetails);
    mProgress->setRange(0, int(hosts.size()));
    mProgress->setValue(0);
    mProgress->setFormat(tr("%v of %m hosts"));

    auto *intro = new QLabel(tr("Connects to every host of the inventory, at most %n at a time, and reports what it finds. "
                                "Nothing is changed on the hosts.",
                                nullptr, kMaxConcurrent),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    mCancel = buttons->addButton(QDialogButtonBox::Cancel);
    mCancel->setObjectName(u"hostCheckCancelButton"_s);
    mClose = buttons->addButton(QDialogButtonBox::Close);
    mClose->setObjectName(u"hostCheckCloseButton"_s);
    mCancel->setEnabled(false);
    connect(mCancel, &QPushButton::clicked, this, &TestAllHostsDialog::cancel);
    connect(mClose, &QPushButton::clicked, this, &QDialog::reject);

    connect(mRunner, &HostCheckRunner::hostStarted, mModel, [this](int index) { mModel->setRunning(index); });
    connect(mRunner, &HostCheckRunner::hostFinished, this, [this](int index, const HostCheckReport &report) {
        mModel->setReport(index, report);
        // Every column fits its text but the error, which takes the rest (whole text below).
        mTable->resizeColumnsToContents();
        mTable->setColumnWidth(HostCheckModel::ErrorColumn, 0);
        if ((!report.ok() || !report.warnings.isEmpty()) && !mTable->currentIndex().isValid())
            mTable->setCurrentIndex(mModel->index(index, 0));
        showDetails();
        updateSummary();
    });
    connect(mRunner, &HostCheckRunner::progress, mProgress, [this](int done) { mProgress->setValue(done); });
    connect(mRunner, &HostCheckRunner::finished, this, [this] {
        mCancel->setEnabled(false);
        updateSummary();
        emit checksFinished();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mProgress);
    layout->addWidget(mTable, 1);
    layout->addWidget(mDetails);
    layout->addWidget(mSummary);
    layout->addWidget(buttons);
    resize(1000, 420);
    mDetails->hide();
    updateSummary();
}

TestAllHostsDialog::~TestAllHostsDialog() = default;

void TestAllHostsDialog::setOptionsFactory(HostCheckRunner::OptionsFactory factory)
{
    mOptions = std::move(factory);
}

void TestAllHostsDialog::start()
{
    HostCheckRunner::OptionsFactory options = mOptions ? mOptions : guiOptionsFactory(this);
    if (mRunner->start(mInventory, mHosts, std::move(options)))
        mCancel->setEnabled(!mHosts.isEmpty());
    updateSummary();
}

void TestAllHostsDialog::cancel()
{
    mRunner->cancel();
    mCancel->setEnabled(false);
    mSummary->setText(tr("Cancelling: hosts not started yet are skipped, running checks stop at their next step…"));
}

bool TestAllHostsDialog::isRunning() const
{
    return mRunner->isRunning();
}

void TestAllHostsDialog::done(int result)
{
    mRunner->cancel(); // closing never leaves checks running for nobody
    QDialog::done(result);
}

void TestAllHostsDialog::showDetails()
{
    const int row = mTable->currentIndex().row();
    const bool done = row >= 0 && mModel->state(row) == HostCheckModel::State::Done;
    mDetails->setText(done ? HostCheckModel::errorText(mModel->report(row)) : QString());
    mDetails->setVisible(!mDetails->text().isEmpty());
}

void TestAllHostsDialog::updateSummary()
{
    int ok = 0;
    int failed = 0;
    int cancelled = 0;
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->state(row) != HostCheckModel::State::Done)
            continue;
        const HostCheckReport &r = mModel->report(row);
        if (r.ok())
            ++ok;
        else if (r.cancelled)
            ++cancelled;
        else
            ++failed;
    }
    const int total = int(mHosts.size());
    if (total == 0) {
        mSummary->setText(tr("The inventory has no hosts."));
        return;
    }
    const int checked = ok + failed + cancelled;
    const QString text = tr("Checked %1 of %n host(s)", nullptr, total).arg(checked) + u" — "_s
        + tr("reachable: %1, failed: %2, cancelled: %3").arg(ok).arg(failed).arg(cancelled);
    mSummary->setText(text);
}

} // namespace stackyard
