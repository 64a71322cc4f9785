// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/logscommand.h"

#include "ctl/hostaccess.h"
#include "ctl/interruptcancels.h"
#include "logs/logfilter.h"
#include "logs/logsourcecatalog.h"
#include "logs/logstream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

void describe(QCommandLineParser &parser)
{
    HostAccess::describe(
        parser, QCoreApplication::translate(
                    "stackyardctl",
                    "Prints the last lines of a log of HOST (an inventory host key) and, with --follow, everything "
                    "written after them until Ctrl-C; a followed file survives rotation (tail -F on the host). SOURCE is "
                    "a file path, journal:UNIT, compose:APPDIR, or a source the inventory offers for the host: "
                    "postgres:CLUSTER-SEQ, redis:CLUSTER-NODE-PORT, nginx, nginx:access, nginx:error (an unknown name "
                    "lists them). Exit 0 when the log was read, 1 when it could not be."));
    parser.addPositionalArgument(u"HOST"_s, QCoreApplication::translate("stackyardctl", "An inventory host key."));
    parser.addPositionalArgument(u"SOURCE"_s, QCoreApplication::translate("stackyardctl", "A file path, journal:UNIT, compose:APPDIR or an offered source name."));
    parser.addOption({u"follow"_s, QCoreApplication::translate("stackyardctl", "Keep printing new lines until interrupted.")});
    parser.addOption({u"lines"_s, QCoreApplication::translate("stackyardctl", "How many of the last lines to print first (default 100)."), u"N"_s, u"100"_s});
    parser.addOption({u"level"_s, QCoreApplication::translate("stackyardctl", "Only lines of this level or more severe: debug, info, notice, warning, error, fatal."), u"LEVEL"_s});
    parser.addOption({u"grep"_s, QCoreApplication::translate("stackyardctl", "Only lines matching this regular expression (case-sensitive)."), u"REGEX"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print one JSON object per line: time, level, source, text.")});
}

int run(const QCommandLineParser &parser, Io &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl logs: expected INVENTORY, HOST and SOURCE") << "\n\n" << io.usage;
        return ExitUsage;
    }
    bool numeric = false;
    const int lines = parser.value(u"lines"_s).toInt(&numeric);
    if (!numeric || lines < 0) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl logs: --lines needs a number of lines") << "\n\n" << io.usage;
        return ExitUsage;
    }
    LogFilter filter;
    filter.caseSensitive = true;
    if (parser.isSet(u"level"_s)) {
        const auto level = logLevelFromKey(parser.value(u"level"_s));
        if (!level || *level == LogLevel::Unknown) {
            io.err << QCoreApplication::translate("stackyardctl", "stackyardctl logs: unknown level '%1' (debug, info, notice, warning, error, fatal)")
                          .arg(parser.value(u"level"_s))
                   << '\n';
            return ExitUsage;
        }
        filter.minimumLevel = *level;
    }
    if (parser.isSet(u"grep"_s)) {
        filter.text = parser.value(u"grep"_s);
        filter.regex = true;
        if (const auto valid = filter.validate(); !valid) {
            io.err << u"stackyardctl logs: "_s << valid.error().toString() << '\n';
            return ExitUsage;
        }
    }
    std::optional<HostAccess> access = HostAccess::open(parser, args.at(0), io);
    if (!access)
        return ExitFailure;
    const QString host = args.at(1);
    const Result<HostSettings> settings = access->settings(host);
    if (!settings) {
        HostAccess::printError(io, settings.error());
        return ExitFailure;
    }
    const Result<LogSourceSpec> spec = LogSourceSpec::fromArgument(
        host, args.at(2), LogSourceCatalog::forHost(access->inventory(), host, settings->become));
    if (!spec) {
        HostAccess::printError(io, spec.error());
        return ExitFailure;
    }
    const Result<std::shared_ptr<Transport>> transport = access->transport(*settings);
    if (!transport) {
        HostAccess::printError(io, transport.error());
        return ExitFailure;
    }
    const CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    const LogMatcher matcher(filter);
    const bool json = parser.isSet(u"json"_s);
    const Result<bool> done = LogStream::run(
        **transport, *spec, {lines, parser.isSet(u"follow"_s), 0},
        [&](LogBatch &&batch) {
            for (const LogLineRef &line : std::as_const(batch.lines)) {
                const QByteArrayView text = batch.textOf(line);
                if (!matcher.matches(line.level, text))
                    continue;
                if (json)
                    io.out << QJsonDocument(QJsonObject{{u"time"_s, QDateTime::fromMSecsSinceEpoch(line.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                                                        {u"level"_s, logLevelKey(line.level)},
                                                        {u"source"_s, spec->name},
                                                        {u"text"_s, QString::fromUtf8(text)}})
                                  .toJson(QJsonDocument::Compact)
                           << '\n';
                else
                    io.out << QString::fromUtf8(text) << '\n';
            }
            io.out.flush();
        },
        [&](const QString &notice) { io.err << notice << Qt::endl; }, cancel);
    if (!done) {
        HostAccess::printError(io, done.error());
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

Command logsCommand()
{
    return {{u"logs"_s}, QCoreApplication::translate("stackyardctl", "Print or follow a log of a host (file, journal, compose app)"), describe, run};
}

} // namespace stackyard::ctl
