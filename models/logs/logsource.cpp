// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logsource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Picks the file to follow on the host: for each (directory, glob) pair in turn, the newest
// file of the directory matching the glob (globs are Stackyard's own, built from validated
// inventory names); values arrive only as positional arguments.
//   $1 lines, $2 follow (1/0), then directory glob directory glob …
const char kResolveScript[] =
    "n=$1; follow=$2; shift 2; f=; looked=\n"
    "while [ $# -ge 2 ]; do\n"
    "  dir=$1; glob=$2; shift 2; looked=\"$looked $dir/$glob\"\n"
    "  [ -d \"$dir\" ] || continue\n"
    "  f=$(cd -- \"$dir\" && ls -1t -- $glob 2>/dev/null | head -n 1)\n"
    "  if [ -n \"$f\" ]; then f=$dir/$f; break; fi\n"
    "done\n"
    "if [ -z \"$f\" ]; then echo \"stackyard: no log file found (looked for:$looked)\" >&2; exit 66; fi\n"
    "if [ \"$follow\" = 1 ]; then exec tail -F -n \"$n\" -- \"$f\"; else exec tail -n \"$n\" -- \"$f\"; fi\n";

// journalctl, after checking that systemd's journal runs at all (without it, journalctl -f
// waits silently for ever).
const char kJournalScript[] =
    "command -v journalctl >/dev/null 2>&1 || { echo 'stackyard: journalctl: command not found' >&2; exit 127; }\n"
    "if [ ! -d /run/systemd/system ] && [ ! -S /run/systemd/journal/socket ]; then\n"
    "  echo 'stackyard: no systemd journal runs on this host (systemd is not PID 1, no journald socket)' >&2; exit 69\n"
    "fi\n"
    "exec journalctl \"$@\"\n";

// docker compose (the plugin), else docker-compose (v1).
const char kComposeScript[] =
    "if docker compose version >/dev/null 2>&1; then exec docker compose \"$@\"; fi\n"
    "if command -v docker-compose >/dev/null 2>&1; then exec docker-compose \"$@\"; fi\n"
    "echo 'stackyard: docker compose: command not found (neither the compose plugin nor docker-compose)' >&2; exit 127\n";

} // namespace

LogSourceSpec LogSourceSpec::file(const QString &host, const QString &path)
{
    LogSourceSpec s;
    s.kind = Kind::File;
    s.host = host;
    s.name = path;
    s.paths = {path};
    s.description = QCoreApplication::translate("LogSource", "File %1").arg(path);
    return s;
}

LogSourceSpec LogSourceSpec::journal(const QString &host, const QString &unit)
{
    LogSourceSpec s;
    s.kind = Kind::Journal;
    s.host = host;
    s.name = u"journal:"_s + unit;
    s.unit = unit;
    s.description = QCoreApplication::translate("LogSource", "Journal of unit %1").arg(unit);
    return s;
}

LogSourceSpec LogSourceSpec::compose(const QString &host, const QString &appDirectory)
{
    LogSourceSpec s;
    s.kind = Kind::Compose;
    s.host = host;
    s.name = u"compose:"_s + appDirectory;
    s.appDirectory = appDirectory;
    s.description = QCoreApplication::translate("LogSource", "Compose app in %1").arg(appDirectory);
    return s;
}

Result<LogSourceSpec> LogSourceSpec::fromArgument(const QString &host, const QString &argument,
                                                  const QList<LogSourceSpec> &offered)
{
    for (const LogSourceSpec &s : offered)
        if (s.name == argument)
            return s;
    if (argument.startsWith(u"journal:"_s) && argument.size() > 8)
        return journal(host, argument.mid(8));
    if (argument.startsWith(u"compose:"_s) && argument.size() > 8)
        return compose(host, argument.mid(8));
    if (argument.startsWith(u'/') || argument.startsWith(u"./"_s) || argument.startsWith(u"~/"_s))
        return file(host, argument);
    QStringList names;
    for (const LogSourceSpec &s : offered)
        names << s.name;
    return Error{QCoreApplication::translate("LogSource", "No log source '%1' on %2").arg(argument, host),
                 host,
                 names.isEmpty()
                     ? QCoreApplication::translate("LogSource", "Give a file path, journal:UNIT or compose:APPDIR.")
                     : QCoreApplication::translate("LogSource", "Sources offered for this host: %1; or a file path, journal:UNIT, compose:APPDIR.")
                           .arg(names.join(u", "_s)),
                 {}};
}

CommandSpec LogSourceSpec::command(int lines, bool follow) const
{
    CommandSpec c;
    c.become = become;
    const QString n = QString::number(std::max(0, lines));
    switch (kind) {
    case Kind::File:
        if (searches.isEmpty()) {
            c.argv = QStringList{u"tail"_s};
            if (follow)
                c.argv << u"-F"_s;
            if (paths.size() > 1)
                c.argv << u"-q"_s; // several files: no "==> name <==" headers
            c.argv << u"-n"_s << n << u"--"_s << paths;
        } else {
            c.argv = QStringList{u"sh"_s, u"-c"_s, QString::fromLatin1(kResolveScript), u"sh"_s, n,
                                 follow ? u"1"_s : u"0"_s};
            for (const auto &[dir, glob] : searches)
                c.argv << dir << glob;
        }
        break;
    case Kind::Journal:
        c.argv = {u"sh"_s, u"-c"_s, QString::fromLatin1(kJournalScript), u"sh"_s};
        if (follow)
            c.argv << u"-f"_s;
        c.argv << QStringList{u"--no-pager"_s, u"-o"_s, u"json"_s, u"-n"_s, n, u"-u"_s, unit};
        break;
    case Kind::Compose:
        c.argv = {u"sh"_s, u"-c"_s, QString::fromLatin1(kComposeScript), u"sh"_s, u"logs"_s};
        if (follow)
            c.argv << u"-f"_s;
        c.argv << QStringList{u"--no-color"_s, u"--timestamps"_s, u"--tail"_s, n};
        c.workingDirectory = appDirectory;
        break;
    }
    return c;
}

LogParser::Hint LogSourceSpec::parserHint() const
{
    switch (kind) {
    case Kind::Journal:
        return LogParser::Hint::Journal;
    case Kind::Compose:
        return LogParser::Hint::Compose;
    case Kind::File:
        break;
    }
    return LogParser::Hint::Auto;
}

QString LogSourceSpec::program() const
{
    switch (kind) {
    case Kind::Journal:
        return u"journalctl"_s;
    case Kind::Compose:
        return u"docker"_s;
    case Kind::File:
        break;
    }
    return u"tail"_s;
}

Error LogSourceSpec::failure(const QString &hostLabel, int exitCode, const QString &stderrText) const
{
    const QString err = stderrText.trimmed();
    const bool missing = exitCode == 127 || exitCode == 69 || err.contains(u"not found"_s)
        || err.contains(u"No such file or directory"_s) || err.contains(u"is not a docker command"_s)
        || err.contains(u"unknown command"_s) || err.contains(u"unknown flag"_s);
    Error e;
    e.where = hostLabel;
    e.detail = err;
    switch (kind) {
    case Kind::Journal:
        e.what = QCoreApplication::translate("LogSource", "The journal of %1 could not be read on %2").arg(unit, hostLabel);
        e.hint = missing || err.contains(u"journal"_s, Qt::CaseInsensitive)
            ? QCoreApplication::translate("LogSource", "journalctl is missing or finds no systemd journal on this host "
                                                       "(no systemd as PID 1?): follow the service's log file instead.")
            : QCoreApplication::translate("LogSource", "Check that the unit exists (systemctl status %1) and that the user may read the journal (group systemd-journal or adm).").arg(unit);
        break;
    case Kind::Compose:
        e.what = QCoreApplication::translate("LogSource", "The logs of the compose app in %1 could not be read on %2").arg(appDirectory, hostLabel);
        e.hint = missing || err.contains(u"docker daemon"_s, Qt::CaseInsensitive) || err.contains(u"docker.sock"_s)
                || err.contains(u"server API version"_s)
            ? QCoreApplication::translate("LogSource", "docker compose is missing or no Docker engine runs on this host: "
                                                       "install Docker Engine with the compose plugin, and start it.")
            : QCoreApplication::translate("LogSource", "Check that %1 holds the app's compose file and that the user may use Docker.").arg(appDirectory);
        break;
    case Kind::File:
        e.what = QCoreApplication::translate("LogSource", "%1 could not be followed on %2").arg(name, hostLabel);
        e.hint = exitCode == 66 || err.contains(u"No such file"_s)
            ? QCoreApplication::translate("LogSource", "The log file does not exist (yet) on this host: check the path, or the service's log settings.")
            : err.contains(u"Permission denied"_s)
            ? QCoreApplication::translate("LogSource", "The login user may not read it: set ansible_become for the host, or add the user to the file's group (adm).")
            : QCoreApplication::translate("LogSource", "See the detail for what tail reported.");
        break;
    }
    return e;
}

} // namespace stackyard
