// SPDX-License-Identifier: GPL-3.0-or-later
// LocalTransport (ansible_connection: local) shows the same behaviour as SshTransport: argument
// vectors, exit codes and signals, stdin/env/cwd, bounded memory, cancel and timeout killing the
// process group, atomic copies, the asynchronous job.
#include "transport/localtransport.h"
#include "transportchecks.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>
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
    void becomeRunsThroughSudo()
    {
        if (QStandardPaths::findExecutable(u"sudo"_s).isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and sudo (sudo -n works without a password only for root here)");
        CommandSpec spec;
        spec.argv = {u"id"_s, u"-un"_s};
        spec.become = true;
        spec.becomeUser = u"nobody"_s;
        const Result<CommandResult> r = mTransport->execute(spec);
        QVERIFY2(r && r->status.success(), r ? r->stderrData.constData() : qPrintable(r.error().toString()));
        QCOMPARE(r->stdoutData, QByteArray("nobody\n"));
    }

private:
    std::shared_ptr<Transport> mTransport = std::make_shared<LocalTransport>();
};

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "tst_localtransport.moc"
