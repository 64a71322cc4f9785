// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/finding.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace stackyard {

QString Finding::toString() const
{
    const QString kind = isError() ? QCoreApplication::translate("Finding", "error")
                                   : QCoreApplication::translate("Finding", "warning");
    return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(kind, message);
}

Finding Finding::fromSyntaxError(const Error &error, const QString &file)
{
    Finding f;
    f.file = file;
    const QStringList parts = error.where.split(u':');
    f.line = parts.size() >= 3 ? qMax(1, parts.at(parts.size() - 2).toInt()) : 1;
    f.column = parts.size() >= 3 ? qMax(1, parts.constLast().toInt()) : 1;
    f.message = error.detail.isEmpty() ? error.what : error.what + u": "_s + error.detail;
    f.rule = u"yaml.syntax"_s;
    return f;
}

} // namespace stackyard
