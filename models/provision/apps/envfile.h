// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stackyard {

// One line of a compose .env file, written so that every reader of it sees the exact value:
// docker-compose 1.x (python-dotenv) and docker compose v2 (compose-go), both for the stack's own
// ${VAR} interpolation and for env_file: entries.
//
//   plain        KEY=value        letters, digits and _ - . , : / @ + = % * ~ ^ ! ? only
//   single       KEY='value'      anything else without ' or \ : literal in both readers; a $ stays
//                                 a $ (python-dotenv expands only ${…}, compose-go nothing in '…')
//   double       KEY="va\"lue"    values with ' or \ but no $: \ and " escaped, which both readers
//                                 undo the same way
//
// Refused, with the reason, because no spelling survives both readers: a newline or another
// control character (a .env line ends there), "${" (docker-compose 1.x expands it even inside
// single quotes), a $ together with ' or \ (compose v2 expands $ inside double quotes), and a value
// ending in \ inside double quotes (older compose-go reads the closing quote as escaped).
class EnvFile
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::EnvFile)

public:
    enum class Refusal { None, ControlCharacter, Interpolation, DollarWithQuote, TrailingBackslash };

    // Why value cannot be written, or Refusal::None.
    static Refusal check(const QString &value);
    // The user-facing reason for a refusal ("" for None).
    static QString reason(Refusal refusal);
    // The right-hand side of KEY=… for value; nothing when check() refuses it.
    static std::optional<QString> quote(const QString &value);
    // Key names compose accepts and shells can export: [A-Z_][A-Z0-9_]* (upper case, as written).
    static bool isValidKey(const QString &key);
};

} // namespace stackyard
