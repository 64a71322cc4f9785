// SPDX-License-Identifier: GPL-3.0-or-later
// The health model's hot paths against bare baselines in the same run:
//   - PrometheusText::parse of a node_exporter-sized scrape (8 CPUs, 40 mounts, 2,000 samples
//     with labels) against splitting the same text into lines and reading each line's number;
//   - MetricSeries::append (four bounded tiers) against std::vector::push_back of the same points
//     (unbounded: the memory a naive history would take).
// Prints the ratios and the fleet budget: bytes per series and what 200 targets × 12 metrics take.
//   scripts/bench          (Release build; the figures that count)
//   ctest -L bench         (bench_healthdata_smoke: --benchmark_min_time=0.01)
#include "health/metricseries.h"
#include "health/prometheustext.h"
#include "health/seriesstore.h"
#include "ratioreporter.h"

#include <QByteArray>
#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace stackyard;

namespace {

const QByteArray &scrape()
{
    static const QByteArray text = [] {
        QByteArray t;
        t += "# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.\n# TYPE node_cpu_seconds_total counter\n";
        const char *modes[] = {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"};
        for (int cpu = 0; cpu < 8; ++cpu) {
            for (const char *mode : modes)
                t += "node_cpu_seconds_total{cpu=\"" + QByteArray::number(cpu) + "\",mode=\"" + mode + "\"} "
                    + QByteArray::number(12345.67 + cpu * 100) + "\n";
        }
        for (const char *family : {"node_filesystem_avail_bytes", "node_filesystem_size_bytes", "node_filesystem_free_bytes"}) {
            t += QByteArray("# HELP ") + family + " Filesystem figure in bytes.\n# TYPE " + family + " gauge\n";
            for (int m = 0; m < 40; ++m)
                t += QByteArray(family) + "{device=\"/dev/sd" + QByteArray::number(m) + "\",fstype=\"ext4\",mountpoint=\"/data/"
                    + QByteArray::number(m) + "\"} " + QByteArray::number(1.0e10 + m * 1.0e8, 'e', 6) + "\n";
        }
        t += "# HELP node_network_receive_bytes_total Network device statistic receive_bytes.\n"
             "# TYPE node_network_receive_bytes_total counter\n";
        for (int i = 0; i < 1600; ++i)
            t += "node_network_receive_bytes_total{device=\"veth" + QByteArray::number(i) + "\"} "
                + QByteArray::number(qint64(i) * 987654321) + "\n";
        t += "# TYPE http_request_duration_seconds histogram\n";
        for (const char *le : {"0.005", "0.01", "0.05", "0.1", "0.5", "1", "5", "+Inf"})
            t += QByteArray("http_request_duration_seconds_bucket{handler=\"/metrics\",le=\"") + le + "\"} 42\n";
        t += "http_request_duration_seconds_sum{handler=\"/metrics\"} 1.5\nhttp_request_duration_seconds_count{handler=\"/metrics\"} 42\n";
        return t;
    }();
    return text;
}

void BM_SplitLinesBaseline(benchmark::State &state)
{
    const QByteArray &text = scrape();
    for (auto _ : state) {
        double sum = 0;
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            if (text.at(start) != '#') {
                const qsizetype space = text.lastIndexOf(' ', end - 1);
                sum += std::strtod(text.constData() + space + 1, nullptr);
            }
            start = end + 1;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_SplitLinesBaseline)->Unit(benchmark::kMicrosecond);

void BM_PrometheusTextParse(benchmark::State &state)
{
    const QByteArray &text = scrape();
    for (auto _ : state) {
        auto doc = PrometheusText::parse(text);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_PrometheusTextParse)->Unit(benchmark::kMicrosecond);

constexpr int kPoints = 86'400; // a day at one point a second

struct Point
{
    qint64 msecs;
    float value;
};

void BM_VectorAppendBaseline(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<Point> points;
        for (int i = 0; i < kPoints; ++i)
            points.push_back({qint64(i) * 1000, float(i % 100)});
        benchmark::DoNotOptimize(points.data());
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * kPoints);
}
BENCHMARK(BM_VectorAppendBaseline)->Unit(benchmark::kMicrosecond);

void BM_MetricSeriesAppend(benchmark::State &state)
{
    for (auto _ : state) {
        auto series = std::make_unique<MetricSeries>();
        for (int i = 0; i < kPoints; ++i)
            series->append(qint64(i) * 1000, double(i % 100));
        benchmark::DoNotOptimize(series.get());
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * kPoints);
}
BENCHMARK(BM_MetricSeriesAppend)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    std::printf("scrape: %lld bytes, %lld samples\n", static_cast<long long>(scrape().size()),
                static_cast<long long>(PrometheusText::parse(scrape())->samples.size()));

    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    const auto ratio = [&](const char *name, const char *base) {
        const double b = reporter.time(base);
        return b > 0 ? reporter.time(name) / b : 0.0;
    };
    std::printf("\nratio PrometheusText::parse / split lines:   %.2fx (%.0f us vs %.0f us)\n",
                ratio("BM_PrometheusTextParse", "BM_SplitLinesBaseline"), reporter.time("BM_PrometheusTextParse"),
                reporter.time("BM_SplitLinesBaseline"));
    std::printf("ratio MetricSeries::append / vector append:  %.2fx (%.0f us vs %.0f us for %d points)\n",
                ratio("BM_MetricSeriesAppend", "BM_VectorAppendBaseline"), reporter.time("BM_MetricSeriesAppend"),
                reporter.time("BM_VectorAppendBaseline"), kPoints);
    std::printf("memory for a day of one metric: MetricSeries %lld bytes, vector %lld bytes\n",
                static_cast<long long>(sizeof(MetricSeries)), static_cast<long long>(kPoints * sizeof(Point)));
    std::printf("fleet budget: %lld bytes per series; 200 targets x 12 metrics: %.1f MiB\n",
                static_cast<long long>(SeriesStore::bytesPerSeries()),
                double(200 * 12 * SeriesStore::bytesPerSeries()) / 1048576.0);
    benchmark::Shutdown();
    return 0;
}
