// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/hostcommands.h"

#include "ctl/hostaccess.h"
#include "ctl/interruptcancels.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <climits>
#include <csignal>
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

// Exit status of "host exec" when the command could not be run at all (like ssh).
constexpr int ExitTransport = 255;

int usageError(Io &io, const QString &message)
{
    io.err << message << "\n\n" << io.usage;
    return ExitUsage;
}

void describeExec(QCommandLineParser &parser)
{
    HostAccess::describe(parser, QCoreApplication::translate(
        "stackyardctl",
        "Runs COMMAND with its arguments on HOST (an inventory host key), streaming its output, and exits with "
        "its status (128+N when killed by signal N, 255 when it could not be run). The arguments reach the "
        "host unchanged: no shell reads them. Standard input, when it is not a terminal, is passed on. "
        "Ctrl-C terminates the remote command."));
    parser.addPositionalArgument(u"HOST"_s, QCoreApplication::translate("stackyardctl", "The host's key in the inventory."));
    parser.addPositionalArgument(u"-- COMMAND [ARG…]"_s, QCoreApplication::translate("stackyardctl", "What to run."));
    parser.addOption({u"become"_s, QCoreApplication::translate("stackyardctl", "Run through sudo (as with ansible_become).")});
}

int runExec(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usageError(io, QCoreApplication::translate("stackyardctl", "stackyardctl host exec: expected INVENTORY HOST -- COMMAND [ARG…]"));
    std::optional<HostAccess> access = HostAccess::open(parser, args[0], io);
    if (!access)
        return ExitFailure;
    const Result<HostSettings> settings = access->settings(args[1]);
    if (!settings) {
        HostAccess::printError(io, settings.error());
        return ExitFailure;
    }
    const Result<std::shared_ptr<Transport>> transport = access->transport(*settings, parser.isSet(u"become"_s));
    if (!transport) {
        HostAccess::printError(io, transport.error());
        return ExitFailure;
    }
    CommandSpec spec;
    spec.argv = args.mid(2);
    spec.become = settings->become || parser.isSet(u"become"_s);
    spec.becomeUser = settings->becomeUser;
    if (!parser.isSet(u"password-stdin"_s) && !::isatty(STDIN_FILENO)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            spec.stdinData = in.readAll();
    }
    CancelToken cancel;
    io.out.flush();
    Result<ExitStatus> status = Error{};
    {
        const InterruptCancels interrupts(cancel);
        status = (*transport)->run(
            spec,
            [](OutputStream stream, const QByteArray &chunk) {
                std::FILE *file = stream == OutputStream::Stdout ? stdout : stderr;
                std::fwrite(chunk.constData(), 1, size_t(chunk.size()), file);
                std::fflush(file);
            },
            cancel);
    }
    if (!status) {
        HostAccess::printError(io, status.error());
        return ExitTransport;
    }
    return status->shellStatus();
}

void describeCopy(QCommandLineParser &parser)
{
    HostAccess::describe(parser, QCoreApplication::translate(
        "stackyardctl",
        "Copies a file to or from a host: 'copy INVENTORY FILE HOST:PATH' uploads, 'copy INVENTORY HOST:PATH FILE' "
        "downloads. The destination is replaced atomically (a temporary file beside it, fsync, rename): it is "
        "either the old or the new file, never a partial one."));
    parser.addPositionalArgument(u"SRC"_s, QCoreApplication::translate("stackyardctl", "A local file, or HOST:PATH."));
    parser.addPositionalArgument(u"DST"_s, QCoreApplication::translate("stackyardctl", "A local file, or HOST:PATH."));
    parser.addOption({u"mode"_s, QCoreApplication::translate("stackyardctl", "Permission bits of the copy, in octal (default: those of the file replaced, else 0644)."),
                      u"MODE"_s});
    parser.addOption({u"become"_s, QCoreApplication::translate("stackyardctl", "Write or read the remote file through sudo.")});
}

// "HOST:PATH" when the part before a ':' is a host of the inventory (host keys may hold ':').
std::optional<std::pair<QString, QString>> remotePath(const Inventory &inventory, const QString &argument)
{
    for (qsizetype colon = argument.lastIndexOf(u':'); colon > 0; colon = argument.lastIndexOf(u':', colon - 1)) {
        const QString host = argument.left(colon);
        if (inventory.hostKeys().contains(host))
            return std::pair{host, argument.mid(colon + 1)};
    }
    return std::nullopt;
}

int runCopy(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(io, QCoreApplication::translate("stackyardctl", "stackyardctl host copy: expected INVENTORY SRC DST"));
    FileOptions options;
    if (parser.isSet(u"mode"_s)) {
        bool ok = false;
        options.mode = parser.value(u"mode"_s).toInt(&ok, 8);
        if (!ok || options.mode < 0 || options.mode > 07777)
            return usageError(io, QCoreApplication::translate("stackyardctl", "stackyardctl host copy: --mode takes octal permission bits such as 0640"));
    }
    std::optional<HostAccess> access = HostAccess::open(parser, args[0], io);
    if (!access)
        return ExitFailure;
    const auto source = remotePath(access->inventory(), args[1]);
    const auto destination = remotePath(access->inventory(), args[2]);
    if (bool(source) == bool(destination))
        return usageError(io, QCoreApplication::translate("stackyardctl", "stackyardctl host copy: exactly one of SRC and DST must be HOST:PATH with a host of the inventory"));
    const QString host = source ? source->first : destination->first;
    const Result<HostSettings> settings = access->settings(host);
    if (!settings) {
        HostAccess::printError(io, settings.error());
        return ExitFailure;
    }
    options.become = settings->become || parser.isSet(u"become"_s);
    options.becomeUser = settings->becomeUser;
    const Result<std::shared_ptr<Transport>> transport = access->transport(*settings);
    if (!transport) {
        HostAccess::printError(io, transport.error());
        return ExitFailure;
    }
    const bool showProgress = ::isatty(STDERR_FILENO);
    const ProgressHandler progress = [&io, showProgress](qint64 done, qint64 total) {
        if (!showProgress)
            return;
        io.err << '\r' << (total > 0 ? u"%1 / %2 MiB"_s.arg(done / 1048576).arg(total / 1048576) : u"%1 MiB"_s.arg(done / 1048576));
        io.err.flush();
    };
    CancelToken cancel;
    Result<TransferResult> result = Error{};
    {
        const InterruptCancels interrupts(cancel);
        result = source ? (*transport)->download(source->second, args[2], options, progress, cancel)
                        : (*transport)->upload(args[1], destination->second, options, progress, cancel);
    }
    if (showProgress)
        io.err << '\n';
    if (!result) {
        HostAccess::printError(io, result.error());
        return ExitFailure;
    }
    const int bytes = result->bytes > INT_MAX ? INT_MAX : int(result->bytes); // (lupdate hangs on a template call here)
    io.out << QCoreApplication::translate("stackyardctl", "%1: %n bytes", nullptr, bytes).arg(args[2]) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> hostCommands()
{
    return {
        {{u"host"_s, u"check"_s},
         QCoreApplication::translate("stackyardctl", "Check that hosts are reachable: auth, host key, OS, CPU, RAM, sudo"),
         describeHostCheck, runHostCheck},
        {{u"host"_s, u"exec"_s},
         QCoreApplication::translate("stackyardctl", "Run a command on a host and stream its output"),
         describeExec, runExec},
        {{u"host"_s, u"copy"_s},
         QCoreApplication::translate("stackyardctl", "Copy a file to or from a host (atomic replace)"),
         describeCopy, runCopy},
    };
}

} // namespace stackyard::ctl
