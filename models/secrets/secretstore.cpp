// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

#include "secrets/secretref.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

enum class Operation { Read, Write, Remove };

// What a finished job came to; value is only set for a successful read.
struct Outcome
{
    bool ok = false;
    QString value;
    Error error;
    SecretStore::Failure failure = SecretStore::Failure::Other;
};

Error invalidNameError(const QString &name)
{
    return Error{QCoreApplication::translate("SecretStore", "'%1' is not a valid secret name").arg(name),
                 SecretRef::format(name),
                 QCoreApplication::translate("SecretStore",
                                             "A secret name has 1 to 200 characters: letters, digits, '.', '_', "
                                             "'/' and '-'."),
                 {}};
}

Outcome invalidName(const QString &name)
{
    return {false, {}, invalidNameError(name), SecretStore::Failure::InvalidName};
}

// QtKeychain's Secret Service backend (libsecret) reports a missing or unreachable session bus
// as OtherError with GIO's message, e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY" or
// "Could not connect: No such file or directory"; a bus without a Secret Service says
// "The name org.freedesktop.secrets was not provided by any .service files".
bool meansNoKeychain(const QString &message)
{
    static const QStringList markers{u"d-bus"_s,       u"dbus"_s,       u"could not connect"_s,
                                     u"org.freedesktop.secrets"_s, u"message bus"_s, u"autolaunch"_s,
                                     u"no keychain service"_s};
    for (const QString &marker : markers) {
        if (message.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Outcome failure(Operation operation, const QString &name, QKeychain::Error code, const QString &message)
{
    const QString where = SecretRef::format(name);
    if (code == QKeychain::NoBackendAvailable || (code == QKeychain::OtherError && meansNoKeychain(message))) {
        return {false,
                {},
                Error{QCoreApplication::translate("SecretStore", "The system keychain is not available"), where,
                      QCoreApplication::translate("SecretStore",
                                                  "Start a desktop session with a keyring (GNOME Keyring, KWallet), "
                                                  "or use dbus-run-session with gnome-keyring-daemon"),
                      message},
                SecretStore::Failure::NotAvailable};
    }
    switch (code) {
    case QKeychain::EntryNotFound: {
        Error error = SecretStore::notFoundError(name);
        error.detail = message;
        return {false, {}, error, SecretStore::Failure::NotFound};
    }
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {false,
                {},
                Error{QCoreApplication::translate("SecretStore", "The keychain refused access to the secret %1").arg(name),
                      where,
                      QCoreApplication::translate("SecretStore",
                                                  "Unlock the keyring (your desktop asks for its password) and allow "
                                                  "Stackyard to use it, then try again."),
                      message},
                SecretStore::Failure::AccessDenied};
    case QKeychain::NotImplemented:
        return {false,
                {},
                Error{QCoreApplication::translate("SecretStore", "The system keychain cannot store secrets here"), where,
                      QCoreApplication::translate("SecretStore",
                                                  "Use a Secret Service keyring (GNOME Keyring, KWallet) or the "
                                                  "platform's keychain."),
                      message},
                SecretStore::Failure::Other};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        break;
    }
    QString what;
    switch (operation) {
    case Operation::Read:
        what = QCoreApplication::translate("SecretStore", "Could not read the secret %1 from the keychain").arg(name);
        break;
    case Operation::Write:
        what = QCoreApplication::translate("SecretStore", "Could not store the secret %1 in the keychain").arg(name);
        break;
    case Operation::Remove:
        what = QCoreApplication::translate("SecretStore", "Could not delete the secret %1 from the keychain").arg(name);
        break;
    }
    return {false,
            {},
            Error{what, where,
                  QCoreApplication::translate("SecretStore",
                                              "Check that the keyring is unlocked and try again; the detail is the "
                                              "keychain's own message."),
                  message},
            SecretStore::Failure::Other};
}

// A job for one request; never falls back to a plain-text store.
QKeychain::Job *createJob(Operation operation, const QString &name, const QString &value)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(SecretStore::service());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(SecretStore::service());
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(SecretStore::service());
        break;
    }
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

Outcome outcomeOf(Operation operation, const QString &name, QKeychain::Job *job)
{
    if (job->error() != QKeychain::NoError)
        return failure(operation, name, job->error(), job->errorString());
    Outcome outcome;
    outcome.ok = true;
    if (operation == Operation::Read)
        outcome.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    return outcome;
}

// Starts one request for store and calls done on the store's thread when it is over (never
// before this function returns). A job is not a child of the store: QtKeychain's backends keep
// a pointer to a running job, so it must live until it finishes; it deletes itself then. When
// the store is gone by that time, done is not called.
void startJob(SecretStore *store, Operation operation, const QString &name, const QString &value,
              std::function<void(const Outcome &)> done)
{
    if (!SecretRef::isValidName(name)) {
        QMetaObject::invokeMethod(
            store, [done = std::move(done), outcome = invalidName(name)] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = createJob(operation, name, value);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [operation, name, done = std::move(done)](QKeychain::Job *finished) {
                         done(outcomeOf(operation, name, finished));
                     });
    job->start();
}

// Runs one request to its end in a local event loop.
// From a worker thread: QtKeychain's job queue is a QObject of the thread that first used it
// and not thread-safe (a job finished and deleted on a worker reaches it later as a dangling
// pointer), so every job runs on the application's thread, whose event loop must be running;
// the worker waits for the outcome. The GUI thread never waits for a worker, so this cannot
// deadlock there; the CLI calls the keychain from its main thread.
Outcome runOnApplicationThread(Operation operation, const QString &name, const QString &value)
{
    std::promise<Outcome> promise;
    std::future<Outcome> outcome = promise.get_future();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [&promise, operation, name, value] {
            QKeychain::Job *job = createJob(operation, name, value);
            job->setAutoDelete(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [&promise, operation, name, job] {
                Outcome result = outcomeOf(operation, name, job);
                job->deleteLater();
                promise.set_value(std::move(result)); // last: the waiting worker may return at once
            });
            job->start();
        },
        Qt::QueuedConnection);
    return outcome.get();
}

Outcome runNow(Operation operation, const QString &name, const QString &value)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        return {false,
                {},
                Error{QCoreApplication::translate("SecretStore", "The keychain needs a running application"),
                      SecretRef::format(name), {}, {}},
                SecretStore::Failure::Other};
    }
    if (QThread::currentThread() == app->thread() && app->inherits("QGuiApplication"))
        qWarning("SecretStore: a synchronous keychain call on the GUI thread blocks the window; use the signals");
    if (!SecretRef::isValidName(name))
        return invalidName(name);
    if (QThread::currentThread() != app->thread())
        return runOnApplicationThread(operation, name, value);

    // Owned here, deleted once finished: an auto-deleting job would wait for a deferred delete
    // that a local loop which has already quit never runs.
    const std::unique_ptr<QKeychain::Job> job(createJob(operation, name, value));
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job->start();
    if (!finished)
        loop.exec();
    return outcomeOf(operation, name, job.get());
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

Error SecretStore::notFoundError(const QString &name)
{
    return Error{QCoreApplication::translate("SecretStore", "No secret named %1 in the keychain").arg(name),
                 SecretRef::format(name),
                 QCoreApplication::translate("SecretStore", "Store it with: stackyardctl secret set %1").arg(name), {}};
}

QString SecretStore::service()
{
    return u"Stackyard"_s;
}

quint64 SecretStore::read(const QString &name)
{
    const quint64 id = ++mNextId;
    startJob(this, Operation::Read, name, {}, [this, id, name](const Outcome &outcome) {
        if (outcome.ok)
            emit readFinished(id, name, outcome.value);
        else
            emit failed(id, outcome.error, outcome.failure);
    });
    return id;
}

quint64 SecretStore::write(const QString &name, const QString &value)
{
    const quint64 id = ++mNextId;
    startJob(this, Operation::Write, name, value, [this, id, name](const Outcome &outcome) {
        if (outcome.ok)
            emit writeFinished(id, name);
        else
            emit failed(id, outcome.error, outcome.failure);
    });
    return id;
}

quint64 SecretStore::remove(const QString &name)
{
    const quint64 id = ++mNextId;
    startJob(this, Operation::Remove, name, {}, [this, id, name](const Outcome &outcome) {
        if (outcome.ok)
            emit removeFinished(id, name);
        else
            emit failed(id, outcome.error, outcome.failure);
    });
    return id;
}

Result<QString> SecretStore::readNow(const QString &name)
{
    Outcome outcome = runNow(Operation::Read, name, {});
    if (!outcome.ok)
        return outcome.error;
    return std::move(outcome.value);
}

Result<bool> SecretStore::writeNow(const QString &name, const QString &value)
{
    const Outcome outcome = runNow(Operation::Write, name, value);
    if (!outcome.ok)
        return outcome.error;
    return true;
}

Result<bool> SecretStore::removeNow(const QString &name)
{
    const Outcome outcome = runNow(Operation::Remove, name, {});
    if (!outcome.ok)
        return outcome.error;
    return true;
}

Result<bool> SecretStore::existsNow(const QString &name)
{
    Outcome outcome = runNow(Operation::Read, name, {});
    outcome.value.fill(u'\0'); // only the answer is wanted; do not keep the value around
    if (outcome.ok)
        return true;
    if (outcome.failure == Failure::NotFound)
        return false;
    return outcome.error;
}

} // namespace stackyard
