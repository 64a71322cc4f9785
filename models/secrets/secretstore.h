// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QObject>
#include <QString>

namespace stackyard {

// Secrets by name in the OS keychain (Secret Service: GNOME Keyring, KWallet; macOS Keychain;
// Windows Credential Manager), through QtKeychain, under the service "Stackyard".
//
// read(), write() and remove() return at once with a request id; the result comes later, on the
// store's thread, as readFinished()/writeFinished()/removeFinished() or failed() with the same
// id. The calling thread never waits. Results of a store that was destroyed are dropped.
//
// A secret value is never logged, printed or put into an Error.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // Why a request failed, for callers that act on it (e.g. "secret check" tells a missing
    // secret from a keychain that cannot be reached).
    enum class Failure {
        InvalidName,  // the name is not a valid secret name (see SecretRef::isValidName())
        NotAvailable, // no keychain: no D-Bus session, no Secret Service / KWallet running
        NotFound,     // no secret of that name
        AccessDenied, // the keychain is locked or the user refused access
        Other,
    };
    Q_ENUM(Failure)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain service all of Stackyard's secrets are stored under.
    static QString service();
    // The Error of a read of a secret that does not exist (Failure::NotFound).
    static Error notFoundError(const QString &name);

    quint64 read(const QString &name);
    quint64 write(const QString &name, const QString &value);
    // Removing a secret that does not exist is not an error.
    quint64 remove(const QString &name);

    // Synchronous variants for the CLI and tests: each runs a local QEventLoop until the keychain
    // answers, which may take as long as the user needs to unlock a keyring. Never call them on
    // the GUI thread (the window would freeze and re-enter its event handlers); the GUI uses the
    // asynchronous functions above. They need a QCoreApplication and a thread with an event
    // dispatcher (the main thread of stackyardctl).
    static Result<QString> readNow(const QString &name);
    static Result<bool> writeNow(const QString &name, const QString &value);
    static Result<bool> removeNow(const QString &name);
    // true when the secret exists, false when it does not; an Error only when the keychain could
    // not answer (not available, access denied, ...).
    static Result<bool> existsNow(const QString &name);

signals:
    void readFinished(quint64 id, const QString &name, const QString &value);
    void writeFinished(quint64 id, const QString &name);
    void removeFinished(quint64 id, const QString &name);
    void failed(quint64 id, const stackyard::Error &error, stackyard::SecretStore::Failure failure);

private:
    quint64 mNextId = 0;
};

} // namespace stackyard
