// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/envfile.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool isPlainChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"_-.,:/@+=%*~^!?").contains(c);
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || u == 0x7f || u == 0x2028 || u == 0x2029 || u == 0x85;
}

} // namespace

EnvFile::Refusal EnvFile::check(const QString &value)
{
    for (const QChar c : value)
        if (isControl(c))
            return Refusal::ControlCharacter;
    if (value.contains(u"${"_s))
        return Refusal::Interpolation;
    const bool quoteOrBackslash = value.contains(u'\'') || value.contains(u'\\');
    if (quoteOrBackslash && value.contains(u'$'))
        return Refusal::DollarWithQuote;
    if (quoteOrBackslash && value.endsWith(u'\\'))
        return Refusal::TrailingBackslash;
    return Refusal::None;
}

QString EnvFile::reason(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::ControlCharacter:
        return tr("it contains a line break or another control character, and a .env value ends at the line's end");
    case Refusal::Interpolation:
        return tr("it contains \"${\", which docker-compose expands as a variable even inside quotes");
    case Refusal::DollarWithQuote:
        return tr("it contains a '$' together with a single quote or a backslash, which docker compose would "
                  "read differently from docker-compose");
    case Refusal::TrailingBackslash:
        return tr("it ends with a backslash after a quote or backslash, which docker compose would read as an "
                  "escaped closing quote");
    }
    return {};
}

std::optional<QString> EnvFile::quote(const QString &value)
{
    if (check(value) != Refusal::None)
        return std::nullopt;
    if (std::all_of(value.cbegin(), value.cend(), isPlainChar))
        return value;
    if (!value.contains(u'\'') && !value.contains(u'\\'))
        return u'\'' + value + u'\'';
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"')
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped + u'"';
}

bool EnvFile::isValidKey(const QString &key)
{
    if (key.isEmpty() || (key.front() >= u'0' && key.front() <= u'9'))
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

} // namespace stackyard
