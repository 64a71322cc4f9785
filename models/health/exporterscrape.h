// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "health/prometheustext.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace stackyard {

// One scrape of a Prometheus exporter's /metrics (node_exporter :9100, pg_exporter :9630,
// redis_exporter :9121) over HTTP on the thread's shared QNetworkAccessManager, parsed with
// PrometheusText. The callback runs once on this object's thread with the document or an Error
// (connection refused, an HTTP status, a timeout, a bad line, an answer over maxBytes); never
// after abort() or the object's deletion.
class ExporterScrape : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<PrometheusDocument> &result)>;
    static constexpr qsizetype kDefaultMaxBytes = 16 * 1024 * 1024;

    explicit ExporterScrape(QObject *parent = nullptr);
    ~ExporterScrape() override;

    // Starts a scrape (aborting a running one).
    void start(const QUrl &url, Callback done, int timeoutMs = 5000, qsizetype maxBytes = kDefaultMaxBytes);
    void abort();
    bool isRunning() const;

    // http://HOST:PORT/metrics for an inventory host address and an exporter port.
    static QUrl exporterUrl(const QString &host, int port, const QString &path = QStringLiteral("/metrics"));

private:
    void readSome();
    void done();
    void end(const Result<PrometheusDocument> &result);

    QPointer<QNetworkReply> mReply;
    QByteArray mBody;
    QUrl mUrl;
    Callback mDone;
    QTimer mTimeout;
    qsizetype mMaxBytes = kDefaultMaxBytes;
};

} // namespace stackyard
