// SPDX-License-Identifier: GPL-3.0-or-later
// Log ingest: a realistic mixed log (PostgreSQL stderr, Redis, nginx error and access lines)
// read, parsed and appended to the LogModel in batches with an active regex filter — what a
// follower and the view do with a fast log — against `cat FILE > /dev/null` of the same file,
// timed in the same run. Prints lines per second, the ratio, and the memory per line and for the
// model's bound (1,000,000 lines by default).
//   scripts/bench                  (Release build, 2,000,000 lines: the figures that count)
//   ctest -L bench                 (bench_logs_smoke: 20,000 lines)
//   bench_logs --lines=N
#include "ratioreporter.h"

#include "logs/logmodel.h"
#include "logs/logparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

qint64 gLines = 2'000'000;
QString gFile;
double gIngestRate = 0;
double gBytesPerLine = 0;
qint64 gHeld = 0;
qint64 gShown = 0;
double gFindMs = 0;
double gFilterMs = 0;

// A mixed log of four formats with realistic shapes and a spread of levels.
bool generate(const QString &path, qint64 lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 rng(42);
    static const char *const pgLevels[] = {"LOG", "LOG", "LOG", "LOG", "WARNING", "ERROR", "NOTICE", "FATAL"};
    static const char *const pgMessages[] = {
        "checkpoint complete: wrote 1234 buffers (7.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=0.101 s",
        "duration: 1532.041 ms  statement: SELECT * FROM documents WHERE embedding <-> $1 < 0.3 ORDER BY id LIMIT 50",
        "relation \"conversation_messages\" does not exist at character 15",
        "connection authorized: user=dify database=dify application_name=psycopg",
        "could not receive data from client: Connection reset by peer"};
    static const char redisMarks[] = {'*', '*', '-', '#', '.'};
    static const char *const redisMessages[] = {"Background saving started by pid 4242", "DB saved on disk",
                                                "Accepted 10.10.10.11:53412", "WARNING: 32 MB of memory used by copy-on-write",
                                                "Client id=42 addr=10.10.10.12:40000 closed"};
    static const char *const nginxLevels[] = {"error", "warn", "notice", "crit"};
    static const int statuses[] = {200, 200, 200, 200, 304, 404, 499, 502};
    QByteArray out;
    out.reserve(8 << 20);
    for (qint64 i = 0; i < lines; ++i) {
        const qint64 ms = 1796605200000LL + i * 3; // 2026-12-07, a line every 3 ms
        const int s = int((ms / 1000) % 60), m = int((ms / 60000) % 60), h = int((ms / 3600000) % 24);
        const int milli = int(ms % 1000);
        char buf[512];
        int n = 0;
        switch (rng() % 4) {
        case 0:
            n = std::snprintf(buf, sizeof buf, "2026-12-07 %02d:%02d:%02d.%03d UTC [%u] dify@dify %s:  %s\n", h, m, s, milli,
                              unsigned(1000 + rng() % 9000), pgLevels[rng() % 8], pgMessages[rng() % 5]);
            break;
        case 1:
            n = std::snprintf(buf, sizeof buf, "%u:M 07 Dec 2026 %02d:%02d:%02d.%03d %c %s\n", unsigned(100 + rng() % 900), h, m, s,
                              milli, redisMarks[rng() % 5], redisMessages[rng() % 5]);
            break;
        case 2:
            n = std::snprintf(buf, sizeof buf,
                              "2026/12/07 %02d:%02d:%02d [%s] 1234#1234: *%u upstream timed out (110: Connection timed out) "
                              "while reading response header from upstream, client: 10.0.0.%u, server: dify.example.com\n",
                              h, m, s, nginxLevels[rng() % 4], unsigned(rng() % 100000), unsigned(rng() % 255));
            break;
        default:
            n = std::snprintf(buf, sizeof buf,
                              "10.0.0.%u - - [07/Dec/2026:%02d:%02d:%02d +0000] \"POST /v1/chat-messages HTTP/1.1\" %d %u \"-\" "
                              "\"python-requests/2.31.0\"\n",
                              unsigned(rng() % 255), h, m, s, statuses[rng() % 8], unsigned(rng() % 20000));
            break;
        }
        out.append(buf, n);
        if (out.size() > (7 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return f.error() == QFile::NoError;
}

void BM_Cat(benchmark::State &state)
{
    for (auto _ : state) {
        QProcess cat;
        cat.setStandardOutputFile(QProcess::nullDevice());
        cat.start(u"cat"_s, {gFile});
        if (!cat.waitForFinished(-1) || cat.exitCode() != 0)
            state.SkipWithError("cat failed");
    }
    state.counters["lines/s"] = benchmark::Counter(double(gLines), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_IngestWithRegexFilter(benchmark::State &state)
{
    for (auto _ : state) {
        LogModel model;
        model.addSource(u"mixed"_s); // source 0, as LogBatch says by default
        // A filter a user types while a log streams: errors and upstream trouble.
        model.setFilter({u"(ERROR|FATAL|timed out|\" 5\\d\\d )"_s, true, true, LogLevel::Unknown});
        while (model.isFiltering())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QFile f(gFile);
        if (!f.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot read the log");
            return;
        }
        LogParser parser;
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        qint64 n;
        while ((n = f.read(chunk.data(), chunk.size())) > 0) {
            LogBatch batch;
            parser.feed(batch, QByteArrayView(chunk.constData(), n));
            model.append(batch);
        }
        LogBatch rest;
        parser.flush(rest);
        model.append(rest);
        gHeld = model.totalLines();
        gShown = model.rowCount();
        state.PauseTiming();
        // The store alone (records and arena), per line held.
        gBytesPerLine = double(model.memoryBytes() - qint64(gShown) * 8) / double(std::max<qint64>(1, gHeld));
        // Find (on the GUI thread) over every row, and a new filter matched on the worker.
        model.setFilter({});
        QElapsedTimer timer;
        timer.start();
        model.find({u"no line holds this"_s, false, false, LogLevel::Unknown}, -1, true);
        gFindMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        model.setFilter({u"upstream timed out"_s, false, false, LogLevel::Warning});
        while (model.isFiltering())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        gFilterMs = double(timer.nsecsElapsed()) / 1e6;
        state.ResumeTiming();
    }
    state.counters["lines/s"] = benchmark::Counter(double(gLines), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0)
            gLines = 20'000;
        else if (std::strncmp(argv[i], "--lines=", 8) == 0)
            gLines = std::max<qint64>(1, std::atoll(argv[i] + 8));
    }
    benchmark::Initialize(&argc, argv);
    QTemporaryDir scratch;
    gFile = scratch.filePath(u"mixed.log"_s);
    QElapsedTimer made;
    made.start();
    if (!generate(gFile, gLines)) {
        std::fprintf(stderr, "bench_logs: cannot write %s\n", qPrintable(gFile));
        return 1;
    }
    const qint64 bytes = QFile(gFile).size();
    std::printf("generated %lld lines (%.1f MB, %.0f bytes/line) of PostgreSQL, Redis and nginx logs in %.1f s\n",
                static_cast<long long>(gLines), double(bytes) / 1e6, double(bytes) / double(gLines), double(made.elapsed()) / 1000.0);

    const int iterations = gLines >= 1'000'000 ? 3 : 5;
    benchmark::RegisterBenchmark("BM_Cat", BM_Cat)->Iterations(iterations)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_IngestWithRegexFilter", BM_IngestWithRegexFilter)
        ->Iterations(iterations)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    const std::string suffix = "/iterations:" + std::to_string(iterations) + "/real_time";
    const double cat = reporter.time("BM_Cat" + suffix);
    const double ingest = reporter.time("BM_IngestWithRegexFilter" + suffix);
    if (cat > 0 && ingest > 0) {
        gIngestRate = double(gLines) / (ingest / 1000.0);
        std::printf("\n%lld lines: ingest with a regex filter %.0f ms (%.0f lines/s), cat > /dev/null %.0f ms (%.0f lines/s)\n",
                    static_cast<long long>(gLines), ingest, gIngestRate, cat, double(gLines) / (cat / 1000.0));
        std::printf("ratio ingest / cat: %.1fx slower than cat (goal: over 200,000 lines/s: %s)\n", ingest / cat,
                    gIngestRate > 200'000 ? "met" : "not met");
        std::printf("model: %lld lines held (bound %lld), %lld shown by the filter\n", static_cast<long long>(gHeld),
                    static_cast<long long>(LogModel::kDefaultCapacity), static_cast<long long>(gShown));
        std::printf("memory: %.1f bytes per line held (24 of record + the text); the bound of %lld lines takes %.0f MB\n",
                    gBytesPerLine, static_cast<long long>(LogModel::kDefaultCapacity),
                    gBytesPerLine * double(LogModel::kDefaultCapacity) / 1e6);
        std::printf("find over the %lld lines held (GUI thread): %.0f ms; a new filter over them (worker): %.0f ms\n",
                    static_cast<long long>(gHeld), gFindMs, gFilterMs);
    }
    return 0;
}
