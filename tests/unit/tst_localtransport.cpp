// SPDX-License-Identifier: GPL-3.0-or-later
// LocalTransport (ansible_connection: local) shows the same behaviour as SshTransport: argument
// vectors, exit codes and signals, stdin/env/cwd, bounded memory, cancel and timeout killing the
// process group, atomic copies, the asynchronous job.
#include "transport/localtransport.h"
#include "transportchecks.h"

#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;
namespace checks = stackyard::test::transportchecks;

class TestLocalTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nastyArguments() { checks::nastyArgumentsArriveUnchanged(*mTransport); }
    void exitCodesAndSignals() { checks::exitCodesAndSignals(*mTransport); }
    void stdinEnvironmentAndDirectory() { checks::stdinEnvironmentAndDirectory(*mTransport); }
    void largeOutputHasBoundedMemory() { checks::largeOutputHasBoundedMemory(*mTransport); }
    void cancelKillsProcessGroup() { checks::cancelKillsTheRemoteProcessGroup(*mTransport); }
    void timeoutKillsProcess() { checks::timeoutKillsTheRemoteProcess(*mTransport); }
    void fileRoundTrip()
    {
        QTemporaryDir dir;
        checks::fileRoundTrip(*mTransport, dir.path());
    }
    void cancelledCopyLeavesOldFile()
    {
        QTemporaryDir dir;
        checks::cancelledUploadLeavesTheOldFile(*mTransport, dir.path());
    }
    void asyncJob() { checks::asyncJobSignalsAndCancel(mTransport); }
    void becomeRunsThroughSudo() { checks::becomeRunsAsAnotherUser(*mTransport); }

private:
    std::shared_ptr<Transport> mTransport = std::make_shared<LocalTransport>();
};

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "tst_localtransport.moc"
