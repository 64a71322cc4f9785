// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/hostfacts.h"

#include "transport/transport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const char kScript[] = R"~(. /etc/os-release 2>/dev/null
echo "os_id=$ID"; echo "os_like=$ID_LIKE"; echo "os_version=$VERSION_ID"; echo "os_name=$PRETTY_NAME"
echo "mem_bytes=$(awk '/^MemTotal:/ { printf "%.0f", $2 * 1024 }' /proc/meminfo)"
echo "cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)"
if [ -d /run/systemd/system ]; then echo systemd=1; else echo systemd=0; fi
if command -v apt-get >/dev/null 2>&1; then echo apt=1; else echo apt=0; fi
echo "uid=$(id -u)"
if [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; then echo sudo=1; else echo sudo=0; fi
if command -v docker >/dev/null 2>&1; then
  if docker info >/dev/null 2>&1; then echo docker=running; else echo docker=stopped; fi
  if docker compose version >/dev/null 2>&1; then echo compose=plugin; fi
fi
if command -v docker-compose >/dev/null 2>&1; then echo compose_v1=1; fi
echo "pg_versions=$(ls -1 /usr/lib/postgresql 2>/dev/null | tr '\n' ' ')"
if command -v redis-server >/dev/null 2>&1; then echo redis=1; else echo redis=0; fi
)~";

} // namespace

bool HostFacts::isDebianFamily() const
{
    return osId == u"debian"_s || osId == u"ubuntu"_s || osLike.split(u' ').contains(u"debian"_s);
}

Result<bool> HostFacts::requireSupported() const
{
    if (isDebianFamily() && apt)
        return true;
    return Error{QCoreApplication::translate("HostFacts", "%1 runs %2: provisioning it is not supported yet")
                     .arg(host, osName.isEmpty() ? (osId.isEmpty() ? QCoreApplication::translate("HostFacts", "an unknown OS") : osId)
                                                 : osName),
                 host,
                 QCoreApplication::translate("HostFacts",
                                             "Stackyard provisions Debian and Ubuntu hosts (apt). Nothing was changed on this host."),
                 {}};
}

CommandSpec HostFacts::command()
{
    CommandSpec spec;
    spec.argv = {u"sh"_s, u"-s"_s};
    spec.stdinData = QByteArray(kScript);
    spec.timeoutMs = 60000;
    return spec;
}

HostFacts HostFacts::parse(const QString &host, const QByteArray &output)
{
    QHash<QString, QString> kv;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            kv.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    HostFacts f;
    f.host = host;
    f.osId = kv.value(u"os_id"_s).remove(u'"');
    f.osLike = kv.value(u"os_like"_s).remove(u'"');
    f.osVersion = kv.value(u"os_version"_s).remove(u'"');
    f.osName = kv.value(u"os_name"_s).remove(u'"');
    f.memoryBytes = kv.value(u"mem_bytes"_s).toLongLong();
    f.cores = kv.value(u"cores"_s).toInt();
    f.systemd = kv.value(u"systemd"_s) == u"1"_s;
    f.apt = kv.value(u"apt"_s) == u"1"_s;
    f.root = kv.value(u"uid"_s) == u"0"_s;
    f.sudo = kv.value(u"sudo"_s) == u"1"_s;
    f.docker = kv.value(u"docker"_s);
    f.compose = kv.value(u"compose"_s) == u"plugin"_s ? u"plugin"_s : (kv.contains(u"compose_v1"_s) ? u"v1"_s : QString());
    for (const QString &v : kv.value(u"pg_versions"_s).split(u' ', Qt::SkipEmptyParts))
        if (const int n = v.toInt(); n > 0)
            f.postgresVersions.append(n);
    f.redis = kv.value(u"redis"_s) == u"1"_s;
    return f;
}

Result<HostFacts> HostFacts::gather(Transport &transport, const QString &host, const CancelToken &cancel)
{
    const Result<CommandResult> r = transport.execute(command(), 1 << 20, cancel);
    if (!r)
        return r.error();
    if (!r->status.success())
        return Error{QCoreApplication::translate("HostFacts", "Could not read the facts of %1").arg(host), host,
                     QCoreApplication::translate("HostFacts", "Check that the host has a POSIX shell (sh) and try again."),
                     QString::fromUtf8(r->stderrData)};
    return parse(host, r->stdoutData);
}

} // namespace stackyard
