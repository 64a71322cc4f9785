// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/prometheusserver.h"

#include "health/httpprobe.h"
#include "health/metricnames.h"
#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cmath>
#include <limits>

namespace stackyard {

Result<PrometheusSourceSettings> PrometheusSourceSettings::fromInventory(const Inventory &inventory)
{
    PrometheusSourceSettings settings;
    const yaml::Tree &tree = inventory.tree();
    const auto read = [&](const char *name) -> QString {
        const yaml::Tree::Index vars = inventory.globalVars();
        if (!tree.isMap(vars))
            return {};
        const yaml::Tree::Index value = tree.find(vars, name);
        return tree.isScalar(value) ? QString::fromStdString(tree.scalar(value)).trimmed() : QString();
    };
    const QString where = QStringLiteral("%1: all.vars").arg(inventory.fileName());
    const QString source = read(kSourceVariable);
    if (source.isEmpty() || source == u"poll")
        return settings;
    if (source != u"prometheus") {
        return Error { QCoreApplication::translate(
                           "PrometheusSourceSettings", "%1 is \"%2\"; it can be \"poll\" or \"prometheus\"")
                           .arg(QString::fromLatin1(kSourceVariable), source),
            where, {}, {} };
    }
    const QString urlText = read(kUrlVariable);
    const QUrl url(urlText);
    if (urlText.isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        return Error { QCoreApplication::translate(
                           "PrometheusSourceSettings", "%1 is \"prometheus\" but %2 is not an http(s) URL")
                           .arg(QString::fromLatin1(kSourceVariable), QString::fromLatin1(kUrlVariable)),
            where,
            QCoreApplication::translate("PrometheusSourceSettings", "set %1: http://HOST:9090")
                .arg(QString::fromLatin1(kUrlVariable)),
            urlText };
    }
    settings.enabled = true;
    settings.url = url;
    return settings;
}

const QList<PrometheusQuery> &PrometheusServerSource::queries()
{
    using namespace metric;
    static const QString fsFilter = QStringLiteral("fstype!~\"tmpfs|devtmpfs|squashfs|ramfs|overlay|nsfs|efivarfs\"");
    static const QList<PrometheusQuery> table = [] {
        const auto q = [](const QString &name, TargetKind kind, const QString &expression) {
            const QString label = kind == TargetKind::Host ? QStringLiteral("ip") : QStringLiteral("ins");
            return PrometheusQuery { name, kind, expression.arg(label), label };
        };
        const auto n = [](const char *name) { return QString::fromLatin1(name); };
        const TargetKind H = TargetKind::Host, P = TargetKind::Postgres, R = TargetKind::Redis;
        return QList<PrometheusQuery> {
            q(QStringLiteral("up"), H, QStringLiteral("max by (%1) (up{job=\"node\"})")),
            q(n(kHostCpuPercent), H,
                QStringLiteral("100 * (1 - sum by (%1) (rate(node_cpu_seconds_total{mode=~\"idle|iowait\"}[1m]))"
                               " / sum by (%1) (rate(node_cpu_seconds_total[1m])))")),
            q(n(kHostLoad1), H, QStringLiteral("max by (%1) (node_load1)")),
            q(n(kHostLoad5), H, QStringLiteral("max by (%1) (node_load5)")),
            q(n(kHostLoad15), H, QStringLiteral("max by (%1) (node_load15)")),
            q(n(kHostMemoryPercent), H,
                QStringLiteral("100 * (1 - max by (%1) (node_memory_MemAvailable_bytes)"
                               " / max by (%1) (node_memory_MemTotal_bytes))")),
            q(n(kHostMemoryTotalBytes), H, QStringLiteral("max by (%1) (node_memory_MemTotal_bytes)")),
            q(n(kHostSwapPercent), H,
                QStringLiteral("100 * (1 - max by (%1) (node_memory_SwapFree_bytes)"
                               " / clamp_min(max by (%1) (node_memory_SwapTotal_bytes), 1))")),
            q(n(kHostDiskPercent), H,
                QStringLiteral(
                    "max by (%1) (100 * (1 - node_filesystem_avail_bytes{FS} / node_filesystem_size_bytes{FS}))")
                    .replace(QStringLiteral("FS"), fsFilter)),
            q(n(kHostUptimeSeconds), H, QStringLiteral("max by (%1) (node_time_seconds - node_boot_time_seconds)")),

            q(QStringLiteral("up"), P, QStringLiteral("max by (%1) (pg_up)")),
            q(n(kPgTps), P,
                QStringLiteral("sum by (%1) (rate(pg_db_xact_commit[1m]) + rate(pg_db_xact_rollback[1m]))")),
            q(n(kPgCommitsPerSecond), P, QStringLiteral("sum by (%1) (rate(pg_db_xact_commit[1m]))")),
            q(n(kPgRollbacksPerSecond), P, QStringLiteral("sum by (%1) (rate(pg_db_xact_rollback[1m]))")),
            q(n(kPgConnections), P, QStringLiteral("sum by (%1) (pg_db_numbackends)")),
            q(n(kPgMaxConnections), P, QStringLiteral("max by (%1) (pg_setting_max_connections)")),
            q(n(kPgConnectionsPercent), P,
                QStringLiteral("100 * sum by (%1) (pg_db_numbackends) / max by (%1) (pg_setting_max_connections)")),
            q(n(kPgCacheHitPercent), P,
                QStringLiteral("100 * sum by (%1) (rate(pg_db_blks_hit[1m])) / clamp_min(sum by (%1) "
                               "(rate(pg_db_blks_hit[1m]) + rate(pg_db_blks_read[1m])), 1e-9)")),
            q(n(kPgReplicationLagSeconds), P, QStringLiteral("max by (%1) (pg_lag)")),
            q(n(kPgUptimeSeconds), P, QStringLiteral("max by (%1) (pg_uptime)")),

            q(QStringLiteral("up"), R, QStringLiteral("max by (%1) (redis_up)")),
            q(n(kRedisConnectedClients), R, QStringLiteral("max by (%1) (redis_connected_clients)")),
            q(n(kRedisOpsPerSecond), R, QStringLiteral("sum by (%1) (rate(redis_commands_processed_total[1m]))")),
            q(n(kRedisUsedMemoryBytes), R, QStringLiteral("max by (%1) (redis_memory_used_bytes)")),
            q(n(kRedisMaxMemoryBytes), R, QStringLiteral("max by (%1) (redis_memory_max_bytes)")),
            q(n(kRedisMemoryPercent), R,
                QStringLiteral(
                    "100 * max by (%1) (redis_memory_used_bytes) / max by (%1) (redis_memory_max_bytes > 0)")),
            q(n(kRedisHitPercent), R,
                QStringLiteral("100 * sum by (%1) (rate(redis_keyspace_hits_total[1m])) / clamp_min(sum by (%1) "
                               "(rate(redis_keyspace_hits_total[1m]) + rate(redis_keyspace_misses_total[1m])), 1e-9)")),
            q(n(kRedisConnectedReplicas), R, QStringLiteral("max by (%1) (redis_connected_slaves)")),
            q(n(kRedisKeys), R, QStringLiteral("sum by (%1) (redis_db_keys)")),
            q(n(kRedisEvictedKeys), R, QStringLiteral("max by (%1) (redis_evicted_keys_total)")),
        };
    }();
    return table;
}

PrometheusServerSource::PrometheusServerSource(PrometheusSourceSettings settings, QObject *parent)
    : QObject(parent)
    , mSettings(std::move(settings))
{
    qRegisterMetaType<HealthSnapshot>();
}

PrometheusServerSource::~PrometheusServerSource()
{
    abort();
    for (QNetworkReply *reply : std::as_const(mRangeReplies)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void PrometheusServerSource::setTargets(const QList<HealthTarget> &targets)
{
    mTargets = targets;
}

QNetworkReply *PrometheusServerSource::post(const QString &path, const QList<QPair<QString, QString>> &form)
{
    QUrl url = mSettings.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Stackyard health"));
    request.setTransferTimeout(mSettings.timeoutMs);
    for (const auto &header : std::as_const(mSettings.headers))
        request.setRawHeader(header.first, header.second);
    QByteArray body;
    for (const auto &pair : form) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(pair.first)).append('=').append(QUrl::toPercentEncoding(pair.second));
    }
    return HttpProbe::networkAccess()->post(request, body);
}

static QString secondsText(qint64 msecs)
{
    return QString::number(double(msecs) / 1000.0, 'f', 3);
}

QString PrometheusServerSource::targetKey(const HealthTarget &target, const QString &label) const
{
    if (label == u"ip")
        return target.host.isEmpty() ? target.instance : target.host;
    return target.instance;
}

bool PrometheusServerSource::poll()
{
    if (busy())
        return false;
    ++mGeneration;
    mRound.clear();
    mSeen.clear();
    mRoundError.clear();
    mKindError.clear();
    mRoundAt = QDateTime::currentDateTimeUtc();
    mRoundClock.start();
    QSet<TargetKind> kinds;
    for (const HealthTarget &t : std::as_const(mTargets)) {
        if (t.kind == TargetKind::Http)
            continue;
        kinds.insert(t.kind);
        HealthSnapshot s;
        s.target = t;
        s.at = mRoundAt;
        mRound.insert(t.id, s);
    }
    for (const PrometheusQuery &q : queries()) {
        if (!kinds.contains(q.kind))
            continue;
        QNetworkReply *reply = post(QStringLiteral("/api/v1/query"),
            { { QStringLiteral("query"), q.expression },
                { QStringLiteral("time"), secondsText(mRoundAt.toMSecsSinceEpoch()) } });
        mPending.append({ &q, reply });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }
    if (mPending.isEmpty())
        finishRound();
    return true;
}

void PrometheusServerSource::abort()
{
    const QList<Pending> pending = std::exchange(mPending, {});
    for (const Pending &p : pending) {
        if (!p.reply)
            continue;
        p.reply->disconnect(this);
        p.reply->abort();
        p.reply->deleteLater();
    }
}

Result<QList<PrometheusSeries>> PrometheusServerSource::readReply(QNetworkReply *reply)
{
    const QByteArray body = reply->readAll();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString where = reply->url().toDisplayString(QUrl::RemoveUserInfo);
    if (!code.isValid()) {
        const QString what
            = reply->error() == QNetworkReply::ConnectionRefusedError ? tr("connection refused") : reply->errorString();
        return Error { what, where, {}, {} };
    }
    Result<QList<PrometheusSeries>> parsed = parseResponse(body);
    if (!parsed && code.toInt() != 200 && !body.trimmed().startsWith('{')) {
        return Error { tr("HTTP %1 %2")
                           .arg(code.toInt())
                           .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                           .trimmed(),
            where, {}, QString::fromUtf8(body.left(300)) };
    }
    if (!parsed) {
        Error e = parsed.error();
        e.where = where;
        return e;
    }
    return parsed;
}

void PrometheusServerSource::answered(QNetworkReply *reply)
{
    const auto it
        = std::find_if(mPending.begin(), mPending.end(), [reply](const Pending &p) { return p.reply == reply; });
    if (it == mPending.end())
        return;
    const PrometheusQuery *query = it->query;
    mPending.erase(it);
    reply->deleteLater();
    const Result<QList<PrometheusSeries>> result = readReply(reply);
    if (!result) {
        if (mRoundError.isEmpty())
            mRoundError = result.error().toString();
        if (!mKindError.contains(int(query->kind)))
            mKindError.insert(int(query->kind), result.error().toString());
    } else {
        QHash<QString, QStringList> byKey;
        for (const HealthTarget &t : std::as_const(mTargets)) {
            if (t.kind == query->kind)
                byKey[targetKey(t, query->label)].append(t.id);
        }
        for (const PrometheusSeries &series : *result) {
            if (series.points.isEmpty())
                continue;
            const double value = series.points.last().value;
            for (const QString &id : byKey.value(series.labels.value(query->label))) {
                HealthSnapshot &s = mRound[id];
                if (query->metric == u"up") {
                    mSeen.insert(id, value >= 1);
                } else if (std::isfinite(value)) {
                    s.metrics.insert(query->metric, value);
                }
            }
        }
    }
    if (mPending.isEmpty())
        finishRound();
}

void PrometheusServerSource::finishRound()
{
    const qint64 duration = mRoundClock.isValid() ? mRoundClock.elapsed() : 0;
    for (const HealthTarget &t : std::as_const(mTargets)) {
        if (t.kind == TargetKind::Http)
            continue;
        HealthSnapshot s = mRound.value(t.id);
        s.target = t;
        s.at = mRoundAt;
        s.durationMs = duration;
        s.facts.insert(QStringLiteral("source"), QStringLiteral("prometheus"));
        const QString label = t.kind == TargetKind::Host ? QStringLiteral("ip") : QStringLiteral("ins");
        if (mSeen.contains(t.id)) {
            if (mSeen.value(t.id)) {
                s.status = HealthStatus::Up;
            } else {
                s.status = HealthStatus::Down;
                s.reason = t.kind == TargetKind::Host ? tr("Prometheus cannot scrape node_exporter")
                                                      : tr("the exporter cannot reach the instance");
            }
        } else if (mKindError.contains(int(t.kind))) {
            s.status = HealthStatus::Unknown;
            s.reason = mKindError.value(int(t.kind));
        } else {
            s.status = HealthStatus::Unknown;
            s.reason = tr("Prometheus has no data for %1=%2").arg(label, targetKey(t, label));
        }
        Q_EMIT snapshotReady(s);
    }
    mRound.clear();
    Q_EMIT roundFinished(mRoundError.isEmpty(), mRoundError);
}

void PrometheusServerSource::queryRange(const QString &metricName, qint64 fromMsecs, qint64 toMsecs, int stepSeconds)
{
    const auto &table = queries();
    const auto q
        = std::find_if(table.cbegin(), table.cend(), [&](const PrometheusQuery &p) { return p.metric == metricName; });
    if (q == table.cend()) {
        Q_EMIT rangeFailed(metricName, tr("no Prometheus query for %1").arg(metricName));
        return;
    }
    QNetworkReply *reply = post(QStringLiteral("/api/v1/query_range"),
        { { QStringLiteral("query"), q->expression }, { QStringLiteral("start"), secondsText(fromMsecs) },
            { QStringLiteral("end"), secondsText(toMsecs) },
            { QStringLiteral("step"), QString::number(std::max(1, stepSeconds)) } });
    mRangeReplies.append(reply);
    const PrometheusQuery query = *q;
    connect(reply, &QNetworkReply::finished, this, [this, reply, query] {
        mRangeReplies.removeOne(reply);
        reply->deleteLater();
        const Result<QList<PrometheusSeries>> result = readReply(reply);
        if (!result) {
            Q_EMIT rangeFailed(query.metric, result.error().toString());
            return;
        }
        QHash<QString, QList<SeriesPoint>> byTarget;
        for (const HealthTarget &t : std::as_const(mTargets)) {
            if (t.kind != query.kind)
                continue;
            for (const PrometheusSeries &series : *result) {
                if (series.labels.value(query.label) == targetKey(t, query.label)) {
                    byTarget.insert(t.id, series.points);
                    break;
                }
            }
        }
        Q_EMIT rangeReady(query.metric, byTarget);
    });
}

static std::optional<SeriesPoint> pointOf(const QJsonValue &pair)
{
    const QJsonArray a = pair.toArray();
    if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isString())
        return std::nullopt;
    const QString text = a.at(1).toString();
    double value = 0;
    if (text == u"NaN")
        value = std::numeric_limits<double>::quiet_NaN();
    else if (text == u"+Inf")
        value = std::numeric_limits<double>::infinity();
    else if (text == u"-Inf")
        value = -std::numeric_limits<double>::infinity();
    else {
        bool ok = false;
        value = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return SeriesPoint { qint64(std::llround(a.at(0).toDouble() * 1000.0)), value };
}

Result<QList<PrometheusSeries>> PrometheusServerSource::parseResponse(const QByteArray &json)
{
    const QString where = tr("Prometheus API");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error { tr("not a Prometheus API answer"), where, {}, QString::fromUtf8(json.left(200)) };
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == u"error") {
        return Error { tr("Prometheus says %1: %2")
                           .arg(root.value(QStringLiteral("errorType")).toString(),
                               root.value(QStringLiteral("error")).toString()),
            where, {}, {} };
    }
    if (status != u"success")
        return Error { tr("not a Prometheus API answer"), where, {}, QString::fromUtf8(json.left(200)) };
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    if (type != u"vector" && type != u"matrix")
        return Error { tr("unexpected result type \"%1\"").arg(type), where, {}, {} };
    QList<PrometheusSeries> out;
    for (const QJsonValue &item : data.value(QStringLiteral("result")).toArray()) {
        const QJsonObject o = item.toObject();
        PrometheusSeries series;
        const QJsonObject labels = o.value(QStringLiteral("metric")).toObject();
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            series.labels.insert(it.key(), it.value().toString());
        if (type == u"vector") {
            const auto p = pointOf(o.value(QStringLiteral("value")));
            if (!p)
                return Error { tr("a vector sample without a [time, \"value\"] pair"), where, {}, {} };
            series.points.append(*p);
        } else {
            for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
                const auto p = pointOf(v);
                if (!p)
                    return Error { tr("a matrix value without a [time, \"value\"] pair"), where, {}, {} };
                series.points.append(*p);
            }
        }
        out.append(series);
    }
    return out;
}

} // namespace stackyard
