// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/views/viewreading.h"

#include <yaml-cpp/yaml.h>

namespace stackyard::views {

YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
}

QString text(const YAML::Node &map, const char *key, const QString &fallback)
{
    return ResolvedVariables::toString(child(map, key), fallback);
}

std::optional<bool> flag(const YAML::Node &map, const char *key)
{
    return ResolvedVariables::toBool(child(map, key));
}

std::optional<int> number(const YAML::Node &map, const char *key)
{
    const auto v = ResolvedVariables::toInteger(child(map, key));
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

QList<QPair<QString, QString>> pairs(const YAML::Node &map)
{
    QList<QPair<QString, QString>> out;
    if (!map.IsDefined() || !map.IsMap())
        return out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        if (it->second.IsScalar()) {
            out.append({key, QString::fromStdString(it->second.Scalar())});
        } else {
            YAML::Emitter e;
            e.SetMapFormat(YAML::Flow);
            e.SetSeqFormat(YAML::Flow);
            e << it->second;
            out.append({key, QString::fromUtf8(e.c_str())});
        }
    }
    return out;
}

QString itemPointer(const QString &listPointer, std::size_t i)
{
    return listPointer.isEmpty() ? QString() : listPointer + u'/' + QString::number(i);
}

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

void put(QJsonObject &o, const char *key, const std::optional<bool> &value)
{
    if (value)
        o.insert(QLatin1StringView(key), *value);
}

void put(QJsonObject &o, const char *key, const std::optional<int> &value)
{
    if (value)
        o.insert(QLatin1StringView(key), *value);
}

QJsonObject toJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k, v);
    return o;
}

} // namespace stackyard::views
