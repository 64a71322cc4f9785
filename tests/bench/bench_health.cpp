// SPDX-License-Identifier: GPL-3.0-or-later
// CPU time of one health poll cycle of 500 PostgreSQL + 500 Redis probes, against a bare
// baseline in the same run:
//   BM_BareCycle    the same 1,000 requests (the probe's SQL, INFO) over the same kept
//                   connections, from a hand-written poll(2) loop over libpq and hiredis's
//                   reader: no Qt, no parsing, no snapshots
//   BM_ProbeCycle   PostgresProbe + RedisProbe on the Qt event loop, each poll finished with
//                   its parsed snapshot
// The time is the process's CPU time per cycle (CLOCK_PROCESS_CPUTIME_ID; the servers are
// other processes), so "% of one core at a 1 s interval" is cycle CPU seconds × 100. Goal:
// under 10 %. It starts its own PostgreSQL (initdb + pg_ctl, as the postgres OS user when
// root; max_connections sized for all probes plus the baseline's connections, since every
// probe keeps its connection) and its own Redis (with a password), under a temporary folder.
//   scripts/bench                       (Release build; the figures that count)
//   ctest -L bench                      (bench_health_smoke: 10 + 10 probes)
//   bench_health --count=N              (N PostgreSQL + N Redis probes; default 500)
#include "health/pgqueries.h"
#include "health/postgresprobe.h"
#include "health/redisprobe.h"
#include "localdbservers.h"
#include "ratioreporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <memory>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

int gCount = 500;
bool gSmoke = false;
QString gPassword = u"bench-health-pw"_s;
std::unique_ptr<test::LocalPostgres> gPostgres;
std::unique_ptr<test::LocalRedis> gRedis;

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// --- the baseline ------------------------------------------------------------------------------

struct BareConnections
{
    std::vector<PGconn *> pg;
    std::vector<redisContext *> redis;

    ~BareConnections()
    {
        for (PGconn *c : pg)
            PQfinish(c);
        for (redisContext *c : redis)
            redisFree(c);
    }

    bool open()
    {
        const QByteArray port = QByteArray::number(gPostgres->port());
        const QByteArray password = gPassword.toUtf8();
        const char *keys[] = { "host", "port", "dbname", "user", "password", "sslmode", nullptr };
        const char *values[]
            = { "127.0.0.1", port.constData(), "postgres", "postgres", password.constData(), "disable", nullptr };
        for (int i = 0; i < gCount; ++i) {
            PGconn *c = PQconnectdbParams(keys, values, 0);
            pg.push_back(c);
            if (PQstatus(c) != CONNECTION_OK || PQsetnonblocking(c, 1) != 0) {
                std::fprintf(stderr, "bare libpq connection: %s\n", PQerrorMessage(c));
                return false;
            }
        }
        for (int i = 0; i < gCount; ++i) {
            redisContext *c = redisConnect("127.0.0.1", gRedis->port());
            redis.push_back(c);
            if (!c || c->err) {
                std::fprintf(stderr, "bare hiredis connection: %s\n", c ? c->errstr : "no memory");
                return false;
            }
            auto *reply
                = static_cast<redisReply *>(redisCommand(c, "AUTH %b", password.constData(), size_t(password.size())));
            const bool ok = reply && reply->type == REDIS_REPLY_STATUS;
            freeReplyObject(reply);
            if (!ok)
                return false;
        }
        return true;
    }

    // One cycle: every request sent, then one poll(2) loop until every answer is complete.
    bool cycle()
    {
        static const QByteArray sql = pghealth::pollQuery();
        static const char info[] = "*1\r\n$4\r\nINFO\r\n";
        const size_t n = pg.size() + redis.size();
        std::vector<bool> done(n, false);
        size_t remaining = n;
        for (PGconn *c : pg)
            if (!PQsendQuery(c, sql.constData()) || PQflush(c) != 0)
                return false;
        for (redisContext *c : redis)
            if (::send(c->fd, info, sizeof(info) - 1, 0) != ssize_t(sizeof(info) - 1))
                return false;
        std::vector<pollfd> fds;
        std::vector<size_t> index;
        char buffer[16384];
        while (remaining > 0) {
            fds.clear();
            index.clear();
            for (size_t i = 0; i < n; ++i) {
                if (done[i])
                    continue;
                const int fd = i < pg.size() ? PQsocket(pg[i]) : redis[i - pg.size()]->fd;
                fds.push_back({ fd, POLLIN, 0 });
                index.push_back(i);
            }
            if (::poll(fds.data(), nfds_t(fds.size()), 10000) <= 0)
                return false;
            for (size_t k = 0; k < fds.size(); ++k) {
                if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const size_t i = index[k];
                if (i < pg.size()) {
                    PGconn *c = pg[i];
                    if (!PQconsumeInput(c))
                        return false;
                    bool finished = false;
                    while (!PQisBusy(c)) {
                        PGresult *r = PQgetResult(c);
                        if (!r) {
                            finished = true;
                            break;
                        }
                        PQclear(r);
                    }
                    if (finished) {
                        done[i] = true;
                        --remaining;
                    }
                } else {
                    redisContext *c = redis[i - pg.size()];
                    const ssize_t got = ::recv(c->fd, buffer, sizeof(buffer), 0);
                    if (got <= 0)
                        return false;
                    redisReaderFeed(c->reader, buffer, size_t(got));
                    void *reply = nullptr;
                    if (redisReaderGetReply(c->reader, &reply) != REDIS_OK)
                        return false;
                    if (reply) {
                        freeReplyObject(reply);
                        done[i] = true;
                        --remaining;
                    }
                }
            }
        }
        return true;
    }
};

// --- the probes --------------------------------------------------------------------------------

struct Probes
{
    std::vector<std::unique_ptr<HealthProbe>> all;
    int finished = 0;
    int notUp = 0;
    QString firstProblem;

    void create()
    {
        for (int i = 0; i < gCount; ++i) {
            HealthTarget target { TargetKind::Postgres, u"postgres/pg-bench/pg-bench-%1"_s.arg(i), u"pg-bench"_s,
                u"pg-bench-%1"_s.arg(i), u"127.0.0.1"_s, u"127.0.0.1:%1"_s.arg(gPostgres->port()) };
            PgConnectionSettings settings;
            settings.port = gPostgres->port();
            settings.password = gPassword;
            settings.sslmode = u"disable"_s;
            // All of them log in to one server at once in the first cycle (SCRAM, a fork each).
            settings.connectTimeoutSeconds = 120;
            all.push_back(std::make_unique<PostgresProbe>(target, settings));
        }
        for (int i = 0; i < gCount; ++i) {
            HealthTarget target { TargetKind::Redis, u"redis/redis-bench/redis-bench-%1"_s.arg(i), u"redis-bench"_s,
                u"redis-bench-%1"_s.arg(i), u"127.0.0.1"_s, u"127.0.0.1:%1"_s.arg(gRedis->port()) };
            RedisConnectionSettings settings;
            settings.port = gRedis->port();
            settings.password = gPassword;
            settings.timeoutSeconds = 120;
            all.push_back(std::make_unique<RedisProbe>(target, settings));
        }
        for (const auto &probe : all) {
            probe->setTimeoutMs(180000);
            QObject::connect(probe.get(), &HealthProbe::finished, [this](const HealthSnapshot &s) {
                ++finished;
                if (s.status != HealthStatus::Up) {
                    ++notUp;
                    if (firstProblem.isEmpty())
                        firstProblem = s.target.id + u": "_s + healthStatusName(s.status) + u" "_s + s.reason;
                }
            });
        }
    }

    // One cycle: every probe polled, the event loop run until every one has finished.
    bool cycle()
    {
        finished = 0;
        notUp = 0;
        for (const auto &probe : all)
            probe->poll();
        QEventLoop loop;
        while (finished < int(all.size()))
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        if (notUp > 0)
            std::fprintf(stderr, "%d probes not up, e.g. %s\n", notUp, qPrintable(firstProblem));
        return notUp == 0;
    }
};

std::unique_ptr<BareConnections> gBare;
std::unique_ptr<Probes> gProbes;

void BM_BareCycle(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = cpuSeconds();
        const bool ok = gBare->cycle();
        state.SetIterationTime(cpuSeconds() - cpu);
        state.counters["wall_ms"] = double(wall.nsecsElapsed()) / 1e6;
        if (!ok)
            state.SkipWithError("the bare cycle failed");
    }
}

void BM_ProbeCycle(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = cpuSeconds();
        const bool ok = gProbes->cycle();
        state.SetIterationTime(cpuSeconds() - cpu);
        state.counters["wall_ms"] = double(wall.nsecsElapsed()) / 1e6;
        if (!ok)
            state.SkipWithError("a probe was not up");
    }
}

void raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            gSmoke = true;
            gCount = 10;
        } else if (std::strncmp(argv[i], "--count=", 8) == 0) {
            gCount = std::max(1, std::atoi(argv[i] + 8));
        }
    }
    benchmark::Initialize(&argc, argv);
    raiseFileLimit();

    QTemporaryDir scratch(u"/tmp/stackyard-benchhealth-XXXXXX"_s);
    // The postgres OS user traverses it to reach its cluster.
    QFile::setPermissions(scratch.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ExeGroup
            | QFileDevice::ExeOther);
    // Every probe keeps a connection, and so does the baseline: both sets at once, plus spare.
    const int maxConnections = std::max(100, 2 * gCount + 50);
    gPostgres = std::make_unique<test::LocalPostgres>(scratch.filePath(u"pg"_s), test::freeTcpPort(), gPassword);
    if (!gPostgres->init({ u"max_connections = %1"_s.arg(maxConnections), u"shared_buffers = 128MB"_s })
        || !gPostgres->start()) {
        std::fprintf(stderr, "bench_health: %s\n", qPrintable(gPostgres->errorString()));
        return 1;
    }
    gRedis = std::make_unique<test::LocalRedis>(scratch.filePath(u"redis"_s), test::freeTcpPort(), gPassword);
    if (!gRedis->start()) {
        std::fprintf(stderr, "bench_health: %s\n", qPrintable(gRedis->errorString()));
        return 1;
    }

    gBare = std::make_unique<BareConnections>();
    if (!gBare->open() || !gBare->cycle())
        return 1;
    gProbes = std::make_unique<Probes>();
    gProbes->create();
    // The first cycle opens every probe's connection; the measured ones reuse them, as a
    // monitor polling every second does.
    QElapsedTimer connectTime;
    connectTime.start();
    const double connectCpu = cpuSeconds();
    if (!gProbes->cycle())
        return 1;
    std::printf("first cycle (connect + log in + poll, %d + %d probes): %.0f ms wall, %.0f ms CPU\n", gCount, gCount,
        double(connectTime.elapsed()), (cpuSeconds() - connectCpu) * 1000);

    const int iterations = gSmoke ? 3 : 20;
    benchmark::RegisterBenchmark("BM_BareCycle", BM_BareCycle)
        ->Iterations(iterations)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ProbeCycle", BM_ProbeCycle)
        ->Iterations(iterations)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    const std::string suffix = "/iterations:" + std::to_string(iterations) + "/manual_time";
    const double bare = reporter.time("BM_BareCycle" + suffix);
    const double probes = reporter.time("BM_ProbeCycle" + suffix);
    std::printf("\none poll cycle of %d PostgreSQL + %d Redis probes, CPU time of this process:\n", gCount, gCount);
    std::printf("bare libpq/hiredis poll(2) loop %.1f ms, probes %.1f ms\n", bare, probes);
    if (bare > 0 && probes > 0) {
        std::printf(
            "ratio probes / bare loop: %.2fx (Qt event loop, JSON and INFO parsing, snapshots)\n", probes / bare);
        std::printf("%% of one core at a 1 s interval: %.1f %% (goal < 10 %%; bare loop %.1f %%)\n", probes / 10.0,
            bare / 10.0);
        std::printf("per probe and poll: %.0f us CPU (bare %.0f us)\n", probes * 1000.0 / (2.0 * gCount),
            bare * 1000.0 / (2.0 * gCount));
        std::printf("(wall time per cycle, column wall_ms, is one PostgreSQL answering %d health queries at once;\n"
                    " in a deployment each server answers its own probe)\n",
            gCount);
    }
    gProbes.reset();
    gBare.reset();
    gRedis.reset();
    gPostgres.reset();
    return bare > 0 && probes > 0 ? 0 : 1;
}
