// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/apps/appstack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace stackyard {

// The settings of one app stack on their way into .env: the template's defaults, then the
// inventory's conf (which wins), then what Stackyard derives from the inventory where the conf
// says nothing. Keeps the order they were first set in and whether each is a secret.
class AppEnv
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::AppEnv)

public:
    enum class Origin { Template, Inventory, Derived };
    struct Entry
    {
        QString key;
        QString value;
        Origin origin = Origin::Template;
        bool secret = false;
    };

    void setDefault(const QString &key, const QString &value);
    void setFromInventory(const QString &key, const QString &value, bool secret);
    // Set unless the inventory gave the key a non-empty value.
    void fill(const QString &key, const QString &value, bool secret = false);
    // Set whatever the inventory said (values Stackyard must own for the stack to work).
    void force(const QString &key, const QString &value, bool secret = false);
    void remove(const QString &key);
    void markSecret(const QString &key);
    // Marks as secret every value that is, or (from 6 characters on) contains, the value of a
    // secret: a password the conf repeats under a harmless-looking key is masked too.
    void markCopiesOfSecrets();

    bool contains(const QString &key) const { return find(key) != nullptr; }
    bool fromInventory(const QString &key) const;
    QString value(const QString &key) const;
    const QList<Entry> &entries() const { return mEntries; }

    // Key names that hold secrets whatever their value: *PASS*, *SECRET*, *TOKEN*, *_KEY, *_DSN.
    static bool isSecretKey(const QString &key);
    // What a preview shows for a secret: ******** (a URL keeps all but its password).
    static QString masked(const QString &value);
    // The .env text: each KEY=default line of templateText carries the final value, the other
    // keys follow in two commented sections (from the inventory, derived). Values must have
    // passed EnvFile::check(); masked writes masked() for secrets instead.
    QString render(const QString &templateText, const QString &inventorySection, const QString &derivedSection,
                   bool maskSecrets) const;
    QList<AppStack::EnvEntry> toStackEntries(const QString &templateText) const;

private:
    Entry *find(const QString &key);
    const Entry *find(const QString &key) const;
    void set(const QString &key, const QString &value, Origin origin, bool secret);
    QStringList order(const QString &templateText) const;

    QList<Entry> mEntries;
};

} // namespace stackyard
