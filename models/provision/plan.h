// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/commandspec.h"
#include "transport/exitstatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stackyard {

// One command of a plan. Its standard input may hold a secret (SQL with a password verifier,
// a password file): previews and run records then show maskedInput instead, and an output
// that may hold one (a role's stored verifier) is neither streamed nor recorded.
struct PlanCommand
{
    CommandSpec spec;
    bool secretInput = false;
    QString maskedInput;  // shown for stdin when secretInput ("" = "(n bytes, hidden)")
    bool secretOutput = false;

    // The command line, and what it reads on stdin, as a person reads it; never a secret.
    QString previewText() const;
};

// A file a step writes on its host: replaced atomically when its content, mode or owner differ.
struct PlanFile
{
    QString path;
    QByteArray content;
    int mode = 0644;
    QString owner;        // "user" or "user:group"; "" = root's
    bool secret = false;  // its content is masked in previews and records
    QByteArray maskedContent; // what a preview shows of a secret file ("" = its size only)
};

// Whether the state a step is about is already so, and if not, what differs.
struct CheckOutcome
{
    bool satisfied = false;
    QStringList differences;
};
using CheckJudge = std::function<CheckOutcome(const CommandResult &result)>;

// One step on one host. A change step: its files are written when they differ, and its
// commands run when a file changed or when its check says the state is not yet so (a step
// with neither files nor a check always runs); then the check must pass. A handler step runs
// only when a step that notifies it changed something (a restart after a configuration
// change). A verify step runs every time and changes nothing.
struct PlanStep
{
    enum class Kind { Change, Handler, Verify };

    QString id;          // unique in the plan: "pg-test-1:config"
    QString host;        // inventory host key
    QString title;       // translated, for people
    Kind kind = Kind::Change;
    std::optional<PlanCommand> check;
    CheckJudge judge;    // empty: exit status 0 means "already so"
    QString checkText;   // what the check compares, for people
    QList<PlanFile> files;
    QList<PlanCommand> commands;
    QStringList notifies; // handler step ids
    // Handler step ids this step makes unneeded when it changes something: a service it starts
    // reads its new configuration, so a restart notified before would only restart it again.
    QStringList satisfies;
    int timeoutMs = 300000;
    // How long the check after the change may keep finding it not yet so before the step fails:
    // a daemon that forks before it listens (redis-server) needs a moment. Checked every 250 ms.
    int settleMs = 0;
    QString failure;      // when it fails: why, for people (names the host); the stderr follows
    QString failureHint;  // and what to do
};

// Everything one Apply does, in order, before it is done: the preview lists every command and
// every file with its full content (secrets masked).
struct Plan
{
    QString title;        // "Provision PostgreSQL cluster pg-test"
    QString target;       // the cluster (and user/database) it is for
    QString inventoryPath;
    QByteArray inventorySha256;
    QStringList hosts;    // host keys, in first-use order
    QList<PlanStep> steps;

    const PlanStep *step(const QString &id) const;
    QString previewText() const;
    QJsonObject toJson() const; // the preview as data: steps, commands, files (masked)
};

} // namespace stackyard
