// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthtestserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace stackyard::test {

HealthTestServer::~HealthTestServer()
{
    stop();
}

bool HealthTestServer::start()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    const QString script
        = qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/integration/health/healthserver.py"_s;
    if (python.isEmpty()) {
        mError = u"python3 is not installed"_s;
        return false;
    }
    if (!QFile::exists(script) || !mDir.isValid()) {
        mError = u"cannot find %1 (STACKYARD_SOURCE_DIR) or make a temporary directory"_s.arg(script);
        return false;
    }
    mProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    mProcess.start(python, { script, mDir.path() });
    const QDeadlineTimer deadline(15000);
    QByteArray line;
    while (!deadline.hasExpired() && !line.endsWith('\n')) {
        if (!mProcess.waitForReadyRead(int(deadline.remainingTime())))
            break;
        line += mProcess.readLine();
    }
    if (!line.startsWith("PORT ")) {
        mError = u"healthserver.py did not start: %1"_s.arg(QString::fromUtf8(line + mProcess.readAll()));
        stop();
        return false;
    }
    mPort = line.mid(5).trimmed().toInt();
    return mPort > 0;
}

void HealthTestServer::stop()
{
    if (mProcess.state() == QProcess::NotRunning)
        return;
    mProcess.terminate();
    if (!mProcess.waitForFinished(5000)) {
        mProcess.kill();
        mProcess.waitForFinished(5000);
    }
}

QUrl HealthTestServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(mPort).arg(path));
}

bool HealthTestServer::writeFile(const QString &name, const QByteArray &content) const
{
    QFile f(mDir.filePath(name));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QList<QJsonObject> HealthTestServer::requests() const
{
    QList<QJsonObject> out;
    QFile f(mDir.filePath(u"requests.jsonl"_s));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace stackyard::test
