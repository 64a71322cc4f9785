// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/wrappedcommand.h"

#include "transport/shellquote.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr qsizetype kMaxHeld = 64 * 1024;

const QString &markerScript()
{
    static const QString script = u"printf '%s\\n' \"$$\" && exec \"$@\""_s;
    return script;
}

QStringList programWords(const CommandSpec &spec)
{
    QStringList words;
    if (!spec.environment.isEmpty()) {
        words << u"env"_s << u"--"_s;
        for (const auto &[key, value] : spec.environment)
            words << key + u'=' + value;
    }
    return words + spec.argv;
}

} // namespace

WrappedCommand::WrappedCommand(const CommandSpec &spec, bool haveBecomePassword)
{
    QString line = u"printf '%s\\n' \"$$\" && "_s;
    if (!spec.workingDirectory.isEmpty())
        line += u"cd -- "_s + shellQuoteWord(spec.workingDirectory) + u" && "_s;
    if (spec.become) {
        QStringList sudo{u"sudo"_s};
        if (haveBecomePassword) {
            mPrompt = "[stackyard-sudo:" + QByteArray::number(QRandomGenerator::system()->generate64(), 16) + "]";
            sudo << u"-S"_s << u"-p"_s << QString::fromLatin1(mPrompt);
        } else {
            sudo << u"-n"_s;
        }
        sudo << u"-u"_s << (spec.becomeUser.isEmpty() ? u"root"_s : spec.becomeUser) << u"--"_s << u"/bin/sh"_s
             << u"-c"_s << markerScript() << u"sh"_s;
        line += u"exec "_s + shellQuote(sudo + programWords(spec));
        mMarkersLeft = 2;
    } else {
        line += u"exec "_s + shellQuote(programWords(spec));
    }
    mLine = line;
}

void WrappedCommand::feedStdout(const QByteArray &data, Events *events)
{
    if (started()) {
        events->out += data;
        return;
    }
    mOutHeld += data;
    while (mMarkersLeft > 0) {
        const qsizetype newline = mOutHeld.indexOf('\n');
        if (newline < 0)
            break;
        bool isNumber = false;
        const qint64 pid = mOutHeld.left(newline).toLongLong(&isNumber);
        if (!isNumber) { // not our marker after all: hand everything over
            mMarkersLeft = 0;
            break;
        }
        if (mPid == 0)
            mPid = pid;
        mOutHeld.remove(0, newline + 1);
        --mMarkersLeft;
    }
    if (started()) {
        releaseHeldStderr(events);
        events->out += mOutHeld;
        mOutHeld.clear();
    }
}

void WrappedCommand::feedStderr(const QByteArray &data, Events *events)
{
    if (started() || mPrompt.isEmpty()) {
        events->err += data;
        return;
    }
    mErrHeld += data;
    qsizetype at = -1;
    while ((at = mErrHeld.indexOf(mPrompt)) >= 0) {
        mErrHeld.remove(at, mPrompt.size());
        if (++mPrompts == 1)
            events->sendPassword = true;
        else
            events->passwordRejected = true;
    }
    // Keep only what could be the start of a prompt.
    if (mErrHeld.size() > kMaxHeld) {
        const qsizetype keep = mPrompt.size() - 1;
        events->err += mErrHeld.left(mErrHeld.size() - keep);
        mErrHeld.remove(0, mErrHeld.size() - keep);
    }
}

void WrappedCommand::releaseHeldStderr(Events *events)
{
    events->err += mErrHeld;
    mErrHeld.clear();
}

void WrappedCommand::finish(Events *events)
{
    releaseHeldStderr(events);
    events->out += mOutHeld;
    mOutHeld.clear();
}

QStringList WrappedCommand::killArgv(qint64 pid)
{
    // The group first (the command and its children); a lone process when it leads none.
    // "kill -s SIG -- -PGID": the one spelling dash, bash and busybox all read as a group.
    static const QString script = u"p=$1; kill -s TERM -- -\"$p\" 2>/dev/null || kill -s TERM -- \"$p\" 2>/dev/null; "
                                  "i=0; while [ $i -lt 30 ] && { kill -s 0 -- -\"$p\" 2>/dev/null || kill -s 0 -- \"$p\" 2>/dev/null; }; "
                                  "do sleep 0.1; i=$((i+1)); done; "
                                  "kill -s KILL -- -\"$p\" 2>/dev/null; kill -s KILL -- \"$p\" 2>/dev/null; exit 0"_s;
    return {u"/bin/sh"_s, u"-c"_s, script, u"sh"_s, QString::number(pid)};
}

} // namespace stackyard
