// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostcheck.h"

#include "transport/sshtransport.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Cancelled between steps: an Error like the transport's own (host [step]), marked cancelled.
void markCancelled(HostCheckReport *report, const QString &label)
{
    report->cancelled = true;
    report->error = Transport::makeError(Transport::Step::Connect, label,
                                         QCoreApplication::translate("stackyard::HostCheck", "The check was cancelled"));
}

} // namespace

QString HostCheckReport::sudoName() const
{
    switch (sudo) {
    case Sudo::Yes:
        return u"yes"_s;
    case Sudo::WithPassword:
        return u"password"_s;
    case Sudo::No:
        return u"no"_s;
    case Sudo::Unknown:
        break;
    }
    return {};
}

const QString &HostCheck::factsScript()
{
    static const QString script = u". /etc/os-release 2>/dev/null; printf '%s\\n%s\\n' \"$PRETTY_NAME\" \"$ID\"; uname -r; "
                                  "getconf _NPROCESSORS_ONLN 2>/dev/null || nproc; "
                                  "sed -n 's/^MemTotal: *\\([0-9]*\\) kB/\\1/p' /proc/meminfo"_s;
    return script;
}

HostCheckReport HostCheck::run(const QString &host, const Result<HostSettings> &settings,
                               const HostTransportFactory &makeTransport, const CancelToken &cancel)
{
    HostCheckReport report;
    report.host = host;
    if (!settings) {
        report.error = settings.error();
        return report;
    }
    report.target = settings->label();
    if (cancel.isCancelled()) {
        markCancelled(&report, report.target);
        return report;
    }
    const Result<std::shared_ptr<Transport>> transport = makeTransport(*settings);
    if (!transport) {
        report.error = transport.error();
        return report;
    }
    const auto failed = [&report, &cancel](const Error &error) {
        report.error = error;
        report.cancelled = cancel.isCancelled();
        return report;
    };
    QElapsedTimer timer;
    timer.start();
    if (auto *ssh = dynamic_cast<SshTransport *>(transport->get())) {
        const Result<SessionInfo> info = ssh->connect(cancel);
        if (!info)
            return failed(info.error());
        report.auth = info->authMethod;
        report.hostKeyType = info->hostKeyType;
        report.fingerprint = info->fingerprint;
        report.hostKeyAdded = info->hostKeyAdded;
        report.connectMs = elapsedMs(timer);
    } else {
        report.auth = u"local"_s;
    }
    CommandSpec spec;
    spec.argv = {u"true"_s};
    timer.restart();
    if (const Result<CommandResult> ping = (*transport)->execute(spec, 4096, cancel); !ping)
        return failed(ping.error());
    report.latencyMs = elapsedMs(timer);
    spec.argv = {u"/bin/sh"_s, u"-c"_s, factsScript()};
    const Result<CommandResult> facts = (*transport)->execute(spec, 64 * 1024, cancel);
    if (!facts)
        return failed(facts.error());
    const QStringList lines = QString::fromUtf8(facts->stdoutData).split(u'\n');
    report.os = lines.value(0);
    report.osId = lines.value(1);
    report.kernel = lines.value(2);
    report.cpus = lines.value(3).toInt();
    report.memoryKiB = lines.value(4).toLongLong();
    if (cancel.isCancelled()) {
        markCancelled(&report, report.target);
        return report;
    }
    spec.argv = {u"sudo"_s, u"-n"_s, u"true"_s};
    const Result<CommandResult> sudo = (*transport)->execute(spec, 4096, cancel);
    if (sudo && sudo->status.success()) {
        report.sudo = HostCheckReport::Sudo::Yes;
    } else if (!settings->becomePasswordSecret.isEmpty()) {
        CommandSpec become;
        become.argv = {u"true"_s};
        become.become = true;
        const Result<CommandResult> withPassword = (*transport)->execute(become, 4096, cancel);
        report.sudo = withPassword && withPassword->status.success() ? HostCheckReport::Sudo::WithPassword
                                                                     : HostCheckReport::Sudo::No;
    } else {
        report.sudo = HostCheckReport::Sudo::No;
    }
    if (cancel.isCancelled())
        markCancelled(&report, report.target);
    return report;
}

} // namespace stackyard
