// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/panel.h"

#include "logs/logsource.h"

#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeView;

namespace stackyard {

class EmptyState;
class Inventory;
class LogFollower;
class LogLevelDelegate;
class LogModel;
struct Error;

// Logs: follow log sources of the inventory's hosts live — PostgreSQL, Redis, nginx, journal
// units, compose apps, or any file — several at once, merged by time in one table (time, level,
// source, message) coloured by level; filter by text or regex and level (matched on a worker),
// follow or pause, find next/previous, copy, export the filtered lines. Sources are read on
// worker threads through the host's transport; the table holds a bounded number of lines.
class LogsPanel : public Panel
{
    Q_OBJECT

public:
    explicit LogsPanel(const ShellActions &actions, QWidget *parent = nullptr);
    ~LogsPanel() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("logs"); }
    void setInventory(const InventoryOverview *overview) override;

    // Starts following spec (its host must be in the open inventory).
    void addSource(const LogSourceSpec &spec);
    void stopAll();
    LogModel *model() const { return mModel; }
    QTreeView *view() const { return mView; }
    // Writes the filtered lines to path (what Export… does after asking for a file).
    void exportTo(const QString &path);
    void findNext();
    void findPrevious();
    void copySelection();

protected:
    void retranslate() override;

private:
    struct Active;

    void refreshHosts();
    void refreshSources();
    void addChosenSource();
    void stopSelected();
    void applyFilter();
    void find(bool forward);
    void chooseExportFile();
    void updateCounts();
    void onFinished(LogFollower *follower, const Error &error);
    void showMessage(const QString &text, bool error = false);
    QString activeLabel(const Active &active) const;

    EmptyState *mEmpty;
    QWidget *mContent;
    QLabel *mHostLabel, *mSourceLabel, *mFilterLabel, *mLevelLabel, *mFindLabel, *mBoundLabel;
    QComboBox *mHost;
    QComboBox *mSource;
    QPushButton *mAdd;
    QListWidget *mActive;
    QPushButton *mStop;
    QLineEdit *mFilter;
    QCheckBox *mRegex;
    QComboBox *mLevel;
    QLineEdit *mFind;
    QPushButton *mFindPrev, *mFindNext;
    QCheckBox *mFollow;
    QPushButton *mPause, *mCopy, *mExport, *mClear;
    QSpinBox *mBound;
    QTreeView *mView;
    LogModel *mModel;
    LogLevelDelegate *mDelegate;
    QLabel *mCounts;
    QLabel *mMessage;
    QTimer *mFilterTimer;
    QTimer *mCountsTimer;
    QTimer *mScrollTimer;

    std::shared_ptr<const Inventory> mInventory;
    QString mInventoryPath;
    std::vector<std::unique_ptr<Active>> mActiveSources;
};

} // namespace stackyard
