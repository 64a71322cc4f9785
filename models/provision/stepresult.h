// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace stackyard {

// How one step of an Apply ended.
struct StepResult
{
    enum class State { Pending, Running, AlreadySo, Changed, NotNeeded, Verified, Failed, Cancelled };

    State state = State::Pending;
    qint64 durationMs = 0;
    QStringList differences; // what the check found not yet so (before the change)
    QString error;           // Failed: what, where (host, command) and the stderr
    QString output;          // the step's output as shown (capped, secrets withheld)

    bool changedSomething() const { return state == State::Changed; }
    static QString stateKey(State state);   // "already-so", "changed"… (records, JSON)
    static QString stateName(State state);  // translated
    static State stateFromKey(const QString &key);
};

// The end of an Apply.
struct RunSummary
{
    bool success = false;
    bool cancelled = false;
    int changed = 0;
    int alreadySo = 0;
    qint64 durationMs = 0;
    QString error;     // the first failure: host, step, command, stderr
    QString recordPath; // where the run record was written ("" when not recorded)
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::StepResult)
Q_DECLARE_METATYPE(stackyard::RunSummary)
