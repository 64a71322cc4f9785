// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace stackyard {

// A file of an app stack as Stackyard ships it (resources/apps/<kind>/…, compiled in under
// :/apps/<kind>/…), rendered with two line-based rules and nothing else:
//
//   #@if NAME … #@end    the lines between are kept only when condition NAME holds (no nesting);
//                        the marker lines themselves are dropped
//   {{NAME}}             replaced by a value the recipe has already validated for this file type
//
// Compose files use only conditions: every user value reaches them through .env and compose's
// own ${VAR}, never pasted into YAML. A name without a value, or an unbalanced marker, is an
// Error (a defect of the template, caught by the golden tests).
class AppTemplate
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::AppTemplate)

public:
    // The text of :/apps/<path>; an Error when the resource does not exist.
    static Result<QString> load(const QString &path);
    static Result<QString> render(const QString &text, const QSet<QString> &conditions,
                                  const QHash<QString, QString> &values, const QString &path);
};

} // namespace stackyard
