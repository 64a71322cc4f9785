// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservers.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace stackyard::test {

namespace {

constexpr auto kEnvVariable = "STACKYARD_TEST_SERVERS_ENV";

// One KEY=VALUE line; blank lines and # comments are skipped. Values may be quoted.
bool parseLine(const QString &rawLine, QString *key, QString *value)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return false;
    const qsizetype eq = line.indexOf(u'=');
    if (eq <= 0)
        return false;
    *key = line.left(eq).trimmed();
    QString v = line.mid(eq + 1).trimmed();
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    *value = v;
    return true;
}

} // namespace

QStringList TestServers::requiredKeys()
{
    return {
        u"SERVERS_DIR"_s,
        u"PG_HOST"_s,
        u"PG_PORT"_s,
        u"PG_USER"_s,
        u"PG_PASSWORD"_s,
        u"PG_DATABASE"_s,
        u"PG_VERSION"_s,
        u"PG_BINDIR"_s,
        u"PG_SOCKET_DIR"_s,
        u"PG_DATA"_s,
        u"REDIS_HOST"_s,
        u"REDIS_PORT"_s,
        u"REDIS_PASSWORD"_s,
        u"REDIS_VERSION"_s,
        u"SSH_HOST"_s,
        u"SSH_PORT"_s,
        u"SSH_USER"_s,
        u"SSH_KEY"_s,
        u"SSH_PUBKEY"_s,
        u"SSH_KNOWN_HOSTS"_s,
        u"SSH_HOST_KEY_FINGERPRINT"_s,
    };
}

bool TestServers::inContinuousIntegration()
{
    return !qEnvironmentVariableIsEmpty("CI");
}

TestServers TestServers::load()
{
    if (qEnvironmentVariableIsEmpty(kEnvVariable)) {
        TestServers servers;
        servers.mError = u"environment variable %1, which names the test servers file, is not set"_s.arg(QLatin1String(kEnvVariable));
        return servers;
    }
    return loadFile(qEnvironmentVariable(kEnvVariable));
}

TestServers TestServers::loadFile(const QString &fileName)
{
    TestServers servers;
    servers.mFileName = fileName;

    QFile file(fileName);
    if (!file.exists()) {
        servers.mError = u"test servers file %1 does not exist"_s.arg(fileName);
        return servers;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        servers.mError = u"cannot read test servers file %1: %2"_s.arg(fileName, file.errorString());
        return servers;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        QString key;
        QString value;
        if (parseLine(line, &key, &value))
            servers.mValues.insert(key, value);
    }

    QStringList missing;
    const QStringList required = requiredKeys();
    for (const QString &key : required) {
        if (servers.mValues.value(key).isEmpty())
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        servers.mError = u"test servers file %1 is incomplete: no value for %2"_s.arg(fileName, missing.join(u", "_s));
        return servers;
    }
    for (const QString &key : {u"PG_PORT"_s, u"REDIS_PORT"_s, u"SSH_PORT"_s}) {
        const int port = servers.intValue(key);
        if (port <= 0 || port > 65535) {
            servers.mError = u"test servers file %1 has an invalid %2: %3"_s.arg(fileName, key, servers.value(key));
            return servers;
        }
    }
    return servers;
}

bool TestServers::isValid() const
{
    return mError.isEmpty() && !mValues.isEmpty();
}

QString TestServers::value(const QString &key) const
{
    return mValues.value(key);
}

int TestServers::intValue(const QString &key) const
{
    bool ok = false;
    const int number = mValues.value(key).toInt(&ok);
    return ok ? number : 0;
}

bool TestServers::contains(const QString &key) const
{
    return mValues.contains(key);
}

QStringList TestServers::keys() const
{
    QStringList list = mValues.keys();
    list.sort();
    return list;
}

QString TestServers::fileName() const
{
    return mFileName;
}

QString TestServers::errorString() const
{
    if (mError.isEmpty() && mValues.isEmpty())
        return u"no test servers were loaded"_s;
    return mError;
}

QString TestServers::unavailableMessage() const
{
    return u"real test servers unavailable: %1; "
           u"run through ctest so the servers fixture starts them (ctest -L integration)"_s
        .arg(errorString());
}

} // namespace stackyard::test
