// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace stackyard::ctl {

// Exit codes of stackyardctl.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Where a command writes: stdout for results, stderr for errors and progress.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    // The running command's help text, for commands to print after a usage error.
    QString usage = {};
};

// One subcommand such as "inventory list". describe() adds its options and positional arguments
// to a QCommandLineParser; run() gets the parsed parser and returns an ExitCode.
struct Command
{
    QStringList words; // {"inventory", "list"}
    QString summary;   // one translated line for the command list
    std::function<void(QCommandLineParser &)> describe;
    std::function<int(const QCommandLineParser &, Io &)> run;
};

// Dispatches argv to the matching command, prints help in QCommandLineParser's style and exits
// with 2 on any usage error (unknown command or option, missing argument).
class Cli
{
public:
    explicit Cli(QList<Command> commands);
    int run(const QStringList &arguments, Io &io) const;

private:
    void printOverview(QTextStream &stream) const;
    static QString helpFor(const QCommandLineParser &parser, const Command &command);
    const Command *find(const QStringList &words, qsizetype *matched) const;

    QList<Command> mCommands;
};

} // namespace stackyard::ctl
