// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/hostfacts.h"
#include "provision/plan.h"

#include <QStringList>

namespace stackyard {

// Builds the commands of a plan for one host: as root (through sudo when the login user is
// not root), or as a service user (runuser as root, sudo -u otherwise), with input on stdin.
class HostCommands
{
public:
    explicit HostCommands(const HostFacts &facts)
        : mFacts(facts)
    {
    }

    PlanCommand root(const QStringList &argv) const;
    PlanCommand as(const QString &user, const QStringList &argv) const;
    // c with stdin; secret input is shown as masked (or "n bytes, hidden").
    static PlanCommand withInput(PlanCommand c, const QByteArray &input, bool secret = false, const QString &masked = {});
    // root(sh -c script sh args…): a fixed script, the values only as positional arguments.
    PlanCommand script(const QString &text, const QStringList &args = {}) const;
    // apt-get install of packages (non-interactive, keeping changed configuration files).
    PlanCommand aptInstall(const QStringList &packages) const;
    // Exit 0 when every package is installed.
    PlanCommand packagesInstalled(const QStringList &packages) const;

    const HostFacts &facts() const { return mFacts; }

private:
    const HostFacts &mFacts;
};

} // namespace stackyard
