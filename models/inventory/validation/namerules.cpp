// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/namerules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool NameRules::isSafe(std::string_view name)
{
    if (name.empty() || name.size() > 63 || !(isLetter(name.front()) || name.front() == '_'))
        return false;
    for (char c : name)
        if (!(isLetter(c) || isDigit(c) || c == '_' || c == '.' || c == '-' || c == '@'))
            return false;
    return true;
}

bool NameRules::check(ValidationContext &ctx, ValidationContext::Index node, Kind kind)
{
    if (isSafe(ctx.tree().scalar(node)))
        return true;
    const QString name = ctx.shown(node);
    const auto rule = u"name.unsafe"_s;
    switch (kind) {
    case Kind::Database:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Database name '%1' cannot be used safely in a shell command or an SQL "
                "identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', "
                "starting with a letter or '_'.")
                .arg(name));
        break;
    case Kind::Schema:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Schema name '%1' cannot be used safely in a shell command or an SQL "
                "identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', "
                "starting with a letter or '_'.")
                .arg(name));
        break;
    case Kind::Extension:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Extension name '%1' cannot be used safely in a shell command or an "
                "SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', "
                "starting with a letter or '_'.")
                .arg(name));
        break;
    case Kind::Role:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Role name '%1' cannot be used safely in a shell command or an SQL "
                "identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', "
                "starting with a letter or '_'.")
                .arg(name));
        break;
    case Kind::Owner:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Owner name '%1' cannot be used safely in a shell command or an SQL "
                "identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', "
                "starting with a letter or '_'.")
                .arg(name));
        break;
    case Kind::Cluster:
        ctx.error(node, rule,
            QCoreApplication::translate("Validator",
                "Cluster name '%1' cannot be used safely in a shell command, a file "
                "name or a service name: use 1 to 63 letters, digits, '_', '.', '-' "
                "or '@', starting with a letter or '_'.")
                .arg(name));
        break;
    }
    return false;
}

} // namespace stackyard
