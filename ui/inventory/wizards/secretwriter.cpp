// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/secretwriter.h"

#include "secrets/secretref.h"

#include <QRandomGenerator>

namespace stackyard {

SecretWriter::SecretWriter(QList<Item> items, QObject *parent)
    : QObject(parent)
    , mStore(new SecretStore(this))
    , mItems(std::move(items))
{
    connect(mStore, &SecretStore::readFinished, this, &SecretWriter::onRead);
    connect(mStore, &SecretStore::writeFinished, this, [this](quint64 id) { onWritten(id); });
    connect(mStore, &SecretStore::failed, this, &SecretWriter::onFailed);
}

QString SecretWriter::generatePassword(int length)
{
    static constexpr char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int size = int(std::size(alphabet)) - 1;
    QString out;
    out.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += QChar(alphabet[random->bounded(size)]);
    return out;
}

void SecretWriter::start()
{
    mCurrent = -1;
    mReused.clear();
    emit progress(0, int(mItems.size()));
    next();
}

void SecretWriter::next()
{
    ++mCurrent;
    if (mCurrent >= mItems.size()) {
        emit finished();
        return;
    }
    mWriting = false;
    mRequest = mStore->read(mItems.at(mCurrent).name);
}

void SecretWriter::onRead(quint64 id, const QString &name, const QString &value)
{
    if (id != mRequest)
        return;
    const Item &item = mItems.at(mCurrent);
    if (value != item.value) {
        if (!item.reuseExisting) {
            emit failed(name,
                Error { tr("The keychain already holds a different secret named %1").arg(name), SecretRef::format(name),
                    tr("Choose another name, or remove the old secret first (stackyardctl secret rm %1) "
                       "if nothing uses it any more.")
                        .arg(name),
                    {} },
                SecretStore::Failure::Other);
            return;
        }
        mReused << name;
    }
    emit progress(mCurrent + 1, int(mItems.size()));
    next();
}

void SecretWriter::onWritten(quint64 id)
{
    if (id != mRequest)
        return;
    emit progress(mCurrent + 1, int(mItems.size()));
    next();
}

void SecretWriter::onFailed(quint64 id, const Error &error, SecretStore::Failure failure)
{
    if (id != mRequest)
        return;
    const Item &item = mItems.at(mCurrent);
    if (!mWriting && failure == SecretStore::Failure::NotFound) {
        mWriting = true;
        mRequest = mStore->write(item.name, item.value);
        return;
    }
    emit failed(item.name, error, failure);
}

} // namespace stackyard
