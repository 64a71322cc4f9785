// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/healthtypes.h"
#include "health/metricseries.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace stackyard {

class Inventory;

// Where the Health panel's figures come from for one inventory. all.vars:
//   stackyard_health_source: prometheus          # default: poll (Stackyard polls every instance)
//   stackyard_prometheus_url: http://10.10.10.10:9090
// With "prometheus", PrometheusServerSource asks that server (Pigsty's infra node runs one) for
// the same metric names instead of polling each instance.
struct PrometheusSourceSettings
{
    bool enabled = false;
    QUrl url;
    int timeoutMs = 10000;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. Authorization for a proxy in front

    static constexpr char kSourceVariable[] = "stackyard_health_source";
    static constexpr char kUrlVariable[] = "stackyard_prometheus_url";
    // Reads all.vars. An Error when the source is "prometheus" without a usable URL, or is
    // neither "poll" nor "prometheus".
    static Result<PrometheusSourceSettings> fromInventory(const Inventory &inventory);
};

// One series of a Prometheus API answer: a vector's sample or a matrix's values.
struct PrometheusSeries
{
    QMap<QString, QString> labels;
    QList<SeriesPoint> points; // one for a vector
};

// How one metric name is asked of Prometheus: a PromQL expression aggregated by the label that
// names the target (ip for hosts, ins for PostgreSQL and Redis instances: Pigsty's labels).
struct PrometheusQuery
{
    QString metric; // "pg.tps"; "up" for the status query of the kind
    TargetKind kind = TargetKind::Host;
    QString expression;
    QString label;
};

// The Health view's figures from a Prometheus server's HTTP API, for a whole fleet in a few
// requests: poll() sends one instant query (/api/v1/query) per metric and kind with targets and
// emits one HealthSnapshot per target when all have answered; queryRange() fills a chart's
// history from /api/v1/query_range. Requests are POSTed form-encoded. A target Prometheus has
// no data for is Unknown ("Prometheus has no data for ins=pg-meta-1"); its exporter's up/pg_up/
// redis_up of 0 makes it Down. HTTP targets are not Prometheus's: they are left out.
class PrometheusServerSource : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusServerSource(PrometheusSourceSettings settings, QObject *parent = nullptr);
    ~PrometheusServerSource() override;

    void setTargets(const QList<HealthTarget> &targets);
    const QList<HealthTarget> &targets() const { return mTargets; }

    // Starts one round of queries; false (and nothing done) while one runs.
    bool poll();
    bool busy() const { return !mPending.isEmpty(); }
    // Stops a running round; no signal of it follows.
    void abort();

    // The history of one metric for every target of its kind, step seconds apart.
    void queryRange(const QString &metric, qint64 fromMsecs, qint64 toMsecs, int stepSeconds);

    // The metric → PromQL table (status queries have metric "up").
    static const QList<PrometheusQuery> &queries();
    // An API answer's result: vector or matrix (scalar and string answers are an Error, as
    // is {"status":"error"} with its errorType and error).
    static Result<QList<PrometheusSeries>> parseResponse(const QByteArray &json);

Q_SIGNALS:
    // One per target per round, then roundFinished (ok false with the first error when a
    // query failed). A target whose kind had a failed query and no status is Unknown with that
    // error as its reason.
    void snapshotReady(const stackyard::HealthSnapshot &snapshot);
    void roundFinished(bool ok, const QString &error);
    // target id → points
    void rangeReady(const QString &metric, const QHash<QString, QList<stackyard::SeriesPoint>> &points);
    void rangeFailed(const QString &metric, const QString &error);

private:
    struct Pending
    {
        const PrometheusQuery *query = nullptr;
        QPointer<QNetworkReply> reply;
    };
    QNetworkReply *post(const QString &path, const QList<QPair<QString, QString>> &form);
    void answered(QNetworkReply *reply);
    void finishRound();
    static Result<QList<PrometheusSeries>> readReply(QNetworkReply *reply);
    QString targetKey(const HealthTarget &target, const QString &label) const;

    PrometheusSourceSettings mSettings;
    QList<HealthTarget> mTargets;
    QList<Pending> mPending;
    QList<QNetworkReply *> mRangeReplies;
    QDateTime mRoundAt;
    QElapsedTimer mRoundClock;
    QHash<QString, HealthSnapshot> mRound; // target id → snapshot being filled
    QHash<QString, bool> mSeen; // target id → status query answered for it
    QString mRoundError; // the first failed query's error
    QHash<int, QString> mKindError; // TargetKind → its first failed query's error
    quint64 mGeneration = 0;
};

} // namespace stackyard
