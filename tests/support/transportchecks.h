// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostsettings.h"

#include <QString>

#include <memory>

namespace stackyard {
class Transport;
}

namespace stackyard::test {
class TestServers;
// The fixture's sshd as a host: its address, port, user, client key and known_hosts, no agent.
HostSettings fixtureSshSettings(const TestServers &servers);
} // namespace stackyard::test

// Behaviour every Transport must show, checked the same way for LocalTransport (unit test) and
// SshTransport (integration test against the real sshd). The host is this machine in both
// cases, so remote processes are looked for with a local pgrep. Each function uses QTest
// macros: call it from a test function and return when QTest::currentTestFailed().
namespace stackyard::test::transportchecks {

void nastyArgumentsArriveUnchanged(Transport &transport);
void exitCodesAndSignals(Transport &transport);
void stdinEnvironmentAndDirectory(Transport &transport);
// 100 MB of stdout through the streaming API; the resident set grows by less than 32 MiB.
void largeOutputHasBoundedMemory(Transport &transport);
void cancelKillsTheRemoteProcessGroup(Transport &transport);
void timeoutKillsTheRemoteProcess(Transport &transport);
// 64 MiB up and down again through a scratch directory on the host; SHA-256 and mode checked.
void fileRoundTrip(Transport &transport, const QString &scratchDir);
// An upload cancelled half-way leaves the old file and no temporary file behind.
void cancelledUploadLeavesTheOldFile(Transport &transport, const QString &scratchDir);
// sudo -n -u nobody (only where sudo needs no password: as root). Skips elsewhere.
void becomeRunsAsAnotherUser(Transport &transport);
void asyncJobSignalsAndCancel(const std::shared_ptr<Transport> &transport);

// Processes whose command line contains marker (pgrep -f).
int processCount(const QString &marker);
QString uniqueMarker();

} // namespace stackyard::test::transportchecks
