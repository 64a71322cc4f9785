// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QJsonObject numbers(const QMap<QString, double> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject words(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject healthSnapshotJson(const HealthSnapshot &s)
{
    QJsonObject details;
    for (auto table = s.details.cbegin(); table != s.details.cend(); ++table) {
        QJsonArray rows;
        for (const HealthDetailRow &row : table.value()) {
            QJsonObject o = numbers(row.values);
            const QJsonObject text = words(row.text);
            for (auto it = text.begin(); it != text.end(); ++it)
                o.insert(it.key(), it.value());
            o.insert(u"name"_s, row.name);
            rows.append(o);
        }
        details.insert(table.key(), rows);
    }
    return {{u"id"_s, s.target.id},
            {u"kind"_s, targetKindName(s.target.kind)},
            {u"cluster"_s, s.target.cluster},
            {u"instance"_s, s.target.instance},
            {u"host"_s, s.target.host},
            {u"address"_s, s.target.address},
            {u"status"_s, healthStatusName(s.status)},
            {u"reason"_s, s.reason},
            {u"at"_s, s.at.isValid() ? s.at.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {u"duration_ms"_s, s.durationMs},
            {u"metrics"_s, numbers(s.metrics)},
            {u"facts"_s, words(s.facts)},
            {u"details"_s, details}};
}

} // namespace stackyard
