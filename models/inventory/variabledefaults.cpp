// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/variabledefaults.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace stackyard {

const VariableDefaults &VariableDefaults::instance()
{
    static const VariableDefaults defaults;
    return defaults;
}

VariableDefaults::VariableDefaults()
{
    QFile file(u":/inventory/defaults.tsv"_s); // compiled in: no disk I/O
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 5)
            continue;
        mIndex.insert(QString::fromUtf8(f[0]), mEntries.size());
        mEntries.append({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]),
                         QString::fromUtf8(f[3]), QString::fromUtf8(f[4])});
    }
}

const VariableDefaults::Entry *VariableDefaults::find(const QString &name) const
{
    const auto it = mIndex.constFind(name);
    return it == mIndex.cend() ? nullptr : &mEntries.at(*it);
}

} // namespace stackyard
