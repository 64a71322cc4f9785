// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostcheckrunner.h"
#include "transport/hostcredentials.h"
#include "transport/transportoptions.h"

class QWidget;

namespace stackyard {

class Inventory;
struct HostSettings;

// The GUI's answers to a connection's questions (see TransportPrompts). Each callback runs on
// the connection's worker thread and shows its dialog on the GUI thread through a blocking
// queued call onto the application object, so the worker waits while the GUI stays live; called
// on the GUI thread itself it shows the dialog directly (no deadlock). parent (may be nullptr,
// may go away meanwhile) is the dialogs' parent.
//  - passphrase: a key's passphrase remembered in the keychain is tried first (worker thread
//    only), then SecretPromptDialog; "Remember in the keychain" stores the answer.
//  - password: likewise, under HostCredentials::passwordSecretName(settings).
//  - confirmHostKey: HostKeyDialog; true only when the user clicks Trust.
//  - warnHostKeyChanged: ChangedHostKeyDialog.
TransportPrompts guiPrompts(const HostSettings &settings, QWidget *parent);

// Options for connecting to settings from the GUI: guiPrompts() and the host's ${secret:NAME}
// passwords read from the keychain. The keychain answers on the GUI thread and the caller waits
// for it: call this on a worker thread (HostCheckRunner's options factory, a provisioning
// worker). On the GUI thread it reads nothing (the window would freeze) and the password prompt
// asks instead. Keychain reads and writes of the prompts go the same way.
// Secrets that could not be read are added to problems (when given).
TransportOptions guiTransportOptions(const HostSettings &settings, QWidget *parent,
                                     QList<HostCredentials::Problem> *problems = nullptr);
// The same for an inventory host (its settings over ~/.ssh/config); a host whose settings are
// invalid gets prompts only, and connecting reports the settings' error.
TransportOptions guiTransportOptions(const Inventory &inventory, const QString &host, QWidget *parent);
// HostCheckRunner's factory for GUI checks: guiTransportOptions(), unreadable secrets as warnings.
HostCheckRunner::OptionsFactory guiOptionsFactory(QWidget *parent);

} // namespace stackyard
