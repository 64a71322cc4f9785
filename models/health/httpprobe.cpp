// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/httpprobe.h"

#include "health/metricnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThread>

namespace stackyard {

HttpProbe::HttpProbe(HealthTarget target, HttpProbeSettings settings, QObject *parent)
    : HealthProbe(std::move(target), parent)
    , mSettings(std::move(settings))
{
    setTimeoutMs(mSettings.timeoutMs);
}

HttpProbe::~HttpProbe()
{
    dropReply();
}

QNetworkAccessManager *HttpProbe::networkAccess()
{
    thread_local QPointer<QNetworkAccessManager> manager;
    if (!manager) {
        manager = new QNetworkAccessManager();
        QThread *thread = QThread::currentThread();
        if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread()) {
            manager->setParent(QCoreApplication::instance());
        } else {
            QNetworkAccessManager *owned = manager;
            QObject::connect(
                thread, &QThread::finished, owned, [owned] { delete owned; }, Qt::DirectConnection);
        }
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return manager;
}

void HttpProbe::startPoll()
{
    mBody.clear();
    if (!mSettings.url.isValid() || mSettings.url.isRelative()) {
        fail(tr("not a valid URL: %1").arg(mSettings.url.toDisplayString()), HealthStatus::Unknown);
        return;
    }
    QNetworkRequest request(mSettings.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Stackyard health probe"));
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &header : std::as_const(mSettings.headers))
        request.setRawHeader(header.first, header.second);
    mLatency.start();
    mReply = networkAccess()->get(request);
    connect(mReply, &QNetworkReply::readyRead, this, &HttpProbe::readSome);
    connect(mReply, &QNetworkReply::finished, this, &HttpProbe::complete);
}

void HttpProbe::abortPoll()
{
    dropReply();
}

void HttpProbe::dropReply()
{
    if (!mReply)
        return;
    QNetworkReply *reply = mReply;
    mReply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void HttpProbe::readSome()
{
    if (!mReply)
        return;
    const qsizetype room = mSettings.maxBodyBytes - mBody.size();
    if (room > 0)
        mBody.append(mReply->read(room));
    // Enough read: judge what came and close the connection instead of reading the rest.
    if (mBody.size() >= mSettings.maxBodyBytes)
        complete();
}

static QString networkErrorText(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("HttpProbe", "connection refused");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("HttpProbe", "host not found");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("HttpProbe", "the server closed the connection without an answer");
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("HttpProbe", "no answer");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("HttpProbe", "TLS handshake failed: %1").arg(reply->errorString());
    default:
        break;
    }
    return reply->errorString();
}

void HttpProbe::complete()
{
    if (!mReply)
        return;
    QNetworkReply *reply = mReply;
    if (reply->isFinished() && mBody.size() < mSettings.maxBodyBytes)
        mBody.append(reply->read(mSettings.maxBodyBytes - mBody.size()));
    HealthSnapshot &s = snapshot();
    const double latencyMs = double(mLatency.nsecsElapsed()) / 1e6;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid()) {
        const QString reason = networkErrorText(reply);
        dropReply();
        fail(reason);
        return;
    }
    const int status = code.toInt();
    const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    dropReply();
    s.metrics.insert(QString::fromLatin1(metric::kHttpStatusCode), status);
    s.metrics.insert(QString::fromLatin1(metric::kHttpLatencyMs), latencyMs);
    const BodyVerdict verdict = judgeBody(mBody, mSettings.jsonFields);
    s.facts.insert(verdict.facts);
    if (status < mSettings.expectedStatusMin || status > mSettings.expectedStatusMax) {
        fail(phrase.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(phrase));
        return;
    }
    if (verdict.degraded) {
        fail(verdict.reason, HealthStatus::Degraded);
        return;
    }
    s.status = HealthStatus::Up;
    finish();
}

namespace {

bool isGoodStatus(const QString &word)
{
    static const QSet<QString> good
        = { QStringLiteral("ok"), QStringLiteral("healthy"), QStringLiteral("up"), QStringLiteral("pass") };
    return good.contains(word.toLower());
}

bool isBadWord(const QString &word)
{
    static const QSet<QString> bad = { QStringLiteral("down"), QStringLiteral("unhealthy"), QStringLiteral("fail"),
        QStringLiteral("failed"), QStringLiteral("failing"), QStringLiteral("error"), QStringLiteral("disconnected"),
        QStringLiteral("unavailable"), QStringLiteral("unreachable"), QStringLiteral("offline"),
        QStringLiteral("critical"), QStringLiteral("degraded"), QStringLiteral("out_of_service"),
        QStringLiteral("not connected") };
    return bad.contains(word.trimmed().toLower());
}

void judge(const QJsonObject &object, const QString &path, int depth, QStringList &problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isString()) {
            const bool statusField = it.key().compare(QLatin1String("status"), Qt::CaseInsensitive) == 0;
            if ((statusField && !isGoodStatus(v.toString())) || (!statusField && isBadWord(v.toString())))
                problems.append(QStringLiteral("%1: %2").arg(name, v.toString()));
        } else if (v.isBool() && !v.toBool()
            && (it.key().compare(QLatin1String("healthy"), Qt::CaseInsensitive) == 0
                || it.key().compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0
                || it.key().compare(QLatin1String("status"), Qt::CaseInsensitive) == 0)) {
            problems.append(QStringLiteral("%1: false").arg(name));
        } else if (v.isObject() && depth < 3) {
            judge(v.toObject(), name, depth + 1, problems);
        }
    }
}

QString factText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).left(500);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)).left(500);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

HttpProbe::BodyVerdict HttpProbe::judgeBody(const QByteArray &body, const QStringList &fields)
{
    BodyVerdict verdict;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return verdict;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (fields.isEmpty() || fields.contains(it.key()))
            verdict.facts.insert(it.key(), factText(it.value()));
    }
    QStringList problems;
    judge(object, {}, 0, problems);
    verdict.degraded = !problems.isEmpty();
    if (problems.size() > 3) {
        const qsizetype more = problems.size() - 3;
        problems = problems.mid(0, 3);
        problems.append(QCoreApplication::translate("HttpProbe", "%n more", nullptr, int(more)));
    }
    verdict.reason = problems.join(QStringLiteral("; "));
    return verdict;
}

} // namespace stackyard
