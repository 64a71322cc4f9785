// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ctl/cli.h"
#include "inventory/inventory.h"
#include "transport/hostsettings.h"
#include "transport/transport.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace stackyard::ctl {

// What the host commands share: the inventory, each host's settings (inventory vars over
// ~/.ssh/config), its secrets read from the keychain, and the questions a connection may ask,
// answered on the terminal (/dev/tty, without echo) or refused.
class HostAccess
{
public:
    // The description, the INVENTORY argument, --accept-new-host-keys and --password-stdin.
    static void describe(QCommandLineParser &parser, const QString &description);
    // Reads the inventory and, with --password-stdin, the password (one line of stdin).
    static std::optional<HostAccess> open(const QCommandLineParser &parser, const QString &inventoryPath, Io &io);

    const Inventory &inventory() const { return mInventory; }
    Result<HostSettings> settings(const QString &hostKey) const;
    // A transport for the host, with its ${secret:…} passwords read now (on this thread).
    Result<std::shared_ptr<Transport>> transport(const HostSettings &settings, bool forceBecome = false) const;
    bool canBecomeWithPassword(const HostSettings &settings) const;

    static void printError(Io &io, const Error &error);

private:
    Inventory mInventory;
    bool mAcceptNewHostKeys = false;
    QByteArray mStdinPassword;
};

} // namespace stackyard::ctl
