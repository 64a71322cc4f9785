// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/secretcommands.h"

#include "inventory/inventorydocument.h"
#include "secrets/secretref.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QFileInfo>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cerrno>
#include <csignal>
#include <optional>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

// Longer input is almost certainly a wrong file on stdin, not a password or a key.
constexpr qsizetype maxValueBytes = 64 * 1024;

// "stackyardctl: <where>: <what> — <hint>", and the library's own message on the next line.
void printError(Io &io, const Error &error)
{
    io.err << u"stackyardctl: "_s;
    if (!error.where.isEmpty())
        io.err << error.where << u": "_s;
    io.err << error.what;
    if (!error.hint.isEmpty())
        io.err << u" — "_s << error.hint;
    io.err << '\n';
    if (!error.detail.isEmpty())
        io.err << u"  "_s << error.detail << '\n';
    io.err.flush();
}

// The single NAME argument, or nothing after printing the usage error. Further arguments are
// never echoed: one of them may be a password typed in the wrong place.
std::optional<QString> nameArgument(const QCommandLineParser &parser, Io &io, const QString &command)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        if (command == u"secret set"_s && args.size() > 1)
            io.err << QCoreApplication::translate("stackyardctl",
                                                  "stackyardctl secret set: the value is read from standard input, "
                                                  "never from the command line")
                   << "\n\n";
        else
            io.err << QCoreApplication::translate("stackyardctl", "stackyardctl %1: expected exactly one NAME").arg(command)
                   << "\n\n";
        io.err << parser.helpText();
        return std::nullopt;
    }
    const QString &name = args.constFirst();
    if (!SecretRef::isValidName(name)) {
        io.err << QCoreApplication::translate("stackyardctl",
                                              "stackyardctl %1: '%2' is not a valid secret name (1 to 200 letters, "
                                              "digits, '.', '_', '/' and '-')")
                      .arg(command, name)
               << '\n';
        return std::nullopt;
    }
    return name;
}

void describeName(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"NAME"_s,
                                 QCoreApplication::translate("stackyardctl",
                                                             "The secret's name, as in ${secret:NAME} "
                                                             "(letters, digits, '.', '_', '/', '-')."));
}

// Terminal echo off while a value is typed; restored on return and on Ctrl-C.
struct termios gSavedTerminal;
volatile std::sig_atomic_t gEchoIsOff = 0;

void restoreEchoAndReraise(int signo)
{
    if (gEchoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &gSavedTerminal);
    std::signal(signo, SIG_DFL);
    std::raise(signo);
}

class HiddenInput
{
public:
    HiddenInput()
    {
        if (tcgetattr(STDIN_FILENO, &gSavedTerminal) != 0)
            return;
        for (const int signo : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signo, restoreEchoAndReraise);
        struct termios hidden = gSavedTerminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL);
        gEchoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
    }
    ~HiddenInput()
    {
        if (gEchoIsOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &gSavedTerminal);
        gEchoIsOff = 0;
        for (const int signo : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signo, SIG_DFL);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;
};

// One line from the terminal, without echo, without its newline; nothing at end of input.
std::optional<QByteArray> readHiddenLine(Io &io, const QString &prompt)
{
    io.err << prompt;
    io.err.flush();
    const HiddenInput hidden;
    QByteArray line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line.isEmpty() ? std::nullopt : std::optional<QByteArray>(line);
        if (c == '\n')
            return line;
        line.append(c);
        if (line.size() > maxValueBytes)
            return line;
    }
}

// Everything on stdin when it is not a terminal.
QByteArray readAllInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data;
    while (!in.atEnd() && data.size() <= maxValueBytes) {
        const QByteArray chunk = in.read(4096);
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

Error inputError(const QString &name, const QString &what, const QString &hint)
{
    return Error{what, SecretRef::format(name), hint, {}};
}

// The value for "secret set": typed twice on a terminal, else read from stdin with one
// trailing newline removed.
std::optional<QString> readValue(Io &io, const QString &name)
{
    const QString pipeHint = QCoreApplication::translate("stackyardctl",
                                                         "Type the value when asked, or pipe it in: "
                                                         "stackyardctl secret set NAME < file");
    QByteArray raw;
    if (isatty(STDIN_FILENO)) {
        std::optional<QByteArray> first =
            readHiddenLine(io, QCoreApplication::translate("stackyardctl", "Value for %1 (not shown): ").arg(name));
        std::optional<QByteArray> second =
            first ? readHiddenLine(io, QCoreApplication::translate("stackyardctl", "Repeat the value: ")) : std::nullopt;
        if (!first || !second) {
            printError(io, inputError(name, QCoreApplication::translate("stackyardctl", "No value was entered"), pipeHint));
            return std::nullopt;
        }
        const bool same = *first == *second;
        raw = *first;
        first->fill('\0');
        second->fill('\0');
        if (!same) {
            raw.fill('\0');
            printError(io, inputError(name,
                                      QCoreApplication::translate("stackyardctl",
                                                                  "The two values differ; nothing was stored"),
                                      QCoreApplication::translate("stackyardctl", "Run the command again.")));
            return std::nullopt;
        }
    } else {
        raw = readAllInput();
        if (raw.endsWith('\n')) {
            raw.chop(1);
            if (raw.endsWith('\r'))
                raw.chop(1);
        }
    }

    std::optional<QString> result;
    if (raw.size() > maxValueBytes) {
        printError(io, inputError(name, QCoreApplication::translate("stackyardctl", "The value is longer than 64 KiB"),
                                  pipeHint));
    } else if (raw.isEmpty()) {
        printError(io, inputError(name, QCoreApplication::translate("stackyardctl", "The value is empty"), pipeHint));
    } else if (raw.contains('\0')) {
        printError(io, inputError(name, QCoreApplication::translate("stackyardctl", "The value contains a NUL byte"),
                                  QCoreApplication::translate("stackyardctl", "A secret is text; store binary data "
                                                                              "base64-encoded.")));
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString value = decoder(raw);
        if (decoder.hasError()) {
            value.fill(u'\0');
            printError(io, inputError(name, QCoreApplication::translate("stackyardctl", "The value is not valid UTF-8"),
                                      QCoreApplication::translate("stackyardctl", "A secret is text; store binary data "
                                                                                  "base64-encoded.")));
        } else {
            result = std::move(value);
        }
    }
    raw.fill('\0');
    return result;
}

int runSet(const QCommandLineParser &parser, Io &io)
{
    const std::optional<QString> name = nameArgument(parser, io, u"secret set"_s);
    if (!name)
        return ExitUsage;
    std::optional<QString> value = readValue(io, *name);
    if (!value)
        return ExitFailure;
    const Result<bool> stored = SecretStore::writeNow(*name, *value);
    value->fill(u'\0');
    if (!stored) {
        printError(io, stored.error());
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("stackyardctl", "Stored %1 in the keychain; use it as %2")
                  .arg(*name, SecretRef::format(*name))
           << '\n';
    return ExitOk;
}

int runGet(const QCommandLineParser &parser, Io &io)
{
    const std::optional<QString> name = nameArgument(parser, io, u"secret get"_s);
    if (!name)
        return ExitUsage;
    const bool terminal = isatty(STDOUT_FILENO);
    if (terminal && !parser.isSet(u"show"_s)) {
        io.err << QCoreApplication::translate("stackyardctl",
                                              "stackyardctl secret get: refusing to print a secret on a terminal; "
                                              "add --show, or redirect the output")
               << '\n';
        return ExitUsage;
    }
    Result<QString> value = SecretStore::readNow(*name);
    if (!value) {
        printError(io, value.error());
        return ExitFailure;
    }
    io.out << *value;
    if (terminal)
        io.out << '\n';
    io.out.flush();
    value.value().fill(u'\0');
    return ExitOk;
}

// Nothing when the secret exists; else the exit code, after printing why (missing, or the keychain
// could not answer).
std::optional<int> requireExisting(const QString &name, Io &io)
{
    const Result<bool> exists = SecretStore::existsNow(name);
    if (!exists) {
        printError(io, exists.error());
        return ExitFailure;
    }
    if (!*exists) {
        printError(io, SecretStore::notFoundError(name));
        return ExitFailure;
    }
    return std::nullopt;
}

int runDelete(const QCommandLineParser &parser, Io &io)
{
    const std::optional<QString> name = nameArgument(parser, io, u"secret delete"_s);
    if (!name)
        return ExitUsage;
    if (const std::optional<int> missing = requireExisting(*name, io))
        return *missing;
    const Result<bool> removed = SecretStore::removeNow(*name);
    if (!removed) {
        printError(io, removed.error());
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("stackyardctl", "Deleted %1 from the keychain").arg(*name) << '\n';
    return ExitOk;
}

// "secret check FILE": every ${secret:NAME} the inventory refers to, stored or missing.
int checkInventory(const QString &file, Io &io)
{
    InventoryDocument document;
    if (const auto opened = document.openNow(file); !opened) {
        printError(io, opened.error());
        return ExitFailure;
    }
    const yaml::Tree &tree = document.inventory().tree();
    QStringList names;
    QHash<QString, int> lines;
    for (yaml::Tree::Index i = 0; i < yaml::Tree::Index(tree.size()); ++i) {
        if (!tree.isScalar(i))
            continue;
        const std::optional<QString> name = SecretRef::parse(QString::fromStdString(tree.scalar(i)));
        if (name && !lines.contains(*name)) {
            names.append(*name);
            lines.insert(*name, tree.node(i).line + 1);
        }
    }
    int missing = 0;
    for (const QString &name : std::as_const(names)) {
        const Result<bool> exists = SecretStore::existsNow(name);
        if (!exists) {
            printError(io, exists.error());
            return ExitFailure;
        }
        if (!*exists)
            ++missing;
        io.out << (*exists ? QCoreApplication::translate("stackyardctl", "stored ") : QCoreApplication::translate("stackyardctl", "MISSING"))
               << u"  "_s << name << u"  ("_s << file << u':' << lines.value(name) << u")\n"_s;
    }
    io.err << QCoreApplication::translate("stackyardctl", "%1: %2 secret reference(s), %3 missing from the keychain")
                  .arg(file)
                  .arg(names.size())
                  .arg(missing)
           << '\n';
    if (missing > 0)
        io.err << QCoreApplication::translate("stackyardctl", "Store each missing one with: stackyardctl secret set NAME") << '\n';
    return missing > 0 ? ExitFailure : ExitOk;
}

int runCheck(const QCommandLineParser &parser, Io &io)
{
    // An existing inventory file is checked for all its references; anything else is a NAME.
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1 && QFileInfo(args.constFirst()).isFile())
        return checkInventory(args.constFirst(), io);
    const std::optional<QString> name = nameArgument(parser, io, u"secret check"_s);
    if (!name)
        return ExitUsage;
    if (const std::optional<int> missing = requireExisting(*name, io))
        return *missing;
    io.out << QCoreApplication::translate("stackyardctl", "%1 is in the keychain").arg(*name) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> secretCommands()
{
    return {
        {{u"secret"_s, u"set"_s},
         QCoreApplication::translate("stackyardctl", "Store a secret in the OS keychain (value from stdin)"),
         [](QCommandLineParser &parser) {
             parser.setApplicationDescription(QCoreApplication::translate(
                 "stackyardctl",
                 "Stores the value read from standard input as the secret NAME in the OS keychain; an inventory "
                 "refers to it as ${secret:NAME}. On a terminal the value is asked for twice and not shown; from "
                 "a pipe or file one trailing newline is removed. The value is never taken from the command line."));
             describeName(parser);
         },
         runSet},
        {{u"secret"_s, u"get"_s},
         QCoreApplication::translate("stackyardctl", "Print a secret from the OS keychain"),
         [](QCommandLineParser &parser) {
             parser.setApplicationDescription(QCoreApplication::translate(
                 "stackyardctl",
                 "Prints the value of the secret NAME. To keep secrets off screens it refuses to print to a "
                 "terminal unless --show is given."));
             describeName(parser);
             parser.addOption({u"show"_s, QCoreApplication::translate("stackyardctl", "Print the value on a terminal too.")});
         },
         runGet},
        {{u"secret"_s, u"delete"_s},
         QCoreApplication::translate("stackyardctl", "Delete a secret from the OS keychain"),
         [](QCommandLineParser &parser) {
             parser.setApplicationDescription(
                 QCoreApplication::translate("stackyardctl", "Deletes the secret NAME from the OS keychain."));
             describeName(parser);
         },
         runDelete},
        {{u"secret"_s, u"check"_s},
         QCoreApplication::translate("stackyardctl", "Tell whether a secret, or every secret an inventory uses, is stored"),
         [](QCommandLineParser &parser) {
             parser.setApplicationDescription(QCoreApplication::translate(
                 "stackyardctl", "Exits with 0 when the secret NAME is in the OS keychain and 1 when it is not (or "
                                 "the keychain cannot be reached). Given an inventory FILE instead, lists every "
                                 "${secret:NAME} it refers to as stored or MISSING, and exits 1 if one is missing. "
                                 "No value is printed."));
             parser.addPositionalArgument(u"NAME|FILE"_s,
                                          QCoreApplication::translate("stackyardctl",
                                                                      "A secret's name, or an inventory file."));
         },
         runCheck},
    };
}

} // namespace stackyard::ctl
