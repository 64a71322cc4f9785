// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/transportoptions.h"

#include <QDialog>

class QLabel;

namespace stackyard {

// A changed SSH host key: the connection was refused. Names the host, the fingerprint
// known_hosts holds and the one the server offered, and the file:line to remove (with the
// ssh-keygen -R command) if the host was really reinstalled. Nothing here connects.
class ChangedHostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangedHostKeyDialog(const HostKeyChange &change, QWidget *parent = nullptr);

    QLabel *knownFingerprintLabel() const { return mKnown; }
    QLabel *offeredFingerprintLabel() const { return mOffered; }
    QLabel *lineLabel() const { return mLine; }
    // The command that removes the old key: ssh-keygen -R 'host' -f FILE.
    static QString removeCommand(const HostKeyChange &change);

private:
    QLabel *mKnown;
    QLabel *mOffered;
    QLabel *mLine;
};

} // namespace stackyard
