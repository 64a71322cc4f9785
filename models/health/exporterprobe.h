// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/exportermetrics.h"
#include "health/healthprobe.h"

#include <QUrl>

namespace stackyard {

class ExporterScrape;

// A target read through its Prometheus exporter instead of its own protocol: pg_exporter
// (pg_exporter_port, 9630 in Pigsty), redis_exporter (redis_exporter_port, 9121) or
// node_exporter (node_exporter_port, 9100), scraped over HTTP and mapped by ExporterMetrics.
// For instances Stackyard has no credentials for, or to spare them its own connection.
// Down when the exporter does not answer ("exporter: connection refused") or says its server
// is down.
class ExporterProbe : public HealthProbe
{
    Q_OBJECT

public:
    ExporterProbe(HealthTarget target, QUrl exporterUrl, QObject *parent = nullptr);
    ~ExporterProbe() override;

    const QUrl &exporterUrl() const { return mUrl; }

protected:
    void startPoll() override;
    void abortPoll() override;

private:
    QUrl mUrl;
    ExporterScrape *mScrape;
    ExporterCounters mCounters;
};

} // namespace stackyard
