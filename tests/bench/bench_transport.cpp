// SPDX-License-Identifier: GPL-3.0-or-later
// Commands over SSH against OpenSSH in the same run: 1,000 sequential `true` on one pooled
// libssh session (SshTransport), the same through OpenSSH's ssh with a ControlMaster socket
// (multiplexed: the fastest way a shell script gets), and ssh with a fresh connection each time
// (fewer iterations). Prints the ratios. It starts its own sshd with the test harness
// (tests/harness/stackyard-test-servers start/stop in a temporary directory).
//   scripts/bench                    (Release build; the figures that count)
//   ctest -L bench                   (bench_transport_smoke: a few iterations)
//   bench_transport --sequential=N --fresh=M   (other iteration counts; default 1000 and 50)
#include "ratioreporter.h"

#include "transport/hostsettings.h"
#include "transport/sshpool.h"
#include "transport/sshtransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

int gSequential = 1000;
int gFresh = 50;
QHash<QString, QString> gEnv;
QString gControlPath;

QStringList sshBase()
{
    return {u"-F"_s, u"/dev/null"_s, u"-i"_s, gEnv.value(u"SSH_KEY"_s), u"-p"_s, gEnv.value(u"SSH_PORT"_s),
            u"-o"_s, u"UserKnownHostsFile="_s + gEnv.value(u"SSH_KNOWN_HOSTS"_s), u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
            u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"IdentitiesOnly=yes"_s, u"-o"_s, u"LogLevel=ERROR"_s};
}

// The harness's password user (when it made one) has /bin/sh as its shell and no rc files: as
// root, sshd's bash would source ~/.bashrc for every command, and that would be measured instead.
QString user()
{
    const QString plain = gEnv.value(u"SSH_PASSWORD_USER"_s);
    return plain.isEmpty() || gEnv.value(u"SSH_PASSWORD_USER_HAS_KEY"_s) != u"yes"_s ? gEnv.value(u"SSH_USER"_s) : plain;
}

QString target()
{
    return user() + u'@' + gEnv.value(u"SSH_HOST"_s);
}

bool runSsh(const QStringList &arguments)
{
    QProcess ssh;
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start(u"ssh"_s, sshBase() + arguments);
    return ssh.waitForFinished(60000) && ssh.exitStatus() == QProcess::NormalExit && ssh.exitCode() == 0;
}

void BM_PooledLibssh(benchmark::State &state)
{
    HostSettings s;
    s.hostName = gEnv.value(u"SSH_HOST"_s);
    s.port = gEnv.value(u"SSH_PORT"_s).toInt();
    s.user = user();
    s.identityFiles = {gEnv.value(u"SSH_KEY"_s)};
    s.identityAgent = u"none"_s;
    s.knownHostsFile = gEnv.value(u"SSH_KNOWN_HOSTS"_s);
    s.globalKnownHostsFiles = {};
    SshPool pool;
    SshTransport transport(s, TransportOptions{{}, {}, &pool});
    CommandSpec spec;
    spec.argv = {u"true"_s};
    if (!transport.run(spec, {})) { // connect outside the timing: a pool keeps its session
        state.SkipWithError("cannot connect");
        return;
    }
    for (auto _ : state) {
        const Result<ExitStatus> status = transport.run(spec, {});
        if (!status || !status->success()) {
            state.SkipWithError("command failed");
            break;
        }
    }
}

void BM_OpenSshControlMaster(benchmark::State &state)
{
    if (!runSsh({u"-o"_s, u"ControlMaster=yes"_s, u"-o"_s, u"ControlPath="_s + gControlPath, u"-o"_s, u"ControlPersist=120"_s,
                 target(), u"true"_s})) {
        state.SkipWithError("cannot start the control master");
        return;
    }
    for (auto _ : state) {
        if (!runSsh({u"-o"_s, u"ControlMaster=no"_s, u"-o"_s, u"ControlPath="_s + gControlPath, target(), u"true"_s})) {
            state.SkipWithError("ssh failed");
            break;
        }
    }
    runSsh({u"-o"_s, u"ControlPath="_s + gControlPath, u"-O"_s, u"exit"_s, target()});
}

void BM_OpenSshFresh(benchmark::State &state)
{
    for (auto _ : state) {
        if (!runSsh({target(), u"true"_s})) {
            state.SkipWithError("ssh failed");
            break;
        }
    }
}

bool harness(const QString &command, const QString &dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral(STACKYARD_SOURCE_DIR "/tests/harness/stackyard-test-servers"), {command, dir});
    return script.waitForFinished(300000) && script.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            gSequential = 20;
            gFresh = 3;
        } else if (std::strncmp(argv[i], "--sequential=", 13) == 0) {
            gSequential = std::max(1, std::atoi(argv[i] + 13));
        } else if (std::strncmp(argv[i], "--fresh=", 8) == 0) {
            gFresh = std::max(1, std::atoi(argv[i] + 8));
        }
    }
    benchmark::Initialize(&argc, argv);
    QTemporaryDir scratch;
    // The harness's plain-shell user must reach the key file under it (see user()).
    QFile::setPermissions(scratch.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    const QString servers = scratch.filePath(u"servers"_s);
    gControlPath = scratch.filePath(u"cm.sock"_s);
    if (!harness(u"start"_s, servers)) {
        std::fprintf(stderr, "bench_transport: the test harness could not start sshd\n");
        return 1;
    }
    QFile env(servers + u"/servers.env"_s);
    if (env.open(QIODevice::ReadOnly))
        for (const QByteArray &line : env.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0 && !line.startsWith('#'))
                gEnv.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));

    benchmark::RegisterBenchmark("BM_PooledLibssh", BM_PooledLibssh)->Iterations(gSequential)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_OpenSshControlMaster", BM_OpenSshControlMaster)->Iterations(gSequential)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_OpenSshFresh", BM_OpenSshFresh)->Iterations(gFresh)->Unit(benchmark::kMicrosecond);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    harness(u"stop"_s, servers);

    const double pooled = reporter.time("BM_PooledLibssh/iterations:" + std::to_string(gSequential));
    const double master = reporter.time("BM_OpenSshControlMaster/iterations:" + std::to_string(gSequential));
    const double fresh = reporter.time("BM_OpenSshFresh/iterations:" + std::to_string(gFresh));
    std::printf("\ncommands run as %s\n", qPrintable(user()));
    if (pooled > 0) {
        std::printf("\n%d sequential `true`: pooled libssh %.0f us/command, OpenSSH ControlMaster %.0f us, fresh ssh %.0f us\n",
                    gSequential, pooled, master, fresh);
        std::printf("ratio ControlMaster / pooled:  %.2fx (above 1: the pool is faster)\n", master / pooled);
        std::printf("ratio fresh ssh / pooled:      %.1fx\n", fresh / pooled);
    }
    return 0;
}
