// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "provision/plan.h"
#include "provision/stepresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace stackyard {

// One Apply as it is kept in the app data folder (runs/<time>-<target>.json): when, which
// inventory (path and SHA-256), the plan as previewed (secrets masked), and each step's result
// with its output. Written atomically; never holds a password.
struct RunRecord
{
    struct Step
    {
        QString id, host, title;
        StepResult result;
    };

    QString path;          // the record's file
    QDateTime started, finished;
    QString target;
    QString inventoryPath;
    QString inventorySha256;
    bool dryRun = false;
    QString planText;
    QList<Step> steps;
    RunSummary summary;

    static RunRecord from(const Plan &plan, const QList<StepResult> &results, const RunSummary &summary,
                          const QDateTime &started, const QDateTime &finished);
    // Writes the record under folder (default: the app data folder's runs/); sets path.
    Result<QString> save(const QString &folder = {});
    static Result<RunRecord> load(const QString &path);
    // Every record in folder, newest first (steps not read: cheap for a list).
    static QList<RunRecord> list(const QString &folder = {});
    static QString defaultFolder();
};

} // namespace stackyard
