// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace stackyard::bench {

// Collects each benchmark's time so the ratios can be printed after the table.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs)
            if (run.run_type == Run::RT_Iteration && !run.error_occurred)
                mTimes[run.benchmark_name()] = run.GetAdjustedRealTime();
        ConsoleReporter::ReportRuns(runs);
    }

    double time(const std::string &name) const
    {
        const auto it = mTimes.find(name);
        return it == mTimes.end() ? 0.0 : it->second;
    }

private:
    std::map<std::string, double> mTimes;
};

} // namespace stackyard::bench
