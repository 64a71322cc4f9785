// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory speed and memory against a bare baseline in the same run: yaml-cpp's YAML::Load of
// the same text. Generated inventory: 2,000 clusters / 10,000 hosts (see inventorygenerator).
// Prints each benchmark, then the ratios and the heap each representation keeps.
//   scripts/bench              (Release build; the figures that count)
//   ctest -L bench             (a short smoke run in the test build)
#include "inventory/inventory.h"
#include "inventory/inventorydocument.h"
#include "inventory/validation/validator.h"
#include "inventorygenerator.h"
#include "ratioreporter.h"
#include "yaml/yamledit.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <malloc.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <map>

using namespace stackyard;

namespace {

std::string &text()
{
    static std::string t = bench::generateInventory(2000, 5);
    return t;
}

void BM_YamlCppLoad(benchmark::State &state)
{
    for (auto _ : state) {
        YAML::Node node = YAML::Load(text());
        benchmark::DoNotOptimize(node);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text().size()));
}
BENCHMARK(BM_YamlCppLoad)->Unit(benchmark::kMillisecond);

void BM_InventoryParse(benchmark::State &state)
{
    for (auto _ : state) {
        auto inventory = Inventory::parse(text(), QStringLiteral("bench.yml"));
        benchmark::DoNotOptimize(inventory);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text().size()));
}
BENCHMARK(BM_InventoryParse)->Unit(benchmark::kMillisecond);

void BM_InventoryParseAndValidate(benchmark::State &state)
{
    for (auto _ : state) {
        auto inventory = Inventory::parse(text(), QStringLiteral("bench.yml"));
        Findings findings = Validator::check(inventory->tree(), QStringLiteral("bench.yml"));
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(BM_InventoryParseAndValidate)->Unit(benchmark::kMillisecond);

// One scalar edit through the document (patch, re-parse) and an atomic save to disk.
void BM_EditAndSave(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.yml"));
    InventoryDocument document;
    document.setLoaded(path, *Inventory::parse(text(), path));
    // A replica of cluster pg-1000 (hosts 10.0.19.137-141): a value edit, not a new key.
    const auto pointer = *yaml::Pointer::parse("/all/children/pg-1000/hosts/10.0.19.138/pg_role");
    if (yaml::Tree::npos == pointer.resolve(document.inventory().tree())) {
        state.SkipWithError("the edited host is not in the generated inventory");
        return;
    }
    bool replica = true;
    for (auto _ : state) {
        const auto edit = yaml::Editor(document.inventory().tree()).setScalar(pointer, replica ? "offline" : "replica", false);
        replica = !replica;
        if (!edit || !document.apply(*edit) || !document.saveNow()) {
            state.SkipWithError("edit failed");
            break;
        }
    }
}
BENCHMARK(BM_EditAndSave)->Unit(benchmark::kMillisecond);

// The same edit without the save: what the form waits for before the views update.
void BM_Edit(benchmark::State &state)
{
    InventoryDocument document;
    document.setLoaded(QStringLiteral("bench.yml"), *Inventory::parse(text(), QStringLiteral("bench.yml")));
    const auto pointer = *yaml::Pointer::parse("/all/children/pg-1000/hosts/10.0.19.138/pg_role");
    bool replica = true;
    for (auto _ : state) {
        const auto edit = yaml::Editor(document.inventory().tree()).setScalar(pointer, replica ? "offline" : "replica", false);
        replica = !replica;
        if (!edit || !document.apply(*edit)) {
            state.SkipWithError("edit failed");
            break;
        }
    }
}
BENCHMARK(BM_Edit)->Unit(benchmark::kMillisecond);

std::size_t heapInUse()
{
    return mallinfo2().uordblks;
}

template<typename F>
std::size_t retainedBytes(F make)
{
    const std::size_t before = heapInUse();
    auto kept = make();
    const std::size_t after = heapInUse();
    benchmark::DoNotOptimize(kept);
    return after > before ? after - before : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const auto inventory = Inventory::parse(text(), QStringLiteral("bench.yml"));
    std::printf("inventory: %zu bytes, %lld groups, %lld hosts\n", text().size(),
                static_cast<long long>(inventory->groups().size()), static_cast<long long>(inventory->hostKeys().size()));

    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    const double base = reporter.time("BM_YamlCppLoad");
    const auto ratio = [&](const char *name) { return base > 0 ? reporter.time(name) / base : 0.0; };
    std::printf("\nratio parse / yaml-cpp Load:            %.2fx (%.1f ms vs %.1f ms)\n", ratio("BM_InventoryParse"),
                reporter.time("BM_InventoryParse"), base);
    std::printf("ratio parse+validate / yaml-cpp Load:   %.2fx (%.1f ms)\n", ratio("BM_InventoryParseAndValidate"),
                reporter.time("BM_InventoryParseAndValidate"));
    std::printf("edit + atomic save:                     %.1f ms (the edit alone %.2f ms)\n", reporter.time("BM_EditAndSave"),
                reporter.time("BM_Edit"));

    const std::size_t yamlBytes = retainedBytes([] { return YAML::Load(text()); });
    const std::size_t ourBytes = retainedBytes([] { return Inventory::parse(text(), QStringLiteral("bench.yml")); });
    std::printf("heap kept: Inventory %.1f MiB, yaml-cpp Node %.1f MiB (ratio %.2fx; text %.1f MiB)\n",
                double(ourBytes) / 1048576.0, double(yamlBytes) / 1048576.0,
                yamlBytes ? double(ourBytes) / double(yamlBytes) : 0.0, double(text().size()) / 1048576.0);
    benchmark::Shutdown();
    return 0;
}
