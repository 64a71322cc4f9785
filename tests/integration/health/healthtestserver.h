// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace stackyard::test {

// tests/integration/health/healthserver.py, a real HTTP server (python3's http.server) on a free
// loopback port, serving from a temporary directory of its own. Stopped with the object.
class HealthTestServer
{
public:
    HealthTestServer() = default;
    ~HealthTestServer();
    HealthTestServer(const HealthTestServer &) = delete;
    HealthTestServer &operator=(const HealthTestServer &) = delete;

    // Starts it; false with errorString() when python3 or the script is missing or it does not
    // say its port within 15 s.
    bool start();
    void stop();
    QString errorString() const { return mError; }

    int port() const { return mPort; }
    QUrl url(const QString &path) const;
    // The server's directory: answers.json, exporter files, requests.jsonl.
    QString filePath(const QString &name) const { return mDir.filePath(name); }
    bool writeFile(const QString &name, const QByteArray &content) const;
    // Every POST the server got, oldest first: {"path":…, "form":{…}, "content_type":…}.
    QList<QJsonObject> requests() const;

private:
    QTemporaryDir mDir;
    QProcess mProcess;
    int mPort = 0;
    QString mError;
};

} // namespace stackyard::test
