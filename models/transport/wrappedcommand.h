// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/commandspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stackyard {

// The shell line both transports run for a CommandSpec, and the small protocol around it.
//
// The line is for a POSIX sh (`sh -c` locally, the login shell over SSH):
//   printf '%s\n' "$$" && cd -- 'DIR' && exec env -- 'K=V' 'argv0' 'argv1'…
// With become it continues as
//   … && exec sudo -S -p '<prompt>' -u 'USER' -- /bin/sh -c 'printf …"$$" && exec "$@"' sh env -- …
// (-n instead of -S -p when there is no become password). Every word is shellQuote()d.
//
// So the first line of stdout is the process id of the shell, which (sshd and LocalTransport
// start it with setsid) leads the command's process group: cancel kills that group through a
// second command (killArgv()). With become a second line comes from inside sudo: only then has
// sudo accepted the password, and only then is the command's stdin sent, so a password can
// never leak into a command's input. The prompt has a random nonce, so it is recognised on
// stderr and removed; a second prompt means the password was refused.
class WrappedCommand
{
public:
    WrappedCommand(const CommandSpec &spec, bool haveBecomePassword);

    const QString &commandLine() const { return mLine; }

    // What to do after a chunk of output was fed.
    struct Events
    {
        QByteArray out;              // stdout for the caller
        QByteArray err;              // stderr for the caller
        bool sendPassword = false;   // write the become password and a newline to stdin now
        bool passwordRejected = false;
    };
    void feedStdout(const QByteArray &data, Events *events);
    void feedStderr(const QByteArray &data, Events *events);
    // The command ended: whatever was held back is output after all.
    void finish(Events *events);

    // The markers arrived: the command runs (and stdin may be sent).
    bool started() const { return mMarkersLeft == 0; }
    // The process-group leader's pid on the host; 0 until the first marker arrived.
    qint64 pid() const { return mPid; }

    // The argument vector that terminates the process group of pid: TERM, up to 3 s, KILL.
    static QStringList killArgv(qint64 pid);

private:
    void releaseHeldStderr(Events *events);

    QString mLine;
    QByteArray mPrompt;
    int mMarkersLeft = 1;
    qint64 mPid = 0;
    int mPrompts = 0;
    QByteArray mOutHeld;
    QByteArray mErrHeld;
};

} // namespace stackyard
