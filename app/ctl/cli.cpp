// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/cli.h"

#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

Cli::Cli(QList<Command> commands)
    : mCommands(std::move(commands))
{
}

const Command *Cli::find(const QStringList &words, qsizetype *matched) const
{
    for (const Command &command : mCommands) {
        if (words.size() >= command.words.size() && words.mid(0, command.words.size()) == command.words) {
            *matched = command.words.size();
            return &command;
        }
    }
    return nullptr;
}

QString Cli::helpFor(const QCommandLineParser &parser, const Command &command)
{
    // QCommandLineParser starts with "Usage: /path/to/program [options]"; name the command.
    QString text = parser.helpText();
    const qsizetype options = text.indexOf(u" [options]"_s);
    const qsizetype start = text.indexOf(u": "_s);
    if (options > 0 && start > 0 && start < options)
        text.replace(start + 2, options - start - 2, u"stackyardctl "_s + command.words.join(u' '));
    return text;
}

void Cli::printOverview(QTextStream &stream) const
{
    stream << QCoreApplication::translate("stackyardctl", "Usage: stackyardctl [options] <command> [<args>]") << "\n\n"
           << QCoreApplication::translate("stackyardctl",
                                          "Stackyard's command line: everything the console does, from a shell.")
           << "\n\n"
           << QCoreApplication::translate("stackyardctl", "Options:") << "\n"
           << "  -h, --help     " << QCoreApplication::translate("stackyardctl", "Displays help on commandline options.") << "\n"
           << "  -v, --version  " << QCoreApplication::translate("stackyardctl", "Displays version information.") << "\n\n"
           << QCoreApplication::translate("stackyardctl", "Commands:") << "\n";
    for (const Command &command : mCommands)
        stream << "  " << command.words.join(u' ').leftJustified(22) << ' ' << command.summary << '\n';
    stream << '\n' << QCoreApplication::translate("stackyardctl", "Run 'stackyardctl <command> --help' for the options of a command.") << '\n';
}

int Cli::run(const QStringList &arguments, Io &io) const
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printOverview(io.err);
        return ExitUsage;
    }
    const QString &first = args.constFirst();
    if (first == u"-h"_s || first == u"--help"_s || first == u"help"_s) {
        if (args.size() > 1 && first == u"help"_s) {
            qsizetype matched = 0;
            if (const Command *command = find(args.mid(1), &matched)) {
                QCommandLineParser parser;
                command->describe(parser);
                io.out << helpFor(parser, *command);
                return ExitOk;
            }
        }
        printOverview(io.out);
        return ExitOk;
    }
    if (first == u"-v"_s || first == u"--version"_s || first == u"version"_s) {
        io.out << appinfo::versionReport(u"stackyardctl"_s) << '\n';
        return ExitOk;
    }

    qsizetype matched = 0;
    const Command *command = find(args, &matched);
    if (!command) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl: unknown command '%1'").arg(args.join(u' ')) << "\n\n";
        printOverview(io.err);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("stackyardctl", "Displays help for this command."));
    parser.addOption(help);
    command->describe(parser);
    const QString name = command->words.join(u' ');
    const QString helpText = helpFor(parser, *command);
    io.usage = helpText;
    // The program name stays in front, as QCommandLineParser expects.
    if (!parser.parse(QStringList{arguments.constFirst()} + args.mid(matched))) {
        io.err << u"stackyardctl %1: "_s.arg(name) << parser.errorText() << "\n\n" << helpText;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << helpText;
        return ExitOk;
    }
    return command->run(parser, io);
}

} // namespace stackyard::ctl
