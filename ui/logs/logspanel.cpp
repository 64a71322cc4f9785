// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logspanel.h"

#include "inventory/effectivevariables.h"
#include "inventory/inventory.h"
#include "inventory/inventoryoverview.h"
#include "logs/logfollower.h"
#include "logs/loglevelcolors.h"
#include "logs/logmodel.h"
#include "logs/logsourcecatalog.h"
#include "provision/transportfactory.h"
#include "shared/emptystate.h"
#include "transport/transport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedLayout>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Source combo data: an index into the offered list, or one of these.
constexpr int OtherFile = -1;
constexpr int OtherUnit = -2;

bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true"_s || v == u"yes"_s || v == u"on"_s || v == u"1"_s;
}

// ansible_become of the host, from its effective variables (no I/O).
bool becomeOf(const Inventory &inventory, const QString &host)
{
    const auto vars = EffectiveVariables::forHost(inventory, host, false);
    if (!vars)
        return false;
    for (const EffectiveVariable &v : *vars)
        if (v.name == u"ansible_become"_s)
            return isTrue(v.value);
    return false;
}

} // namespace

// A source being followed.
struct LogsPanel::Active
{
    LogSourceSpec spec;
    LogFollower *follower = nullptr;
    QString error; // what went wrong, when it stopped with an error
};

LogsPanel::LogsPanel(const ShellActions &actions, QWidget *parent)
    : Panel(actions, parent)
    , mEmpty(new EmptyState(u"logs"_s, this))
    , mContent(new QWidget(this))
    , mHostLabel(new QLabel(mContent))
    , mSourceLabel(new QLabel(mContent))
    , mFilterLabel(new QLabel(mContent))
    , mLevelLabel(new QLabel(mContent))
    , mFindLabel(new QLabel(mContent))
    , mBoundLabel(new QLabel(mContent))
    , mHost(new QComboBox(mContent))
    , mSource(new QComboBox(mContent))
    , mAdd(new QPushButton(mContent))
    , mActive(new QListWidget(mContent))
    , mStop(new QPushButton(mContent))
    , mFilter(new QLineEdit(mContent))
    , mRegex(new QCheckBox(mContent))
    , mLevel(new QComboBox(mContent))
    , mFind(new QLineEdit(mContent))
    , mFindPrev(new QPushButton(mContent))
    , mFindNext(new QPushButton(mContent))
    , mFollow(new QCheckBox(mContent))
    , mPause(new QPushButton(mContent))
    , mCopy(new QPushButton(mContent))
    , mExport(new QPushButton(mContent))
    , mClear(new QPushButton(mContent))
    , mBound(new QSpinBox(mContent))
    , mView(new QTreeView(mContent))
    , mModel(new LogModel(this))
    , mDelegate(new LogLevelDelegate(this))
    , mCounts(new QLabel(mContent))
    , mMessage(new QLabel(mContent))
    , mFilterTimer(new QTimer(this))
    , mCountsTimer(new QTimer(this))
    , mScrollTimer(new QTimer(this))
{
    setObjectName(u"logsPanel"_s);
    mHost->setObjectName(u"logsHost"_s);
    mSource->setObjectName(u"logsSource"_s);
    mAdd->setObjectName(u"logsAdd"_s);
    mActive->setObjectName(u"logsActive"_s);
    mStop->setObjectName(u"logsStop"_s);
    mFilter->setObjectName(u"logsFilter"_s);
    mRegex->setObjectName(u"logsRegex"_s);
    mLevel->setObjectName(u"logsLevel"_s);
    mFind->setObjectName(u"logsFind"_s);
    mFindPrev->setObjectName(u"logsFindPrevious"_s);
    mFindNext->setObjectName(u"logsFindNext"_s);
    mFollow->setObjectName(u"logsFollow"_s);
    mPause->setObjectName(u"logsPause"_s);
    mCopy->setObjectName(u"logsCopy"_s);
    mExport->setObjectName(u"logsExport"_s);
    mClear->setObjectName(u"logsClear"_s);
    mBound->setObjectName(u"logsBound"_s);
    mView->setObjectName(u"logsView"_s);
    mCounts->setObjectName(u"logsCounts"_s);
    mMessage->setObjectName(u"logsMessage"_s);

    // Long names elide rather than widen the window: the panel fits beside the sidebar in 1000 px.
    for (QComboBox *combo : {mHost, mSource, mLevel}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == mSource ? 16 : 10);
    }
    mCounts->setWordWrap(true);
    mCounts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mActive->setMaximumHeight(fontMetrics().height() * 4);
    mActive->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mFilter->setClearButtonEnabled(true);
    mFind->setClearButtonEnabled(true);
    mFollow->setChecked(true);
    mPause->setCheckable(true);
    mBound->setRange(1000, 10'000'000);
    mBound->setSingleStep(100'000);
    mBound->setGroupSeparatorShown(true);
    mBound->setValue(int(LogModel::kDefaultCapacity));

    mView->setModel(mModel);
    mView->setItemDelegate(mDelegate);
    mView->setUniformRowHeights(true);
    mView->setRootIsDecorated(false);
    mView->setAllColumnsShowFocus(true);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mView->header()->setStretchLastSection(true);
    const int digit = mView->fontMetrics().horizontalAdvance(u'0');
    mView->header()->resizeSection(LogModel::TimeColumn, digit * 25);
    mView->header()->resizeSection(LogModel::LevelColumn, digit * 9);
    mView->header()->resizeSection(LogModel::SourceColumn, digit * 22);
    mMessage->setWordWrap(true);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sources = new QHBoxLayout;
    sources->addWidget(mHostLabel);
    sources->addWidget(mHost, 1);
    sources->addWidget(mSourceLabel);
    sources->addWidget(mSource, 2);
    sources->addWidget(mAdd);
    sources->addWidget(mActive, 2);
    sources->addWidget(mStop);

    auto *filters = new QHBoxLayout;
    filters->addWidget(mFilterLabel);
    filters->addWidget(mFilter, 2);
    filters->addWidget(mRegex);
    filters->addWidget(mLevelLabel);
    filters->addWidget(mLevel);
    filters->addSpacing(12);
    filters->addWidget(mFindLabel);
    filters->addWidget(mFind, 1);
    filters->addWidget(mFindPrev);
    filters->addWidget(mFindNext);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mFollow);
    bottom->addWidget(mPause);
    bottom->addWidget(mCopy);
    bottom->addWidget(mExport);
    bottom->addWidget(mClear);
    bottom->addSpacing(12);
    bottom->addWidget(mBoundLabel);
    bottom->addWidget(mBound);
    bottom->addWidget(mCounts, 1);

    auto *layout = new QVBoxLayout(mContent);
    layout->addLayout(sources);
    layout->addLayout(filters);
    layout->addWidget(mView, 1);
    layout->addLayout(bottom);
    layout->addWidget(mMessage);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(mEmpty);
    stack->addWidget(mContent);
    mEmpty->setActions({actions.openInventory, actions.openSample});

    mFilterTimer->setSingleShot(true);
    mFilterTimer->setInterval(250);
    mCountsTimer->setSingleShot(true);
    mCountsTimer->setInterval(200);
    mScrollTimer->setSingleShot(true);
    mScrollTimer->setInterval(50);

    connect(mHost, &QComboBox::currentIndexChanged, this, &LogsPanel::refreshSources);
    connect(mAdd, &QPushButton::clicked, this, &LogsPanel::addChosenSource);
    connect(mStop, &QPushButton::clicked, this, &LogsPanel::stopSelected);
    connect(mFilter, &QLineEdit::textChanged, mFilterTimer, qOverload<>(&QTimer::start));
    connect(mFilter, &QLineEdit::returnPressed, this, &LogsPanel::applyFilter);
    connect(mRegex, &QCheckBox::toggled, this, &LogsPanel::applyFilter);
    connect(mLevel, &QComboBox::currentIndexChanged, this, &LogsPanel::applyFilter);
    connect(mFilterTimer, &QTimer::timeout, this, &LogsPanel::applyFilter);
    connect(mFind, &QLineEdit::returnPressed, this, &LogsPanel::findNext);
    connect(mFindNext, &QPushButton::clicked, this, &LogsPanel::findNext);
    connect(mFindPrev, &QPushButton::clicked, this, &LogsPanel::findPrevious);
    connect(mPause, &QPushButton::toggled, mModel, &LogModel::setPaused);
    connect(mCopy, &QPushButton::clicked, this, &LogsPanel::copySelection);
    connect(mExport, &QPushButton::clicked, this, &LogsPanel::chooseExportFile);
    connect(mClear, &QPushButton::clicked, mModel, &LogModel::clear);
    connect(mBound, &QSpinBox::valueChanged, mModel, [this](int lines) { mModel->setCapacity(lines); });
    connect(mFollow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            mView->scrollToBottom();
    });
    connect(mModel, &LogModel::rowsInserted, this, [this] {
        if (mFollow->isChecked() && !mScrollTimer->isActive())
            mScrollTimer->start();
        if (!mCountsTimer->isActive())
            mCountsTimer->start();
    });
    connect(mScrollTimer, &QTimer::timeout, mView, &QTreeView::scrollToBottom);
    connect(mModel, &LogModel::countsChanged, this, [this] {
        if (!mCountsTimer->isActive())
            mCountsTimer->start();
    });
    connect(mModel, &LogModel::modelReset, this, &LogsPanel::updateCounts);
    connect(mModel, &LogModel::filteringChanged, this, &LogsPanel::updateCounts);
    connect(mCountsTimer, &QTimer::timeout, this, &LogsPanel::updateCounts);
    connect(mModel, &LogModel::exportFinished, this, [this](const QString &path, qint64 lines, const Error &error) {
        if (!error.what.isEmpty())
            showMessage(error.toString() + (error.hint.isEmpty() ? QString() : u"\n"_s + error.hint), true);
        else
            showMessage(tr("Exported %n line(s) to %1.", nullptr, int(lines)).arg(path));
    });
    auto *copy = new QShortcut(QKeySequence::Copy, mView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &LogsPanel::copySelection);
    auto *findNext = new QShortcut(QKeySequence::FindNext, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QShortcut::activated, this, &LogsPanel::findNext);
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findPrevious, &QShortcut::activated, this, &LogsPanel::findPrevious);
    auto *findFocus = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findFocus, &QShortcut::activated, mFind, qOverload<>(&QWidget::setFocus));

    retranslate();
    updateCounts();
}

LogsPanel::~LogsPanel()
{
    stopAll();
}

QString LogsPanel::title() const
{
    return tr("Logs");
}

void LogsPanel::retranslate()
{
    mEmpty->setHeadline(tr("Follow the logs of every host live"));
    mEmpty->setDescription(tr("Open an inventory: follow PostgreSQL, Redis, nginx, app and journal logs of any of its hosts as "
                              "they are written, filter by text, regular expression and level, merge several sources by "
                              "time, and export what you found."));
    mHostLabel->setText(tr("&Host:"));
    mHostLabel->setBuddy(mHost);
    mSourceLabel->setText(tr("&Source:"));
    mSourceLabel->setBuddy(mSource);
    mAdd->setText(tr("&Follow"));
    mAdd->setToolTip(tr("Follow the chosen source: its last lines, then everything written to it"));
    mActive->setToolTip(tr("Sources being followed"));
    mStop->setText(tr("S&top"));
    mStop->setToolTip(tr("Stop following the selected sources (their lines stay)"));
    mFilterLabel->setText(tr("F&ilter:"));
    mFilterLabel->setBuddy(mFilter);
    mFilter->setPlaceholderText(tr("Text the lines contain"));
    mRegex->setText(tr("Rege&x"));
    mRegex->setToolTip(tr("The filter is a regular expression (Perl syntax)"));
    mLevelLabel->setText(tr("&Level:"));
    mLevelLabel->setBuddy(mLevel);
    {
        const QSignalBlocker block(mLevel);
        const int current = std::max(0, mLevel->currentIndex());
        mLevel->clear();
        mLevel->addItem(tr("All lines"), int(LogLevel::Unknown));
        for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Notice, LogLevel::Warning, LogLevel::Error})
            mLevel->addItem(tr("%1 and above").arg(logLevelName(level)), int(level));
        mLevel->addItem(logLevelName(LogLevel::Fatal), int(LogLevel::Fatal));
        mLevel->setCurrentIndex(current);
    }
    mFindLabel->setText(tr("Fi&nd:"));
    mFindLabel->setBuddy(mFind);
    mFind->setPlaceholderText(tr("Text to find"));
    mFindPrev->setText(tr("Previous"));
    mFindNext->setText(tr("Next"));
    mFollow->setText(tr("Scroll to new lines"));
    mPause->setText(tr("&Pause"));
    mPause->setToolTip(tr("Hold new lines back (they are kept) until Pause is released"));
    mCopy->setText(tr("&Copy"));
    mExport->setText(tr("&Export…"));
    mExport->setToolTip(tr("Write the lines the filter shows to a file"));
    mClear->setText(tr("C&lear"));
    mBoundLabel->setText(tr("Keep:"));
    mBound->setSuffix(tr(" lines"));
    mBound->setToolTip(tr("The most lines kept in memory; the oldest go first"));
    refreshHosts();
    updateCounts();
}

void LogsPanel::setInventory(const InventoryOverview *overview)
{
    auto *stack = qobject_cast<QStackedLayout *>(layout());
    stack->setCurrentWidget(overview ? mContent : mEmpty);
    if (!overview) {
        stopAll();
        mInventory.reset();
        mInventoryPath.clear();
        refreshHosts();
        return;
    }
    if (overview->path != mInventoryPath)
        stopAll(); // another inventory: its hosts are not these
    mInventoryPath = overview->path;
    auto parsed = Inventory::parse(overview->text.toStdString(), overview->path);
    if (parsed)
        mInventory = std::make_shared<const Inventory>(std::move(parsed).value());
    refreshHosts();
}

void LogsPanel::refreshHosts()
{
    const QString previous = mHost->currentText();
    {
        const QSignalBlocker block(mHost);
        mHost->clear();
        if (mInventory)
            mHost->addItems(mInventory->hostKeys());
        if (const int i = mHost->findText(previous); i >= 0)
            mHost->setCurrentIndex(i);
    }
    refreshSources();
}

void LogsPanel::refreshSources()
{
    mSource->clear();
    if (!mInventory || mHost->currentIndex() < 0) {
        mAdd->setEnabled(false);
        return;
    }
    const QString host = mHost->currentText();
    const QList<LogSourceSpec> offered = LogSourceCatalog::forHost(*mInventory, host, becomeOf(*mInventory, host));
    for (int i = 0; i < offered.size(); ++i) {
        mSource->addItem(offered.at(i).name, i);
        mSource->setItemData(i, offered.at(i).description, Qt::ToolTipRole);
    }
    mSource->addItem(tr("Other file…"), OtherFile);
    mSource->addItem(tr("Journal of a unit…"), OtherUnit);
    mAdd->setEnabled(true);
}

void LogsPanel::addChosenSource()
{
    if (!mInventory || mHost->currentIndex() < 0)
        return;
    const QString host = mHost->currentText();
    const bool become = becomeOf(*mInventory, host);
    const int choice = mSource->currentData().toInt();
    LogSourceSpec spec;
    if (choice == OtherFile || choice == OtherUnit) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, choice == OtherFile ? tr("Follow a file") : tr("Follow a journal"),
                                                   choice == OtherFile ? tr("Absolute path of the log file on %1:").arg(host)
                                                                       : tr("systemd unit on %1:").arg(host),
                                                   QLineEdit::Normal, choice == OtherFile ? u"/var/log/"_s : QString(), &ok)
                                 .trimmed();
        if (!ok || text.isEmpty())
            return;
        if (choice == OtherFile && !text.startsWith(u'/')) {
            showMessage(tr("Give an absolute path (it is read on %1).").arg(host), true);
            return;
        }
        spec = choice == OtherFile ? LogSourceSpec::file(host, text) : LogSourceSpec::journal(host, text);
        spec.become = become;
    } else {
        const QList<LogSourceSpec> offered = LogSourceCatalog::forHost(*mInventory, host, become);
        if (choice < 0 || choice >= offered.size())
            return;
        spec = offered.at(choice);
    }
    addSource(spec);
}

void LogsPanel::addSource(const LogSourceSpec &spec)
{
    if (!mInventory)
        return;
    for (const auto &a : mActiveSources)
        if (a->spec.host == spec.host && a->spec.name == spec.name && a->follower->isRunning()) {
            showMessage(tr("%1 on %2 is already followed.").arg(spec.name, spec.host));
            return;
        }
    const int source = mModel->addSource(spec.host + u": "_s + spec.name);
    const std::shared_ptr<const Inventory> inventory = mInventory;
    const auto factory = guiTransportFactory(*inventory, this);
    const QString host = spec.host;
    auto active = std::make_unique<Active>();
    active->spec = spec;
    active->follower = new LogFollower(spec, source, [inventory, factory, host] { return factory(host); }, this);
    LogFollower *follower = active->follower;
    connect(follower, &LogFollower::batchReady, mModel, &LogModel::append);
    connect(follower, &LogFollower::notice, this, [this, follower](const QString &text) {
        showMessage(u"%1: %2"_s.arg(mModel->sourceName(follower->source()), text));
    });
    connect(follower, &LogFollower::finished, this, [this, follower](const Error &error) { onFinished(follower, error); });
    auto *item = new QListWidgetItem(activeLabel(*active), mActive);
    item->setData(Qt::UserRole, QVariant::fromValue<void *>(follower));
    item->setToolTip(spec.description);
    mActiveSources.push_back(std::move(active));
    follower->start(1000);
    item->setText(activeLabel(*mActiveSources.back())); // running now, not "stopped"
    showMessage(tr("Following %1 on %2…").arg(spec.name, spec.host));
}

QString LogsPanel::activeLabel(const Active &active) const
{
    const QString name = active.spec.host + u": "_s + active.spec.name;
    if (!active.error.isEmpty())
        return tr("%1 — failed").arg(name);
    if (!active.follower->isRunning())
        return tr("%1 — stopped").arg(name);
    return name;
}

void LogsPanel::onFinished(LogFollower *follower, const Error &error)
{
    for (const auto &a : mActiveSources) {
        if (a->follower != follower)
            continue;
        a->error = error.what;
        for (int i = 0; i < mActive->count(); ++i)
            if (mActive->item(i)->data(Qt::UserRole).value<void *>() == follower) {
                mActive->item(i)->setText(activeLabel(*a));
                if (!error.what.isEmpty())
                    mActive->item(i)->setForeground(logLevelColor(LogLevel::Error, palette()));
            }
    }
    if (!error.what.isEmpty())
        showMessage(u"%1\n%2"_s.arg(error.toString(), error.hint), true);
}

void LogsPanel::stopSelected()
{
    const QList<QListWidgetItem *> items = mActive->selectedItems();
    for (QListWidgetItem *item : items) {
        auto *follower = static_cast<LogFollower *>(item->data(Qt::UserRole).value<void *>());
        const auto it = std::find_if(mActiveSources.begin(), mActiveSources.end(),
                                     [follower](const auto &a) { return a->follower == follower; });
        if (it != mActiveSources.end()) {
            (*it)->follower->stop();
            (*it)->follower->deleteLater();
            mActiveSources.erase(it);
        }
        delete item;
    }
}

void LogsPanel::stopAll()
{
    for (const auto &a : mActiveSources) {
        a->follower->stop();
        a->follower->deleteLater();
    }
    mActiveSources.clear();
    mActive->clear();
}

void LogsPanel::applyFilter()
{
    mFilterTimer->stop();
    LogFilter filter;
    filter.text = mFilter->text();
    filter.regex = mRegex->isChecked();
    filter.minimumLevel = LogLevel(mLevel->currentData().toInt());
    if (const auto valid = filter.validate(); !valid) {
        mFilter->setStyleSheet(u"color: %1"_s.arg(logLevelColor(LogLevel::Error, palette()).name()));
        showMessage(valid.error().what + u" ("_s + valid.error().where + u")"_s, true);
        return;
    }
    mFilter->setStyleSheet({});
    if (filter == mModel->filter() && !mModel->isFiltering())
        return;
    mModel->setFilter(filter);
}

void LogsPanel::findNext()
{
    find(true);
}

void LogsPanel::findPrevious()
{
    find(false);
}

void LogsPanel::find(bool forward)
{
    const QString text = mFind->text();
    if (text.isEmpty())
        return;
    const int from = mView->currentIndex().isValid() ? mView->currentIndex().row() : -1;
    const int row = mModel->find({text, mRegex->isChecked(), false, LogLevel::Unknown}, from, forward);
    if (row < 0) {
        showMessage(tr("\"%1\" is not in the lines shown.").arg(text));
        return;
    }
    mFollow->setChecked(false); // stay on the match
    const QModelIndex index = mModel->index(row, LogModel::MessageColumn);
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogsPanel::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : mView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(mModel->rowsText(rows)));
    showMessage(tr("Copied %n line(s).", nullptr, int(rows.size())));
}

void LogsPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the filtered lines"), QString(), tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LogsPanel::exportTo);
    dialog->open();
}

void LogsPanel::exportTo(const QString &path)
{
    showMessage(tr("Exporting %n line(s) to %1…", nullptr, mModel->rowCount()).arg(path));
    mModel->exportFiltered(path);
}

void LogsPanel::updateCounts()
{
    const QLocale locale;
    QString text = tr("%1 shown of %2 lines (keeps %3)")
                       .arg(locale.toString(mModel->rowCount()), locale.toString(qint64(mModel->totalLines())),
                            locale.toString(qint64(mModel->capacity())));
    if (mModel->pendingLines() > 0)
        text += u" · "_s + tr("%1 waiting").arg(locale.toString(qint64(mModel->pendingLines())));
    if (mModel->isFiltering())
        text += u" · "_s + tr("filtering…");
    text += u" · "_s + locale.formattedDataSize(mModel->memoryBytes());
    mCounts->setText(text);
}

void LogsPanel::showMessage(const QString &text, bool error)
{
    mMessage->setText(text);
    mMessage->setStyleSheet(error ? u"color: %1"_s.arg(logLevelColor(LogLevel::Error, palette()).name()) : QString());
}

} // namespace stackyard
