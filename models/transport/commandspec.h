// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace stackyard {

// One command for a host, always as an argument vector: argv[0] is the program (looked up in
// PATH), the rest reach it unchanged whatever characters they hold. Nothing here is ever
// pasted into a shell string; see shellQuote().
struct CommandSpec
{
    QStringList argv;
    // Extra environment variables (names: letters, digits, '_', not starting with a digit).
    QList<QPair<QString, QString>> environment;
    // Fed to the command's standard input, then end of file. Empty: end of file at once.
    QByteArray stdinData;
    // Where the command runs; empty: the login directory (SSH) or the current one (local).
    QString workingDirectory;
    // Run through sudo as becomeUser (default root). The transport's become password, when it
    // has one, is written to sudo's standard input after sudo prompts (never on a command line);
    // without one, sudo runs non-interactively (-n) and fails if it needs a password.
    bool become = false;
    QString becomeUser;
    // 0: no limit. When it elapses the command is terminated like a cancel (ExitStatus::TimedOut).
    int timeoutMs = 0;

    // Argument vector and names checked: an Error says what is wrong.
    Result<bool> validate() const;
    // "argv joined with spaces, quoted where needed" for messages. No environment values, no
    // stdin: those may hold secrets.
    QString displayText() const;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::CommandSpec)
