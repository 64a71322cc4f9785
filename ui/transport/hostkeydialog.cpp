// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostkeydialog.h"

#include "transport/promptwidgets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

HostKeyDialog::HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , mFingerprint(selectableLabel(prompt.fingerprint, true, this))
    , mKnownHosts(selectableLabel(QDir::toNativeSeparators(prompt.knownHostsFile), false, this))
    , mTrust(new QPushButton(tr("&Trust and connect"), this))
    , mCancel(new QPushButton(tr("Cancel (do not connect)"), this))
{
    setObjectName(u"hostKeyDialog"_s);
    setWindowTitle(tr("Unknown host key"));
    mFingerprint->setObjectName(u"hostKeyFingerprint"_s);
    mKnownHosts->setObjectName(u"hostKeyKnownHostsFile"_s);
    mTrust->setObjectName(u"hostKeyTrustButton"_s);
    mCancel->setObjectName(u"hostKeyCancelButton"_s);

    auto *intro = new QLabel(tr("Stackyard has never connected to %1 and cannot confirm it is the host you mean. "
                                "Compare the fingerprint below with the one the host's administrator gives you "
                                "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host). Trust it only if they match.")
                                 .arg(prompt.host),
                             this);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), selectableLabel(prompt.host, false, this));
    form->addRow(tr("Key type:"), selectableLabel(prompt.keyType, false, this));
    form->addRow(tr("Fingerprint:"), mFingerprint);
    form->addRow(tr("Trusting adds it to:"), mKnownHosts);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(mTrust, QDialogButtonBox::AcceptRole);
    buttons->addButton(mCancel, QDialogButtonBox::RejectRole);
    // The safe answer is the default one: Enter cancels, like Escape.
    mTrust->setAutoDefault(false);
    mTrust->setDefault(false);
    mCancel->setAutoDefault(true);
    mCancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(iconAndText(QStyle::SP_MessageBoxQuestion, intro, this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    mCancel->setFocus();
}

} // namespace stackyard
