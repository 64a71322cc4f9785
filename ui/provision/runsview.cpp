// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/runsview.h"

#include "provision/plantreemodel.h"
#include "shared/themedicon.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <thread>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kSuccessRole = Qt::UserRole + 2;

// Shows only runs whose text matches and whose result is the one asked for.
class RunsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int result = 0; // 0 all, 1 succeeded, 2 failed

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (result != 0 && first.data(kSuccessRole).toBool() != (result == 1))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

RunsView::RunsView(QWidget *parent)
    : QWidget(parent)
    , mFilter(new QLineEdit(this))
    , mResultFilter(new QComboBox(this))
    , mTable(new QTableView)
    , mRuns(new QStandardItemModel(this))
    , mProxy(new RunsFilter(this))
    , mSteps(new QTreeView)
    , mStepsModel(new PlanTreeModel(this))
    , mDetail(new QPlainTextEdit)
    , mSummary(new QLabel(this))
{
    setObjectName(u"provisionRuns"_s);
    mTable->setObjectName(u"provisionRunsTable"_s);
    mProxy->setSourceModel(mRuns);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1);
    mTable->setModel(mProxy);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setSortingEnabled(true);
    mStepsModel->attach(mSteps);
    mSteps->setRootIsDecorated(false);
    mDetail->setReadOnly(true);
    mDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(mFilter, 1);
    filters->addWidget(mResultFilter);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(mSteps);
    lower->addWidget(mDetail);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(mTable);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(mSummary);

    connect(mFilter, &QLineEdit::textChanged, this, &RunsView::applyFilter);
    connect(mResultFilter, &QComboBox::currentIndexChanged, this, &RunsView::applyFilter);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsView::select);
    connect(mSteps->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            mDetail->setPlainText(index.data(Qt::ToolTipRole).toString());
    });
    retranslate();
}

void RunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunsView::retranslate()
{
    mFilter->setPlaceholderText(tr("Filter runs by cluster, inventory or error…"));
    const int result = std::max(0, mResultFilter->currentIndex());
    mResultFilter->clear();
    mResultFilter->addItems({tr("All runs"), tr("Succeeded"), tr("Failed")});
    mResultFilter->setCurrentIndex(result);
    mRuns->setHorizontalHeaderLabels({tr("Started"), tr("Target"), tr("Result"), tr("Changed"), tr("Duration"), tr("Inventory")});
}

void RunsView::applyFilter()
{
    static_cast<RunsFilter *>(mProxy)->result = mResultFilter->currentIndex();
    mProxy->setFilterFixedString(mFilter->text());
}

void RunsView::refresh()
{
    const quint64 generation = ++mGeneration;
    QPointer<RunsView> self(this);
    const QString folder = mFolder;
    std::thread([self, folder, generation] {
        QList<RunRecord> runs = RunRecord::list(folder);
        QMetaObject::invokeMethod(
            qApp,
            [self, runs = std::move(runs), generation] {
                if (self && generation == self->mGeneration)
                    self->show(runs);
            },
            Qt::QueuedConnection);
    }).detach();
}

void RunsView::show(const QList<RunRecord> &runs)
{
    mRuns->removeRows(0, mRuns->rowCount());
    for (const RunRecord &r : runs) {
        QList<QStandardItem *> row;
        auto *started = new QStandardItem(r.started.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        started->setData(r.path, kPathRole);
        started->setData(r.summary.success, kSuccessRole);
        started->setIcon(themedIcon(r.summary.success ? u"status-ok"_s : u"status-error"_s));
        row << started << new QStandardItem(r.target)
            << new QStandardItem(r.summary.success ? tr("succeeded") : (r.summary.cancelled ? tr("cancelled") : tr("failed")))
            << new QStandardItem(QString::number(r.summary.changed))
            << new QStandardItem(QString::number(double(r.summary.durationMs) / 1000.0, 'f', 1) + u" s"_s)
            << new QStandardItem(r.inventoryPath);
        row.at(2)->setToolTip(r.summary.error);
        mRuns->appendRow(row);
    }
    mTable->resizeColumnsToContents();
    mSummary->setText(runs.isEmpty() ? tr("No provisioning run has been recorded on this machine yet.")
                                     : tr("%n run(s) recorded.", nullptr, int(runs.size())));
}

void RunsView::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString path = mProxy->index(index.row(), 0).data(kPathRole).toString();
    QPointer<RunsView> self(this);
    std::thread([self, path] {
        Result<RunRecord> record = RunRecord::load(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, record = std::move(record)] {
                if (!self)
                    return;
                if (record)
                    self->showRecord(*record);
                else
                    self->mDetail->setPlainText(record.error().toString());
            },
            Qt::QueuedConnection);
    }).detach();
}

void RunsView::showRecord(const RunRecord &record)
{
    QList<PlanStep> steps;
    QList<StepResult> results;
    for (const RunRecord::Step &s : record.steps) {
        PlanStep step;
        step.id = s.id;
        step.host = s.host;
        step.title = s.title;
        steps.append(step);
        StepResult r = s.result;
        results.append(r);
    }
    mStepsModel->setSteps(steps, {}, results);
    QString text = record.planText;
    for (const RunRecord::Step &s : record.steps)
        if (!s.result.output.isEmpty() || !s.result.error.isEmpty())
            text += u"\n── %1 [%2] %3\n%4%5"_s.arg(s.title, s.host, StepResult::stateName(s.result.state), s.result.output,
                                                   s.result.error.isEmpty() ? QString() : u"\n"_s + s.result.error);
    mDetail->setPlainText(text);
    mSummary->setText(record.summary.success
                          ? tr("%1 on %2: succeeded, %3 step(s) changed.").arg(record.target, record.started.toString()).arg(record.summary.changed)
                          : tr("%1 on %2: %3").arg(record.target, record.started.toString(), record.summary.error));
}

} // namespace stackyard
