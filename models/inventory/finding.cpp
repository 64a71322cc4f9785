// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/finding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

QString Finding::toString() const
{
    const QString kind = isError() ? QCoreApplication::translate("Finding", "error")
                                   : QCoreApplication::translate("Finding", "warning");
    return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(kind, message);
}

} // namespace stackyard
