// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostcheckrunner.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace stackyard {

// The host form's "Test connection": checks the host off the GUI thread (HostCheckRunner) and
// shows reachability, latency, the authentication used, the host key fingerprint, OS, kernel,
// CPU/RAM and sudo, with a busy state, Cancel, and an error that names the host, the step and
// the remote message. Showing another host drops a running check (its result never lands).
class HostCheckPanel : public QWidget
{
    Q_OBJECT

public:
    enum Field { Reachable, Latency, Auth, HostKey, Os, Kernel, CpuRam, Sudo, FieldCount };

    explicit HostCheckPanel(QWidget *parent = nullptr);
    ~HostCheckPanel() override;

    // Where the inventory snapshot comes from when a test starts (a copy is handed to the worker).
    void setInventorySource(std::function<Inventory()> snapshot);
    // The host the button tests; another host clears the fields and drops a running check.
    void setHost(const QString &host);
    QString host() const { return mHost; }
    // Connection options per host (default: guiTransportOptions(settings, window())).
    void setOptionsFactory(HostCheckRunner::OptionsFactory factory);

    void testConnection();
    void cancel();
    bool isBusy() const;

    QPushButton *testButton() const { return mTest; }
    QPushButton *cancelButton() const { return mCancel; }
    QLabel *field(Field field) const { return mFields.at(field); }
    QLabel *statusLabel() const { return mStatus; }
    QLabel *errorLabel() const { return mError; }

signals:
    void checkFinished(const stackyard::HostCheckReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearFields();
    void showReport(const HostCheckReport &report);
    void setBusy(bool busy);
    void dropRunner();

    std::function<Inventory()> mSnapshot;
    HostCheckRunner::OptionsFactory mOptions;
    QString mHost;
    HostCheckRunner *mRunner = nullptr;
    QPushButton *mTest;
    QPushButton *mCancel;
    QProgressBar *mBusy;
    QLabel *mStatus;
    QLabel *mError;
    QList<QLabel *> mFieldLabels;
    QList<QLabel *> mFields;
};

} // namespace stackyard
