// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/exporterprobe.h"

#include "health/exporterscrape.h"

namespace stackyard {

ExporterProbe::ExporterProbe(HealthTarget target, QUrl exporterUrl, QObject *parent)
    : HealthProbe(std::move(target), parent)
    , mUrl(std::move(exporterUrl))
    , mScrape(new ExporterScrape(this))
{ }

ExporterProbe::~ExporterProbe() = default;

void ExporterProbe::startPoll()
{
    // The base class's timeout ends the poll; the scrape's own is a little longer.
    mScrape->start(
        mUrl,
        [this](const Result<PrometheusDocument> &result) {
            if (!result) {
                fail(tr("exporter: %1").arg(result.error().what));
                return;
            }
            HealthSnapshot &s = snapshot();
            mCounters = ExporterMetrics::fill(
                target().kind, *result, mCounters, secondsSincePrevious(), s.at.toMSecsSinceEpoch(), s);
            s.facts.insert(QStringLiteral("exporter"), mUrl.toDisplayString(QUrl::RemoveUserInfo));
            finish();
        },
        timeoutMs() + 1000);
}

void ExporterProbe::abortPoll()
{
    mScrape->abort();
}

} // namespace stackyard
