// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/resolvedvariables.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <yaml-cpp/node/node.h>

#include <optional>

// Small readers the typed views share: fields of one list item (a mapping) as Qt values.
namespace stackyard::views {

// map[key], or an Undefined node when map is not a mapping or lacks key (yaml-cpp's own lookup
// of a missing key gives a node that throws on use).
YAML::Node child(const YAML::Node &map, const char *key);
QString text(const YAML::Node &map, const char *key, const QString &fallback = {});
std::optional<bool> flag(const YAML::Node &map, const char *key);
std::optional<int> number(const YAML::Node &map, const char *key);
// A mapping's entries as text pairs (nested values as YAML flow text).
QList<QPair<QString, QString>> pairs(const YAML::Node &map);
// The pointer of item i of a list found at listPointer ("" stays "": defaults have none).
QString itemPointer(const QString &listPointer, std::size_t i);

// JSON helpers for toJson(): optional values are left out when unset.
void put(QJsonObject &o, const char *key, const QString &value);
void put(QJsonObject &o, const char *key, const std::optional<bool> &value);
void put(QJsonObject &o, const char *key, const std::optional<int> &value);
QJsonObject toJson(const QList<QPair<QString, QString>> &pairs);

} // namespace stackyard::views
