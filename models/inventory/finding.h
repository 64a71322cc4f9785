// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace stackyard {

struct Error;

// One validation result with its place in the file: what the problems list, the YAML view's
// underlines and `stackyardctl inventory check` show.
struct Finding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString message;
    QString pointer; // JSON Pointer of the value concerned ("" for the whole file)
    QString rule;    // stable id, e.g. "pg.primary-count"

    bool isError() const { return severity == Severity::Error; }
    // "file:line:col: error: message" (warning: likewise), as compilers print it.
    QString toString() const;
    bool operator==(const Finding &) const = default;

    // A YAML syntax error (Error.where is "file:line:column") as the one finding of file.
    static Finding fromSyntaxError(const Error &error, const QString &file);
};

using Findings = QList<Finding>;

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::Finding)
