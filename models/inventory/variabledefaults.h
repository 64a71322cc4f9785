// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace stackyard {

// The built-in default of every inventory variable Pigsty's roles read (resources/inventory/
// defaults.tsv, compiled in): the last step of Ansible's precedence, and what forms offer.
class VariableDefaults
{
public:
    struct Entry
    {
        QString name;
        QString module; // INFRA, NODE, PGSQL, REDIS, MINIO, ETCD, DOCKER…
        QString levels; // "G", "C", "I", "A" joined by '/'
        QString type;   // string, int, bool, port, password, enum, dict, string[]…
        QString value;  // the default as JSON text
    };

    static const VariableDefaults &instance();

    const Entry *find(const QString &name) const;
    const QList<Entry> &entries() const { return mEntries; }

private:
    VariableDefaults();

    QList<Entry> mEntries;
    QHash<QString, qsizetype> mIndex;
};

} // namespace stackyard
