// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "logs/logparser.h"
#include "transport/commandspec.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

namespace stackyard {

// One log to follow on one host: files (followed like tail -F, through rotation), a systemd
// unit's journal, or the logs of a docker compose project. A value type; the command that reads
// it is an argument vector run through the host's Transport.
struct LogSourceSpec
{
    enum class Kind { File, Journal, Compose };

    Kind kind = Kind::File;
    QString host;       // the inventory host key ("" for this machine on the CLI's file path)
    QString name;       // what the source column shows and the CLI accepts: "postgres:pg-meta-1", a path…
    QString description; // translated, for the picker
    // File: every path followed together (tail -F), or, with searches, the newest file matching
    // the first (directory, glob) pair that matches anything.
    QStringList paths;
    QList<std::pair<QString, QString>> searches;
    QString unit;       // Journal
    QString appDirectory; // Compose
    bool become = false;  // read through sudo (ansible_become)

    static LogSourceSpec file(const QString &host, const QString &path);
    static LogSourceSpec journal(const QString &host, const QString &unit);
    static LogSourceSpec compose(const QString &host, const QString &appDirectory);
    // A SOURCE argument: a path, "journal:UNIT", "compose:APPDIR", or a name from offered.
    // An Error lists the offered names when none matches.
    static Result<LogSourceSpec> fromArgument(const QString &host, const QString &argument,
                                             const QList<LogSourceSpec> &offered);

    // The command: the last `lines` lines and, with follow, everything written after them until
    // cancelled.
    CommandSpec command(int lines, bool follow) const;
    LogParser::Hint parserHint() const;
    // The program the command needs on the host ("tail", "journalctl", "docker"), for messages.
    QString program() const;
    // What to tell the user when the command could not run or ended with an error.
    Error failure(const QString &hostLabel, int exitCode, const QString &stderrText) const;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::LogSourceSpec)
