// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/stepresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

QString StepResult::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Running:
        return u"running"_s;
    case State::AlreadySo:
        return u"already-so"_s;
    case State::Changed:
        return u"changed"_s;
    case State::NotNeeded:
        return u"not-needed"_s;
    case State::Verified:
        return u"verified"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

StepResult::State StepResult::stateFromKey(const QString &key)
{
    for (State s : {State::Pending, State::Running, State::AlreadySo, State::Changed, State::NotNeeded, State::Verified,
                    State::Failed, State::Cancelled})
        if (stateKey(s) == key)
            return s;
    return State::Pending;
}

QString StepResult::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("StepResult", "pending");
    case State::Running:
        return QCoreApplication::translate("StepResult", "running");
    case State::AlreadySo:
        return QCoreApplication::translate("StepResult", "already so");
    case State::Changed:
        return QCoreApplication::translate("StepResult", "changed");
    case State::NotNeeded:
        return QCoreApplication::translate("StepResult", "not needed");
    case State::Verified:
        return QCoreApplication::translate("StepResult", "verified");
    case State::Failed:
        return QCoreApplication::translate("StepResult", "failed");
    case State::Cancelled:
        break;
    }
    return QCoreApplication::translate("StepResult", "cancelled");
}

} // namespace stackyard
