// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/changedhostkeydialog.h"

#include "transport/promptwidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

ChangedHostKeyDialog::ChangedHostKeyDialog(const HostKeyChange &change, QWidget *parent)
    : QDialog(parent)
    , mKnown(selectableLabel(change.knownFingerprint, true, this))
    , mOffered(selectableLabel(change.offeredFingerprint, true, this))
    , mLine(selectableLabel(tr("line %1 of %2").arg(change.line).arg(QDir::toNativeSeparators(change.knownHostsFile)),
                            false, this))
{
    setObjectName(u"changedHostKeyDialog"_s);
    setWindowTitle(tr("Host key changed: connection refused"));
    mKnown->setObjectName(u"knownFingerprint"_s);
    mOffered->setObjectName(u"offeredFingerprint"_s);
    mLine->setObjectName(u"knownHostsLine"_s);

    auto *intro = new QLabel(tr("The host key of %1 is not the one you trusted before. Someone may be intercepting the "
                                "connection, or the host was reinstalled. Stackyard refused to connect.")
                                 .arg(change.host),
                             this);
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), selectableLabel(change.host, false, this));
    form->addRow(tr("Known key:"), mKnown);
    form->addRow(tr("Offered key (%1):").arg(change.keyType), mOffered);
    form->addRow(tr("Known key is at:"), mLine);
    auto *command = selectableLabel(removeCommand(change), true, this);
    command->setObjectName(u"removeKeyCommand"_s);
    auto *advice = new QLabel(tr("Only if you know the host was reinstalled, and the administrator confirms the "
                                 "offered fingerprint, remove that line, for example with:"),
                              this);
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy command"), QDialogButtonBox::ActionRole);
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [change] { QApplication::clipboard()->setText(removeCommand(change)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(iconAndText(QStyle::SP_MessageBoxCritical, intro, this));
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(command);
    layout->addWidget(buttons);
}

QString ChangedHostKeyDialog::removeCommand(const HostKeyChange &change)
{
    return u"ssh-keygen -R '%1' -f '%2'"_s.arg(change.host, change.knownHostsFile);
}

} // namespace stackyard
