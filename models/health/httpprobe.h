// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthprobe.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace stackyard {

struct HttpProbeSettings
{
    QUrl url; // "http://10.10.10.10:5001/health"
    int expectedStatusMin = 200; // inclusive; anything else is Down
    int expectedStatusMax = 399;
    QStringList jsonFields; // top-level fields of a JSON answer reported as facts; empty: all
    int timeoutMs = 5000;
    // Extra request headers ("Authorization", "Host"); never logged nor put in a snapshot.
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype maxBodyBytes = 64 * 1024; // the rest of a longer answer is not read
};

// An application's HTTP endpoint (Dify, Open WebUI, a FastAPI /health): GET, the status code and
// latency as metrics (http.status_code, http.latency_ms), the top-level fields of a JSON object
// answer as facts. Up for an expected status (2xx/3xx by default); Down for another status
// ("HTTP 500 Internal Server Error"), a network error ("connection refused") or no answer in
// time; Degraded when a JSON answer says so: a "status" that is not ok/healthy/up/pass (or is
// false, as Open WebUI's {"status":true} can be), "healthy"/"ok" false, or a
// field such as "database" that is disconnected/down/failed/error (nested objects looked at too,
// as Spring's {"components":{"db":{"status":"DOWN"}}}). All probes of a thread share one
// QNetworkAccessManager (connection reuse, one DNS cache).
class HttpProbe : public HealthProbe
{
    Q_OBJECT

public:
    HttpProbe(HealthTarget target, HttpProbeSettings settings, QObject *parent = nullptr);
    ~HttpProbe() override;

    const HttpProbeSettings &settings() const { return mSettings; }

    // The calling thread's shared manager (made on first use, deleted with the thread).
    static QNetworkAccessManager *networkAccess();

    struct BodyVerdict
    {
        bool degraded = false;
        QString reason; // "status: unhealthy; database: disconnected"
        QMap<QString, QString> facts; // field → text (strings as they are, others as JSON)
    };
    // What a /health body says; no facts and not degraded when it is not a JSON object.
    static BodyVerdict judgeBody(const QByteArray &body, const QStringList &fields);

protected:
    void startPoll() override;
    void abortPoll() override;

private:
    void readSome();
    void complete();
    void dropReply();

    HttpProbeSettings mSettings;
    QPointer<QNetworkReply> mReply;
    QByteArray mBody;
    QElapsedTimer mLatency;
};

} // namespace stackyard
