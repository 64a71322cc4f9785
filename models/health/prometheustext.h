// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace stackyard {

// The Prometheus text exposition format 0.0.4, as node_exporter, pg_exporter (postgres_exporter)
// and redis_exporter serve it on /metrics:
//   # HELP node_load1 1m load average.
//   # TYPE node_load1 gauge
//   node_load1 0.21
//   node_filesystem_avail_bytes{device="/dev/sda1",mountpoint="/"} 1.2e+10 1700000000000
// HELP and TYPE lines, metric and label names, label values with \" \\ \n escapes, values
// including NaN, +Inf and -Inf, optional millisecond timestamps; counters, gauges, histograms
// (_bucket/_sum/_count) and summaries (quantiles, _sum/_count) grouped into their families.
enum class PrometheusType { Untyped, Counter, Gauge, Histogram, Summary };

struct PrometheusSample
{
    QString name; // the sample's own name: "http_request_duration_seconds_bucket"
    QList<QPair<QString, QString>> labels; // in the order written
    double value = 0;
    std::optional<qint64> timestampMs;
    int family = -1; // index into PrometheusDocument::families

    // The label's value; empty when the sample has no such label.
    QString label(const QString &labelName) const;
    bool hasLabel(const QString &labelName) const;
};

struct PrometheusFamily
{
    QString name; // "http_request_duration_seconds" for its _bucket/_sum/_count samples
    QString help; // unescaped
    PrometheusType type = PrometheusType::Untyped;
    QList<int> samples; // indexes into PrometheusDocument::samples, in text order
};

// A parsed scrape.
class PrometheusDocument
{
public:
    using LabelFilter = QList<QPair<QString, QString>>;

    QList<PrometheusFamily> families;
    QList<PrometheusSample> samples;

    const PrometheusFamily *family(const QString &name) const;
    // Every sample with this exact name whose labels include all of filter's pairs.
    QList<const PrometheusSample *> find(const QString &sampleName, const LabelFilter &filter = {}) const;
    // The first such sample's value.
    std::optional<double> value(const QString &sampleName, const LabelFilter &filter = {}) const;
    // The sum over all such samples (NaN ones skipped); nullopt when there is none.
    std::optional<double> sum(const QString &sampleName, const LabelFilter &filter = {}) const;
    bool contains(const QString &sampleName) const { return mByName.contains(sampleName); }

    // Fills the lookup index; parse() calls it.
    void reindex();

private:
    QHash<QString, QList<int>> mByName;
    QHash<QString, int> mFamilyByName;
};

class PrometheusText
{
public:
    // The whole text, or an Error naming the first bad line ("line 12: …") like Prometheus,
    // which rejects a scrape with one bad line.
    static Result<PrometheusDocument> parse(const QByteArray &text);

    static QString typeName(PrometheusType type); // "counter", "gauge", …
};

} // namespace stackyard
