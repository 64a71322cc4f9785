// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/appenv.h"

#include "provision/apps/envfile.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QString kMask = u"********"_s;

// The key of a KEY=value template line, else "".
QString templateKey(const QString &line)
{
    static const QRegularExpression assignment(u"^([A-Z_][A-Z0-9_]*)="_s);
    const QRegularExpressionMatch m = assignment.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

AppEnv::Entry *AppEnv::find(const QString &key)
{
    for (Entry &e : mEntries)
        if (e.key == key)
            return &e;
    return nullptr;
}

const AppEnv::Entry *AppEnv::find(const QString &key) const
{
    for (const Entry &e : mEntries)
        if (e.key == key)
            return &e;
    return nullptr;
}

void AppEnv::set(const QString &key, const QString &value, Origin origin, bool secret)
{
    secret = secret || isSecretKey(key);
    if (Entry *e = find(key)) {
        e->value = value;
        e->origin = origin;
        e->secret = secret;
        return;
    }
    mEntries.append(Entry{key, value, origin, secret});
}

void AppEnv::setDefault(const QString &key, const QString &value)
{
    set(key, value, Origin::Template, false);
}

void AppEnv::setFromInventory(const QString &key, const QString &value, bool secret)
{
    set(key, value, Origin::Inventory, secret);
}

void AppEnv::fill(const QString &key, const QString &value, bool secret)
{
    if (!fromInventory(key) || this->value(key).isEmpty())
        set(key, value, Origin::Derived, secret);
}

void AppEnv::force(const QString &key, const QString &value, bool secret)
{
    set(key, value, Origin::Derived, secret);
}

void AppEnv::remove(const QString &key)
{
    mEntries.removeIf([&key](const Entry &e) { return e.key == key; });
}

void AppEnv::markSecret(const QString &key)
{
    if (Entry *e = find(key))
        e->secret = true;
}

void AppEnv::markCopiesOfSecrets()
{
    QStringList secrets;
    for (const Entry &e : std::as_const(mEntries))
        if (e.secret && !e.value.isEmpty())
            secrets.append(e.value);
    for (Entry &e : mEntries)
        for (const QString &secret : std::as_const(secrets))
            if (e.value == secret || (secret.size() >= 6 && e.value.contains(secret)))
                e.secret = true;
}

bool AppEnv::fromInventory(const QString &key) const
{
    const Entry *e = find(key);
    return e && e->origin == Origin::Inventory;
}

QString AppEnv::value(const QString &key) const
{
    const Entry *e = find(key);
    return e ? e->value : QString();
}

bool AppEnv::isSecretKey(const QString &key)
{
    return key.contains(u"PASS"_s) || key.contains(u"SECRET"_s)
        || key.contains(u"TOKEN"_s) || key.endsWith(u"_KEY"_s) || key.endsWith(u"_DSN"_s);
}

QString AppEnv::masked(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QUrl url(value, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty() && !url.password().isEmpty()) {
        // Rebuilt by hand: QUrl would percent-encode the asterisks.
        const qsizetype at = value.lastIndexOf(u'@');
        const qsizetype colon = value.indexOf(u':', value.indexOf(u"://"_s) + 3);
        if (at > 0 && colon > 0 && colon < at)
            return value.left(colon + 1) + kMask + value.mid(at);
    }
    return kMask;
}

QStringList AppEnv::order(const QString &templateText) const
{
    QStringList keys;
    for (const QString &line : templateText.split(u'\n'))
        if (const QString key = templateKey(line); !key.isEmpty() && contains(key))
            keys.append(key);
    return keys;
}

QString AppEnv::render(const QString &templateText, const QString &inventorySection, const QString &derivedSection,
                       bool maskSecrets) const
{
    const auto line = [maskSecrets](const Entry &e) {
        const QString shown = maskSecrets && e.secret ? masked(e.value) : EnvFile::quote(e.value).value_or(QString());
        return e.key + u'=' + shown + u'\n';
    };
    QString out;
    for (const QString &raw : templateText.split(u'\n')) {
        const QString key = templateKey(raw);
        if (key.isEmpty()) {
            out += raw + u'\n';
        } else if (const Entry *e = find(key)) {
            out += line(*e);
        }
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    const QStringList inTemplate = order(templateText);
    for (const auto &[origin, heading] : {std::pair{Origin::Inventory, inventorySection},
                                          std::pair{Origin::Derived, derivedSection}}) {
        QString section;
        for (const Entry &e : mEntries)
            if (e.origin == origin && !inTemplate.contains(e.key))
                section += line(e);
        if (!section.isEmpty())
            out += u'\n' + heading + u'\n' + section;
    }
    return out;
}

QList<AppStack::EnvEntry> AppEnv::toStackEntries(const QString &templateText) const
{
    QList<AppStack::EnvEntry> out;
    const QStringList inTemplate = order(templateText);
    for (const QString &key : inTemplate) {
        const Entry *e = find(key);
        out.append({e->key, e->value, e->secret});
    }
    for (const Origin origin : {Origin::Inventory, Origin::Derived})
        for (const Entry &e : mEntries)
            if (e.origin == origin && !inTemplate.contains(e.key))
                out.append({e.key, e.value, e.secret});
    return out;
}

} // namespace stackyard
