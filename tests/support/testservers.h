// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTest>

namespace stackyard::test {

// The real PostgreSQL, Redis and sshd that tests/harness/stackyard-test-servers started on
// loopback, as described by the KEY=VALUE file it writes last (servers.env). CTest passes the
// file's path in STACKYARD_TEST_SERVERS_ENV to every test; tests that need the servers declare
// FIXTURES servers and begin with STACKYARD_REQUIRE_SERVERS(servers).
class TestServers
{
public:
    // Reads the file named by STACKYARD_TEST_SERVERS_ENV.
    static TestServers load();
    // Reads the given file (for tests of this class and for running by hand).
    static TestServers loadFile(const QString &fileName);

    // Every key the fixture promises to write.
    static QStringList requiredKeys();
    // True when the environment variable CI is set and not empty: missing servers then fail.
    static bool inContinuousIntegration();

    // The file was read and every required key has a non-empty value.
    bool isValid() const;
    // Empty when the key is missing.
    QString value(const QString &key) const;
    // value() as a port/number; 0 when missing or not a number.
    int intValue(const QString &key) const;
    bool contains(const QString &key) const;
    QStringList keys() const;

    // The file that was (or should have been) read; empty when the variable was unset.
    QString fileName() const;
    // Why isValid() is false; empty when it is true.
    QString errorString() const;
    // The whole message for a skip or failure: what is wrong and how to get the servers.
    QString unavailableMessage() const;

private:
    QString mFileName;
    QHash<QString, QString> mValues;
    QString mError;
};

} // namespace stackyard::test

// In a test function (or initTestCase): stop here unless the fixture's servers are available.
// Skips when run by hand without them; fails under CI so integration tests never skip silently.
#define STACKYARD_REQUIRE_SERVERS(servers)                                                         \
    do {                                                                                           \
        if (!(servers).isValid()) {                                                                \
            const QByteArray stackyardServersMessage = (servers).unavailableMessage().toUtf8();   \
            if (::stackyard::test::TestServers::inContinuousIntegration())                         \
                QFAIL(stackyardServersMessage.constData());                                        \
            else                                                                                   \
                QSKIP(stackyardServersMessage.constData());                                        \
        }                                                                                          \
    } while (false)
