// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace stackyard {

// How a command ended: its exit code, the signal that killed it, or that Stackyard stopped it
// (timeout, cancel).
struct ExitStatus
{
    enum class Kind { Exited, Signaled, TimedOut, Cancelled };

    Kind kind = Kind::Exited;
    int code = 0;   // Exited: the exit code
    QString signal; // Signaled: the signal's name without "SIG" ("TERM", "KILL")

    static ExitStatus exited(int code) { return {Kind::Exited, code, {}}; }
    static ExitStatus signaled(const QString &name) { return {Kind::Signaled, 0, name}; }

    bool success() const { return kind == Kind::Exited && code == 0; }
    // A shell's $?: the code, 128 + the signal's number when killed, 124 on a timeout, 130
    // (128 + INT) when cancelled.
    int shellStatus() const;
    // "exit code 3", "killed by signal TERM", "timed out", "cancelled" (translated).
    QString toString() const;

    // Signal names and numbers as on Linux; 0 / empty when unknown.
    static int signalNumber(const QString &name);
    static QString signalName(int number);

    friend bool operator==(const ExitStatus &, const ExitStatus &) = default;
};

// A command's status and its output, collected (up to a cap) by Transport::execute().
struct CommandResult
{
    ExitStatus status;
    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false; // more output came than the cap kept
    bool stderrTruncated = false;
};

// What a finished file transfer did.
struct TransferResult
{
    qint64 bytes = 0;
    QString path; // the destination, as written
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::ExitStatus)
Q_DECLARE_METATYPE(stackyard::CommandResult)
Q_DECLARE_METATYPE(stackyard::TransferResult)
