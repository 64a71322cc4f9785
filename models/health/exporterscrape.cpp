// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/exporterscrape.h"

#include "health/httpprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace stackyard {

ExporterScrape::ExporterScrape(QObject *parent)
    : QObject(parent)
{
    mTimeout.setSingleShot(true);
    connect(&mTimeout, &QTimer::timeout, this, [this] {
        end(Error {
            tr("no answer within %1 s").arg(double(mTimeout.interval()) / 1000.0), mUrl.toDisplayString(), {}, {} });
    });
}

ExporterScrape::~ExporterScrape()
{
    abort();
}

QUrl ExporterScrape::exporterUrl(const QString &host, int port, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}

void ExporterScrape::start(const QUrl &url, Callback done, int timeoutMs, qsizetype maxBytes)
{
    abort();
    mUrl = url;
    mDone = std::move(done);
    mMaxBytes = maxBytes;
    mBody.clear();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Stackyard health probe"));
    // The text format: exporters that also speak OpenMetrics or protobuf answer in 0.0.4.
    request.setRawHeader("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    mReply = HttpProbe::networkAccess()->get(request);
    connect(mReply, &QNetworkReply::readyRead, this, &ExporterScrape::readSome);
    connect(mReply, &QNetworkReply::finished, this, &ExporterScrape::done);
    mTimeout.start(timeoutMs);
}

bool ExporterScrape::isRunning() const
{
    return !mReply.isNull();
}

void ExporterScrape::abort()
{
    mTimeout.stop();
    mDone = nullptr;
    if (!mReply)
        return;
    QNetworkReply *reply = mReply;
    mReply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ExporterScrape::readSome()
{
    if (!mReply)
        return;
    mBody.append(mReply->readAll());
    if (mBody.size() > mMaxBytes)
        end(Error { tr("the exporter's answer is larger than %1 MiB").arg(mMaxBytes / (1024 * 1024)),
            mUrl.toDisplayString(), {}, {} });
}

void ExporterScrape::done()
{
    if (!mReply)
        return;
    readSome();
    if (!mReply)
        return;
    const QVariant code = mReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid()) {
        const QString what = mReply->error() == QNetworkReply::ConnectionRefusedError ? tr("connection refused")
                                                                                      : mReply->errorString();
        end(Error { what, mUrl.toDisplayString(), {}, {} });
        return;
    }
    if (code.toInt() != 200) {
        end(Error { tr("HTTP %1 %2")
                        .arg(code.toInt())
                        .arg(mReply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                        .trimmed(),
            mUrl.toDisplayString(), {}, QString::fromUtf8(mBody.left(300)) });
        return;
    }
    Result<PrometheusDocument> doc = PrometheusText::parse(mBody);
    if (!doc) {
        Error e = doc.error();
        e.where = mUrl.toDisplayString();
        end(e);
        return;
    }
    end(doc);
}

void ExporterScrape::end(const Result<PrometheusDocument> &result)
{
    Callback callback = std::move(mDone);
    abort();
    if (callback)
        callback(result);
}

} // namespace stackyard
