// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace stackyard {

// A metricnames.h name as a QString, made once per name and thread: a snapshot's map then holds
// shared copies instead of a new string per metric and poll (a thousand probes a second).
inline const QString &metricKey(const char *name)
{
    thread_local QHash<const void *, QString> keys;
    auto it = keys.constFind(name);
    if (it == keys.constEnd())
        it = keys.insert(name, QString::fromLatin1(name));
    return *it;
}

} // namespace stackyard
