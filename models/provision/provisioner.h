// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "provision/plan.h"
#include "provision/planrequest.h"
#include "provision/provisionrunner.h"
#include "transport/transportoptions.h"

#include <QHash>
#include <QString>

namespace stackyard {

// From "provision this cluster" to a plan ready to preview and apply: it finds what kind of
// cluster the name is (PostgreSQL, Redis), reaches its hosts, reads their facts, and asks the
// recipe for the plan. Blocking: worker threads and the CLI.
class Provisioner
{
public:
    struct Target
    {
        QString cluster;
        QString limitHost;
        QString user;
        QString database;
    };

    struct Prepared
    {
        Plan plan;
        QHash<QString, HostFacts> facts;
        QHash<QString, bool> sudoHosts; // hosts whose root work goes through sudo
    };

    // How a host of the inventory is reached (with its secrets read and its questions answered).
    using TransportFactory = std::function<Result<std::shared_ptr<Transport>>(const QString &hostKey)>;

    // Hosts reached with options (secrets from options.credentials, prompts from options.prompts).
    Provisioner(const Inventory &inventory, TransportOptions options);
    Provisioner(const Inventory &inventory, TransportFactory factory);

    // The host keys the target's plan will touch.
    Result<QStringList> hostsOf(const Target &target) const;
    Result<Prepared> prepare(const Target &target, const CancelToken &cancel);
    // A transport for a host of the inventory (pooled; created once per host).
    Result<std::shared_ptr<Transport>> transportFor(const QString &hostKey);
    ProvisionRunner::TransportFor transportFunction();

    // For tests: how password values are read (default: the keychain).
    void setReveal(std::function<Result<QString>(const QString &, const QString &)> reveal) { mReveal = std::move(reveal); }

private:
    const Inventory &mInventory;
    TransportOptions mOptions;
    TransportFactory mFactory;
    std::function<Result<QString>(const QString &, const QString &)> mReveal;
    QHash<QString, std::shared_ptr<Transport>> mTransports;
};

} // namespace stackyard
