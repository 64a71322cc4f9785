// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/provisioner.h"

#include <QPointer>
#include <QWidget>

namespace stackyard {

class Inventory;

// How the console's panels reach an inventory host from a worker thread: its settings (host
// vars over ~/.ssh/config), its ${secret:…} passwords read from the keychain there, and the
// questions a connection may ask (an unknown host key, a key's passphrase) answered in a dialog
// on the GUI thread while the worker waits.
// parent (may go away meanwhile) is the dialogs' parent. Call the factory on a worker thread.
Provisioner::TransportFactory guiTransportFactory(const Inventory &inventory, QWidget *parent);

} // namespace stackyard
