// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/transportoptions.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace stackyard {

// "The authenticity of host … can't be established": an unknown SSH host key, its type and
// SHA256 fingerprint, and the known_hosts file a yes writes it to. The safe button (Cancel: do
// not connect) is the default, so Enter or Escape never trusts a key; only a click on "Trust
// and connect" (or its mnemonic) accepts.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent = nullptr);

    QPushButton *trustButton() const { return mTrust; }
    QPushButton *cancelButton() const { return mCancel; }
    QLabel *fingerprintLabel() const { return mFingerprint; }
    QLabel *knownHostsLabel() const { return mKnownHosts; }

private:
    QLabel *mFingerprint;
    QLabel *mKnownHosts;
    QPushButton *mTrust;
    QPushButton *mCancel;
};

} // namespace stackyard
