// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "secrets/secretstore.h"

#include <QList>
#include <QObject>
#include <QString>

namespace stackyard {

// Stores a batch of secrets in the keychain, one after the other, without blocking: for each
// name it first reads what the keychain holds, so a secret is never silently replaced. A name
// that already holds the same value counts as stored; one that holds another value is a
// failure ("choose another name"), unless the item allows reusing it (a freshly generated
// password for a new user may as well be the one already stored). The first failure stops the
// batch and says which secret and why; secrets stored before it stay stored.
class SecretWriter : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString name;
        QString value;
        bool reuseExisting = false;
    };

    explicit SecretWriter(QList<Item> items, QObject *parent = nullptr);

    void start();
    const QList<Item> &items() const { return mItems; }
    // Names whose existing secret was kept (reuseExisting) instead of being written.
    const QStringList &reused() const { return mReused; }

    // A random password of length characters from A-Z a-z 0-9 (no character that needs quoting
    // in YAML, a URL or a shell), from the system's secure random generator.
    static QString generatePassword(int length = 24);

signals:
    void progress(int done, int total);
    void finished();
    void failed(const QString &name, const stackyard::Error &error, stackyard::SecretStore::Failure failure);

private:
    void next();
    void onRead(quint64 id, const QString &name, const QString &value);
    void onWritten(quint64 id);
    void onFailed(quint64 id, const Error &error, SecretStore::Failure failure);

    SecretStore *mStore;
    QList<Item> mItems;
    QStringList mReused;
    int mCurrent = -1;
    quint64 mRequest = 0;
    bool mWriting = false;
};

} // namespace stackyard
