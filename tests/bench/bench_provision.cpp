// SPDX-License-Identifier: GPL-3.0-or-later
// Wall time of provisioning on this machine from installed packages, against a bare shell
// script doing the same by hand in the same run:
//   BM_BareScript      pg_createcluster + pg_basebackup replica + two redis-server, no checks
//   BM_FirstApply      Stackyard: plan (facts) + apply of a PostgreSQL pair and a Redis pair
//   BM_NoOpApply       the same again: every step finds its state already so
// Goals: first apply under 60 s, no-op under 5 s. Prints the ratios. Needs root (it creates
// PostgreSQL clusters and writes /etc/redis), which CI has.
//   scripts/bench                    (Release build; the figures that count)
//   ctest -L bench                   (bench_provision_smoke: the Redis pair only)
#include "ratioreporter.h"

#include "inventory/inventory.h"
#include "provision/provisioner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

bool gSmoke = false; // the Redis pair only
QString gDir;
int gPg1 = 0, gPg2 = 0, gRedis1 = 0, gRedis2 = 0, gBarePg1 = 0, gBarePg2 = 0, gBareRedis1 = 0, gBareRedis2 = 0;
std::optional<Inventory> gInventory;

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

int run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int bash(const QString &script, const QStringList &arguments)
{
    return run(u"bash"_s, QStringList{u"-c"_s, script, u"bench"_s} + arguments);
}

// What a DBA's script does without Stackyard: the same two clusters, by hand, no checks.
const QString kBareScript = uR"~(set -euo pipefail
D=$1 P1=$2 P2=$3 R1=$4 R2=$5 SMOKE=$6
if [ "$SMOKE" = no ]; then
  pg_createcluster 15 bare-1 -p "$P1" -d "$D/bare1" --start-conf=manual -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  C=/etc/postgresql/15/bare-1
  printf "listen_addresses = '127.0.0.1'\nshared_buffers = 64MB\nmax_connections = 40\nwal_level = replica\n" >> $C/postgresql.conf
  printf "host replication replicator 127.0.0.1/32 scram-sha-256\nhost appdb app_user 127.0.0.0/8 scram-sha-256\n" >> $C/pg_hba.conf
  pg_ctlcluster 15 bare-1 start
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$P1" >/dev/null <<'SQL'
CREATE ROLE replicator REPLICATION LOGIN PASSWORD 'bench-repl';
CREATE ROLE app_user LOGIN PASSWORD 'bench-app';
CREATE ROLE reader LOGIN PASSWORD 'bench-reader';
CREATE DATABASE appdb OWNER app_user;
CREATE DATABASE otherdb OWNER reader;
\c appdb
CREATE EXTENSION pg_trgm;
CREATE SCHEMA app AUTHORIZATION app_user;
SQL
  pg_createcluster 15 bare-2 -p "$P2" -d "$D/bare2" --start-conf=manual >/dev/null
  find "$D/bare2" -mindepth 1 -delete
  runuser -u postgres -- env PGPASSWORD=bench-repl pg_basebackup -h 127.0.0.1 -p "$P1" -U replicator -D "$D/bare2" -R -X stream -C -S bare_2 -c fast
  pg_ctlcluster 15 bare-2 start
  until [ "$(runuser -u postgres -- psql -X -A -t -p "$P1" -c "select count(*) from pg_stat_replication where state = 'streaming'")" = 1 ]; do sleep 0.1; done
fi
for P in "$R1" "$R2"; do
  mkdir -p "$D/r$P" && chown redis:redis "$D/r$P"
  {
    echo "port $P"; echo "bind 127.0.0.1"; echo "daemonize yes"; echo "pidfile $D/r$P/redis.pid"; echo "dir $D/r$P"
    echo "maxmemory 32mb"; echo "requirepass bench-redis"; echo "masterauth bench-redis"
    [ "$P" = "$R2" ] && echo "replicaof 127.0.0.1 $R1"
  } > "$D/redis-$P.conf"
  chown redis:redis "$D/redis-$P.conf"
  runuser -u redis -- redis-server "$D/redis-$P.conf"
done
until REDISCLI_AUTH=bench-redis redis-cli -p "$R2" INFO replication 2>/dev/null | grep -q master_link_status:up; do sleep 0.1; done
)~"_s;

const QString kBareTeardown = uR"~(D=$1 R1=$4 R2=$5
for n in bare-2 bare-1; do pg_ctlcluster 15 $n stop -m immediate 2>/dev/null; pg_dropcluster 15 $n 2>/dev/null; done
for P in "$R1" "$R2"; do [ -f "$D/r$P/redis.pid" ] && kill -9 "$(cat "$D/r$P/redis.pid")"; rm -rf "$D/r$P" "$D/redis-$P.conf"; done
rm -rf "$D/bare1" "$D/bare2"
true
)~"_s;

void teardownStackyard()
{
    for (const QString &n : {u"pg-bench-2"_s, u"pg-bench-1"_s}) {
        run(u"pg_ctlcluster"_s, {u"15"_s, n, u"stop"_s, u"-m"_s, u"immediate"_s});
        run(u"pg_dropcluster"_s, {u"15"_s, n});
    }
    for (const int port : {gRedis1, gRedis2}) {
        const QString name = u"redis-bench-1-%1"_s.arg(port);
        QFile pid(u"/var/run/redis/%1.pid"_s.arg(name));
        if (pid.open(QIODevice::ReadOnly))
            run(u"kill"_s, {u"-KILL"_s, QString::fromUtf8(pid.readAll()).trimmed()});
        QFile::remove(u"/etc/redis/%1.conf"_s.arg(name));
    }
}

QStringList bareArguments()
{
    return {gDir, QString::number(gBarePg1), QString::number(gBarePg2), QString::number(gBareRedis1),
            QString::number(gBareRedis2), gSmoke ? u"yes"_s : u"no"_s};
}

void BM_BareScript(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const int code = bash(kBareScript, bareArguments());
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        bash(kBareTeardown, bareArguments());
        if (code != 0)
            state.SkipWithError("the bare script failed");
    }
}

// Plans and applies every cluster of the bench inventory; false (with the reason printed) on failure.
bool provisionAll(int *changed)
{
    Provisioner provisioner(*gInventory, TransportOptions());
    provisioner.setReveal([](const QString &value, const QString &) -> Result<QString> { return value; });
    QStringList clusters{u"redis-bench"_s};
    if (!gSmoke)
        clusters.prepend(u"pg-bench"_s);
    for (const QString &cluster : clusters) {
        const auto prepared = provisioner.prepare({cluster, {}, {}, {}}, CancelToken());
        if (!prepared) {
            std::fprintf(stderr, "plan of %s: %s\n", qPrintable(cluster), qPrintable(prepared.error().toString()));
            return false;
        }
        const RunSummary summary = ProvisionRunner::run(prepared->plan, provisioner.transportFunction(), prepared->sudoHosts,
                                                        {}, CancelToken());
        if (!summary.success) {
            std::fprintf(stderr, "apply of %s: %s\n", qPrintable(cluster), qPrintable(summary.error));
            return false;
        }
        *changed += summary.changed;
    }
    return true;
}

// One apply of everything, timed; firstApply: it must change something, else nothing.
void applyAndCheck(benchmark::State &state, bool firstApply)
{
    for (auto _ : state) {
        int changed = 0;
        QElapsedTimer timer;
        timer.start();
        const bool ok = provisionAll(&changed);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["changed"] = changed;
        if (!ok || (firstApply ? changed == 0 : changed != 0))
            state.SkipWithError(firstApply ? "the first apply failed or changed nothing"
                                           : "the second apply failed or changed something");
    }
}

void BM_FirstApply(benchmark::State &state)
{
    applyAndCheck(state, true);
}

void BM_NoOpApply(benchmark::State &state)
{
    applyAndCheck(state, false);
}

bool makeInventory()
{
    gPg1 = freePort();
    gPg2 = freePort();
    gRedis1 = freePort();
    gRedis2 = freePort();
    gBarePg1 = freePort();
    gBarePg2 = freePort();
    gBareRedis1 = freePort();
    gBareRedis2 = freePort();
    const QString text = uR"~(all:
  children:
    pg-bench:
      hosts:
        127.0.0.6: { pg_seq: 1, pg_role: primary, ansible_connection: local, pg_port: %1, pg_data: '%3/pg1' }
        127.0.0.7: { pg_seq: 2, pg_role: replica, ansible_connection: local, pg_port: %2, pg_data: '%3/pg2' }
      vars:
        pg_cluster: pg-bench
        pg_version: 15
        pg_listen: '${ip},${lo}'
        pg_conf: tiny.yml
        pg_parameters: { shared_buffers: 64MB, max_connections: 40 }
        pg_users:
          - { name: app_user ,password: bench-app ,roles: [ dbrole_readwrite ] }
          - { name: reader ,password: bench-reader ,roles: [ dbrole_readonly ] }
        pg_databases:
          - { name: appdb ,owner: app_user ,extensions: [ pg_trgm ] ,schemas: [ app ] }
          - { name: otherdb ,owner: reader }
        pg_hba_rules:
          - { user: app_user ,db: appdb ,addr: 127.0.0.0/8 ,auth: pwd ,title: 'the app' }
    redis-bench:
      hosts:
        127.0.0.6: { redis_node: 1, ansible_connection: local, redis_instances: { %4: {}, %5: { replica_of: '127.0.0.6 %4' } } }
      vars: { redis_cluster: redis-bench, redis_password: bench-redis, redis_max_memory: 32MB,
              redis_bind_address: '', redis_fs_main: '%3/redis' }
)~"_s.arg(gPg1)
                             .arg(gPg2)
                             .arg(gDir)
                             .arg(gRedis1)
                             .arg(gRedis2);
    auto inventory = Inventory::parse(text.toStdString(), gDir + u"/inventory.yml"_s);
    if (!inventory) {
        std::fprintf(stderr, "bench inventory: %s\n", qPrintable(inventory.error().toString()));
        return false;
    }
    gInventory = std::move(*inventory);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--smoke") == 0)
            gSmoke = true;
    benchmark::Initialize(&argc, argv);
    if (::geteuid() != 0) {
        std::fprintf(stderr, "bench_provision: needs root (it creates PostgreSQL clusters and writes /etc/redis)\n");
        return qEnvironmentVariableIsSet("CI") ? 1 : 0;
    }
    QTemporaryDir scratch;
    // The service users (postgres, redis) reach their folders below it.
    QFile::setPermissions(scratch.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther);
    gDir = scratch.path();
    if (!makeInventory())
        return 1;

    benchmark::RegisterBenchmark("BM_BareScript", BM_BareScript)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_FirstApply", BM_FirstApply)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_NoOpApply", BM_NoOpApply)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    teardownStackyard();

    const double bare = reporter.time("BM_BareScript/iterations:1/manual_time");
    const double first = reporter.time("BM_FirstApply/iterations:1/manual_time");
    const double noop = reporter.time("BM_NoOpApply/iterations:1/manual_time");
    std::printf("\n%s from installed packages:\n", gSmoke ? "Redis pair" : "PostgreSQL pair + Redis pair");
    std::printf("bare script %.1f s, Stackyard first apply %.1f s (goal < 60 s), no-op apply %.1f s (goal < 5 s)\n", bare,
                first, noop);
    if (bare > 0 && first > 0) {
        std::printf("ratio first apply / bare script: %.2fx (the checks, facts and verifications the script skips)\n",
                    first / bare);
        std::printf("ratio no-op apply / bare script: %.2fx\n", noop / bare);
    }
    return first > 0 && noop > 0 && bare > 0 ? 0 : 1;
}
