// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/commandspec.h"

#include "transport/shellquote.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool needsQuotes(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    return !plain.match(word).hasMatch();
}

} // namespace

Result<bool> CommandSpec::validate() const
{
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return Error{QCoreApplication::translate("stackyard::transport", "No command to run"), {},
                     QCoreApplication::translate("stackyard::transport", "Give the program and its arguments."), {}};
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    for (const auto &[key, value] : environment) {
        Q_UNUSED(value)
        if (!name.match(key).hasMatch())
            return Error{QCoreApplication::translate("stackyard::transport", "'%1' is not a valid environment variable name").arg(key),
                         {}, QCoreApplication::translate("stackyard::transport", "Use letters, digits and '_', not starting with a digit."), {}};
    }
    if (timeoutMs < 0)
        return Error{QCoreApplication::translate("stackyard::transport", "The timeout must not be negative"), {}, {}, {}};
    return true;
}

QString CommandSpec::displayText() const
{
    QStringList words;
    for (const QString &word : argv)
        words << (needsQuotes(word) ? shellQuoteWord(word) : word);
    QString text = words.join(u' ');
    if (become)
        text = u"[sudo -u %1] "_s.arg(becomeUser.isEmpty() ? u"root"_s : becomeUser) + text;
    return text;
}

} // namespace stackyard
