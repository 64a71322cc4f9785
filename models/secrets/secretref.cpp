// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretref.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr QStringView prefix = u"${secret:";
constexpr QStringView suffix = u"}";

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_'
        || u == u'/' || u == u'-';
}

// One part of a suggested name: runs of characters a name cannot hold (including '/', which
// separates the parts) become one '-', and '-' at either end is dropped.
QString namePart(QStringView text)
{
    QString part;
    part.reserve(text.size());
    bool gap = false;
    for (const QChar c : text) {
        if (isNameChar(c) && c != u'/') {
            if (gap && !part.isEmpty())
                part += u'-';
            part += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    while (part.startsWith(u'-'))
        part.remove(0, 1);
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}

} // namespace

bool SecretRef::isValidName(QStringView name)
{
    if (name.isEmpty() || name.size() > maxNameLength)
        return false;
    for (const QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

std::optional<QString> SecretRef::parse(QStringView value)
{
    if (value.size() <= prefix.size() + suffix.size() || !value.startsWith(prefix) || !value.endsWith(suffix))
        return std::nullopt;
    const QStringView name = value.sliced(prefix.size(), value.size() - prefix.size() - suffix.size());
    if (!isValidName(name))
        return std::nullopt;
    return name.toString();
}

QString SecretRef::format(QStringView name)
{
    QString text;
    text.reserve(prefix.size() + name.size() + suffix.size());
    text += prefix;
    text += name;
    text += suffix;
    return text;
}

QString SecretRef::suggestName(QStringView clusterOrGroup, QStringView field, QStringView user)
{
    // The user names the password best; a password without a user is named by its field. A user
    // whose name holds no usable character falls back to the field too.
    QString second = namePart(user);
    if (second.isEmpty())
        second = namePart(field);
    QStringList parts;
    for (const QString &part : {namePart(clusterOrGroup), second}) {
        if (!part.isEmpty())
            parts << part;
    }
    QString name = parts.join(u'/');
    if (name.size() > maxNameLength) {
        name.truncate(maxNameLength);
        while (name.endsWith(u'-') || name.endsWith(u'/'))
            name.chop(1);
    }
    return name.isEmpty() ? u"secret"_s : name;
}

} // namespace stackyard
