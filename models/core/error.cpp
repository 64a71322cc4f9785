// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

using namespace Qt::StringLiterals;

namespace stackyard {

QString Error::toString() const
{
    QString text = where.isEmpty() ? what : where + u": "_s + what;
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    if (!hint.isEmpty())
        text += u" — "_s + hint;
    return text;
}

} // namespace stackyard
