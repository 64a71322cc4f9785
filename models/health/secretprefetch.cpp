// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/secretprefetch.h"

#include "secrets/secretstore.h"

#include <QTimer>

namespace stackyard {

SecretPrefetch::SecretPrefetch(QObject *parent)
    : QObject(parent)
    , mStore(new SecretStore(this))
{
    connect(mStore, &SecretStore::readFinished, this, [this](quint64 id, const QString &name, const QString &value) {
        if (mPending.contains(id))
            mValues.insert(name, value);
        answered(id);
    });
    connect(mStore, &SecretStore::failed, this, [this](quint64 id) { answered(id); });
}

void SecretPrefetch::start(const QStringList &names)
{
    mPending.clear();
    mValues.clear();
    for (const QString &name : names)
        mPending.insert(mStore->read(name));
    if (mPending.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (mPending.isEmpty())
                Q_EMIT finished(mValues);
        });
}

void SecretPrefetch::answered(quint64 id)
{
    if (!mPending.remove(id))
        return;
    if (mPending.isEmpty())
        Q_EMIT finished(mValues);
}

} // namespace stackyard
