// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostcheckrunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace stackyard {

class HostCheckModel;

// "Test all hosts": checks every host of an inventory snapshot, a few at a time, with a progress
// bar, a result table (host, status icon, latency, authentication, OS, kernel, CPU, RAM, sudo,
// error) and Cancel. Nothing runs on the GUI thread; closing the dialog cancels what is left.
class TestAllHostsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxConcurrent = 4;

    TestAllHostsDialog(const Inventory &inventory, const QStringList &hosts, QWidget *parent = nullptr);
    ~TestAllHostsDialog() override;

    // Connection options per host (default: guiTransportOptions(settings, this)). Before start().
    void setOptionsFactory(HostCheckRunner::OptionsFactory factory);
    void start();
    void cancel();

    bool isRunning() const;
    HostCheckModel *model() const { return mModel; }
    HostCheckRunner *runner() const { return mRunner; }
    QTableView *table() const { return mTable; }
    QProgressBar *progressBar() const { return mProgress; }
    QPushButton *cancelButton() const { return mCancel; }
    QLabel *summaryLabel() const { return mSummary; }
    // The whole error (what, where, remote message, what to do) of the selected host.
    QLabel *detailsLabel() const { return mDetails; }

signals:
    void checksFinished();

protected:
    void done(int result) override;

private:
    void updateSummary();
    void showDetails();

    Inventory mInventory;
    QStringList mHosts;
    HostCheckRunner::OptionsFactory mOptions;
    HostCheckRunner *mRunner;
    HostCheckModel *mModel;
    QTableView *mTable;
    QProgressBar *mProgress;
    QLabel *mSummary;
    QLabel *mDetails;
    QPushButton *mCancel;
    QPushButton *mClose;
};

} // namespace stackyard
