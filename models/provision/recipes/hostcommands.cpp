// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/recipes/hostcommands.h"

using namespace Qt::StringLiterals;

namespace stackyard {

PlanCommand HostCommands::root(const QStringList &argv) const
{
    PlanCommand c;
    c.spec.argv = argv;
    c.spec.become = !mFacts.root;
    return c;
}

PlanCommand HostCommands::as(const QString &user, const QStringList &argv) const
{
    PlanCommand c;
    if (mFacts.root) {
        c.spec.argv = QStringList{u"runuser"_s, u"-u"_s, user, u"--"_s} + argv;
    } else {
        c.spec.argv = argv;
        c.spec.become = true;
        c.spec.becomeUser = user;
    }
    return c;
}

PlanCommand HostCommands::withInput(PlanCommand c, const QByteArray &input, bool secret, const QString &masked)
{
    c.spec.stdinData = input;
    c.secretInput = secret;
    c.maskedInput = masked;
    return c;
}

PlanCommand HostCommands::script(const QString &text, const QStringList &args) const
{
    return root(QStringList{u"sh"_s, u"-c"_s, text, u"sh"_s} + args);
}

PlanCommand HostCommands::aptInstall(const QStringList &packages) const
{
    PlanCommand c = root(QStringList{u"apt-get"_s, u"install"_s, u"-y"_s, u"-q"_s, u"--no-install-recommends"_s,
                                     u"-o"_s, u"Dpkg::Options::=--force-confold"_s}
                         + packages);
    c.spec.environment = {{u"DEBIAN_FRONTEND"_s, u"noninteractive"_s}};
    c.spec.timeoutMs = 1800000;
    return c;
}

PlanCommand HostCommands::packagesInstalled(const QStringList &packages) const
{
    // dpkg-query prints one status per package; every one must be "install ok installed".
    return script(uR"~(for p in "$@"; do
  s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || { echo "$p: not installed"; exit 1; }
  [ "$s" = "install ok installed" ] || { echo "$p: $s"; exit 1; }
done)~"_s,
                  packages);
}

} // namespace stackyard
