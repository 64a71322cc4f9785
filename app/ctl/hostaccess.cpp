// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/hostaccess.h"

#include "inventory/inventoryloader.h"
#include "transport/hostcredentials.h"
#include "transport/sshconfig.h"

#include <QCoreApplication>
#include <QFile>

#include <mutex>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

std::mutex gTerminal; // one question at a time when hosts connect in parallel

// A line typed on the controlling terminal without echo; nothing when there is no terminal.
std::optional<QByteArray> askHidden(const QString &prompt)
{
    const std::lock_guard lock(gTerminal);
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    const QByteArray text = prompt.toLocal8Bit();
    if (::write(tty, text.constData(), size_t(text.size())) < 0) {
        ::close(tty);
        return std::nullopt;
    }
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL);
        ::tcsetattr(tty, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    char c = 0;
    bool any = false;
    while (::read(tty, &c, 1) == 1) {
        any = true;
        if (c == '\n')
            break;
        line.append(c);
    }
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    if (!any)
        return std::nullopt;
    return line;
}

} // namespace

void HostAccess::describe(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"INVENTORY"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addOption({u"accept-new-host-keys"_s,
                      QCoreApplication::translate("stackyardctl",
                                                  "Trust a host key seen for the first time and add it to known_hosts "
                                                  "(its fingerprint is printed). A changed key is always refused.")});
    parser.addOption({u"password-stdin"_s,
                      QCoreApplication::translate("stackyardctl",
                                                  "Read the SSH login password from the first line of standard input "
                                                  "(when the inventory has no ansible_password secret).")});
}

std::optional<HostAccess> HostAccess::open(const QCommandLineParser &parser, const QString &inventoryPath, Io &io)
{
    Result<Inventory> inventory = InventoryLoader::loadNow(inventoryPath);
    if (!inventory) {
        printError(io, inventory.error());
        return std::nullopt;
    }
    HostAccess access;
    access.mInventory = std::move(inventory).value();
    access.mAcceptNewHostKeys = parser.isSet(u"accept-new-host-keys"_s);
    if (parser.isSet(u"password-stdin"_s)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            access.mStdinPassword = in.readLine(64 * 1024);
        while (access.mStdinPassword.endsWith('\n') || access.mStdinPassword.endsWith('\r'))
            access.mStdinPassword.chop(1);
    }
    return access;
}

Result<HostSettings> HostAccess::settings(const QString &hostKey) const
{
    return HostSettings::fromInventory(mInventory, hostKey, SshConfig::load(SshConfig::defaultPath()));
}

bool HostAccess::canBecomeWithPassword(const HostSettings &settings) const
{
    return !settings.becomePasswordSecret.isEmpty();
}

Result<std::shared_ptr<Transport>> HostAccess::transport(const HostSettings &hostSettings, bool forceBecome) const
{
    HostSettings settings = hostSettings;
    settings.become = settings.become || forceBecome;
    TransportOptions options;
    QList<HostCredentials::Problem> problems;
    options.credentials = HostCredentials::read(settings, &problems);
    if (!problems.isEmpty()) {
        const std::lock_guard lock(gTerminal);
        QTextStream err(stderr);
        for (const HostCredentials::Problem &problem : std::as_const(problems))
            err << QCoreApplication::translate("stackyardctl", "stackyardctl: %1: cannot read the secret %2: %3")
                       .arg(settings.name, problem.secret, problem.error.what)
                << '\n';
    }
    if (options.credentials.password.isEmpty())
        options.credentials.password = mStdinPassword;
    options.prompts.passphrase = [](const QString &keyFile, int attempt) {
        return askHidden(attempt == 1 ? QCoreApplication::translate("stackyardctl", "Passphrase for %1: ").arg(keyFile)
                                      : QCoreApplication::translate("stackyardctl", "Wrong passphrase; again for %1: ").arg(keyFile));
    };
    options.prompts.password = [](const QString &prompt) { return askHidden(prompt); };
    const bool accept = mAcceptNewHostKeys;
    options.prompts.confirmHostKey = [accept](const HostKeyPrompt &prompt) {
        if (accept) {
            const std::lock_guard lock(gTerminal);
            QTextStream(stderr) << QCoreApplication::translate("stackyardctl", "stackyardctl: added the host key of %1 (%2 %3) to %4")
                                       .arg(prompt.host, prompt.keyType, prompt.fingerprint, prompt.knownHostsFile)
                                << Qt::endl;
        }
        return accept;
    };
    return Transport::create(settings, options);
}

void HostAccess::printError(Io &io, const Error &error)
{
    io.err << u"stackyardctl: "_s << error.toString() << '\n';
    io.err.flush();
}

} // namespace stackyard::ctl
