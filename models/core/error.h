// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stackyard {

// An error as a value: what failed, where (file:line, host, field), what the user can do about
// it, and the raw detail (stderr, the library's message) for those who want it.
struct Error
{
    QString what;
    QString where;
    QString hint;
    QString detail;

    // One line for logs and the CLI: "where: what (detail)".
    QString toString() const;
};

} // namespace stackyard
