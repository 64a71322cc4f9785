// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/runrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QJsonObject header(const RunRecord &r)
{
    return {{u"started"_s, r.started.toString(Qt::ISODateWithMs)},
            {u"finished"_s, r.finished.toString(Qt::ISODateWithMs)},
            {u"target"_s, r.target},
            {u"inventory"_s, r.inventoryPath},
            {u"inventory_sha256"_s, r.inventorySha256},
            {u"dry_run"_s, r.dryRun},
            {u"success"_s, r.summary.success},
            {u"cancelled"_s, r.summary.cancelled},
            {u"changed"_s, r.summary.changed},
            {u"already_so"_s, r.summary.alreadySo},
            {u"duration_ms"_s, r.summary.durationMs},
            {u"error"_s, r.summary.error}};
}

void readHeader(RunRecord &r, const QJsonObject &o)
{
    r.started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(o.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    r.target = o.value(u"target"_s).toString();
    r.inventoryPath = o.value(u"inventory"_s).toString();
    r.inventorySha256 = o.value(u"inventory_sha256"_s).toString();
    r.dryRun = o.value(u"dry_run"_s).toBool();
    r.summary.success = o.value(u"success"_s).toBool();
    r.summary.cancelled = o.value(u"cancelled"_s).toBool();
    r.summary.changed = o.value(u"changed"_s).toInt();
    r.summary.alreadySo = o.value(u"already_so"_s).toInt();
    r.summary.durationMs = qint64(o.value(u"duration_ms"_s).toDouble());
    r.summary.error = o.value(u"error"_s).toString();
}

} // namespace

QString RunRecord::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/runs"_s;
}

RunRecord RunRecord::from(const Plan &plan, const QList<StepResult> &results, const RunSummary &summary,
                          const QDateTime &started, const QDateTime &finished)
{
    RunRecord r;
    r.started = started;
    r.finished = finished;
    r.target = plan.target;
    r.inventoryPath = plan.inventoryPath;
    r.inventorySha256 = QString::fromLatin1(plan.inventorySha256.toHex());
    r.planText = plan.previewText();
    r.summary = summary;
    for (int i = 0; i < plan.steps.size(); ++i)
        r.steps.append({plan.steps.at(i).id, plan.steps.at(i).host, plan.steps.at(i).title, results.value(i)});
    return r;
}

Result<QString> RunRecord::save(const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(dir))
        return Error{QCoreApplication::translate("RunRecord", "Cannot create the folder for run records"), dir,
                     QCoreApplication::translate("RunRecord", "Check the permissions of the folder."), {}};
    QString safeTarget = target;
    safeTarget.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"_"_s);
    path = u"%1/%2-%3.json"_s.arg(dir, started.toUTC().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s), safeTarget);
    QJsonObject o = header(*this);
    o.insert(u"plan"_s, planText);
    QJsonArray list;
    for (const Step &s : std::as_const(steps))
        list.append(QJsonObject{{u"id"_s, s.id},
                                {u"host"_s, s.host},
                                {u"title"_s, s.title},
                                {u"state"_s, StepResult::stateKey(s.result.state)},
                                {u"duration_ms"_s, s.result.durationMs},
                                {u"differences"_s, QJsonArray::fromStringList(s.result.differences)},
                                {u"error"_s, s.result.error},
                                {u"output"_s, s.result.output}});
    o.insert(u"steps"_s, list);
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("RunRecord", "Cannot write the run record"), path,
                     QCoreApplication::translate("RunRecord", "Check the free space and the permissions of the folder."),
                     file.errorString()};
    return path;
}

Result<RunRecord> RunRecord::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("RunRecord", "Cannot read the run record"), path, {}, file.errorString()};
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("RunRecord", "The run record is damaged"), path, {}, parseError.errorString()};
    RunRecord r;
    r.path = path;
    readHeader(r, o);
    r.planText = o.value(u"plan"_s).toString();
    for (const QJsonValue &v : o.value(u"steps"_s).toArray()) {
        const QJsonObject s = v.toObject();
        Step step{s.value(u"id"_s).toString(), s.value(u"host"_s).toString(), s.value(u"title"_s).toString(), {}};
        step.result.state = StepResult::stateFromKey(s.value(u"state"_s).toString());
        step.result.durationMs = qint64(s.value(u"duration_ms"_s).toDouble());
        for (const QJsonValue &d : s.value(u"differences"_s).toArray())
            step.result.differences.append(d.toString());
        step.result.error = s.value(u"error"_s).toString();
        step.result.output = s.value(u"output"_s).toString();
        r.steps.append(step);
    }
    return r;
}

QList<RunRecord> RunRecord::list(const QString &folder)
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    QList<RunRecord> out;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        RunRecord r;
        r.path = file.fileName();
        readHeader(r, QJsonDocument::fromJson(file.readAll()).object());
        out.append(r);
    }
    return out;
}

} // namespace stackyard
