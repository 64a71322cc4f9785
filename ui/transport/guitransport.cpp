// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/guitransport.h"

#include "inventory/inventory.h"
#include "secrets/secretstore.h"
#include "transport/changedhostkeydialog.h"
#include "transport/hostcredentials.h"
#include "transport/hostkeydialog.h"
#include "transport/hostsettings.h"
#include "transport/secretpromptdialog.h"
#include "transport/sshconfig.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

bool onGuiThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

// Runs f on the GUI thread and returns its result: directly when already there, else through
// a blocking queued call onto the application object. Without an application: R{}.
template<typename F>
auto callOnGuiThread(F f) -> decltype(f())
{
    using R = decltype(f());
    if (onGuiThread())
        return f();
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return R{};
    R result{};
    QMetaObject::invokeMethod(app, [&result, &f] { result = f(); }, Qt::BlockingQueuedConnection);
    return result;
}

struct Answer
{
    QByteArray secret;
    bool remember = false;
};

std::optional<Answer> askSecret(SecretPromptDialog::Kind kind, const QString &subject, const QString &host, bool retry,
                                const QPointer<QWidget> &parent)
{
    return callOnGuiThread([&]() -> std::optional<Answer> {
        SecretPromptDialog dialog(kind, subject, host, retry, parent.data());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Answer{dialog.secret(), dialog.remember()};
    });
}

// The keychain from a worker thread: SecretStore runs the job on the GUI thread (where its
// backends answer) and the worker waits, so the GUI never blocks. Called on the GUI thread
// itself (nothing may block there): an Error.
Result<QString> keychainFromWorker(bool write, const QString &name, const QString &value = {})
{
    if (!QCoreApplication::instance() || onGuiThread())
        return Error{QCoreApplication::translate("stackyard::GuiPrompts", "The keychain cannot be read while the window waits"),
                     name, {}, {}};
    if (!write)
        return SecretStore::readNow(name);
    const Result<bool> written = SecretStore::writeNow(name, value);
    if (!written)
        return written.error();
    return QString();
}

// A remembered answer (worker threads; nothing on the GUI thread).
std::optional<QByteArray> remembered(const QString &name)
{
    if (onGuiThread())
        return std::nullopt;
    const Result<QString> value = keychainFromWorker(false, name);
    if (!value)
        return std::nullopt;
    return value->toUtf8();
}

// Stores an answer the user asked to remember; a failure is shown, not swallowed.
void remember(const QString &name, const QByteArray &secret, const QPointer<QWidget> &parent)
{
    const auto warn = [parent](const QString &message) {
        QMessageBox::warning(parent.data(), QCoreApplication::translate("stackyard::GuiPrompts", "Keychain"),
                             QCoreApplication::translate("stackyard::GuiPrompts", "Could not remember the secret in the keychain: %1")
                                 .arg(message));
    };
    if (onGuiThread()) {
        auto *store = new SecretStore(QCoreApplication::instance());
        QObject::connect(store, &SecretStore::writeFinished, store, &QObject::deleteLater);
        QObject::connect(store, &SecretStore::failed, store, [store, warn](quint64, const Error &error) {
            warn(error.toString());
            store->deleteLater();
        });
        store->write(name, QString::fromUtf8(secret));
        return;
    }
    const Result<QString> written = keychainFromWorker(true, name, QString::fromUtf8(secret));
    if (!written) {
        const QString message = written.error().toString();
        callOnGuiThread([&warn, &message] {
            warn(message);
            return true;
        });
    }
}

// The answer remembered under name on the first attempt, else the dialog's (stored when the
// user ticks Remember); nullopt when the user cancels.
std::optional<QByteArray> rememberedOrAsked(SecretPromptDialog::Kind kind, const QString &name, const QString &subject,
                                            const QString &host, int attempt, const QPointer<QWidget> &owner)
{
    if (attempt == 1) {
        if (std::optional<QByteArray> known = remembered(name))
            return known;
    }
    const std::optional<Answer> answer = askSecret(kind, subject, host, attempt > 1, owner);
    if (!answer)
        return std::nullopt;
    if (answer->remember)
        remember(name, answer->secret, owner);
    return answer->secret;
}

} // namespace

TransportPrompts guiPrompts(const HostSettings &settings, QWidget *parent)
{
    const QPointer<QWidget> owner(parent);
    const QString host = settings.label();
    TransportPrompts prompts;
    prompts.passphrase = [owner, host](const QString &keyFile, int attempt) {
        return rememberedOrAsked(SecretPromptDialog::Kind::Passphrase, HostCredentials::passphraseSecretName(keyFile),
                                 keyFile, host, attempt, owner);
    };
    const QString passwordName = HostCredentials::passwordSecretName(settings);
    auto asked = std::make_shared<std::atomic<int>>(0);
    prompts.password = [owner, host, passwordName, asked](const QString &prompt) {
        return rememberedOrAsked(SecretPromptDialog::Kind::Password, passwordName, prompt, host, ++*asked, owner);
    };
    prompts.confirmHostKey = [owner](const HostKeyPrompt &prompt) {
        return callOnGuiThread([&] {
            HostKeyDialog dialog(prompt, owner.data());
            return dialog.exec() == QDialog::Accepted;
        });
    };
    prompts.warnHostKeyChanged = [owner](const HostKeyChange &change) {
        callOnGuiThread([&] {
            ChangedHostKeyDialog dialog(change, owner.data());
            dialog.exec();
            return true;
        });
    };
    return prompts;
}

TransportOptions guiTransportOptions(const HostSettings &settings, QWidget *parent, QList<HostCredentials::Problem> *problems)
{
    TransportOptions options;
    if (!onGuiThread())
        options.credentials = HostCredentials::read(settings, problems, [](const QString &name) {
            return keychainFromWorker(false, name);
        });
    options.prompts = guiPrompts(settings, parent);
    return options;
}

HostCheckRunner::OptionsFactory guiOptionsFactory(QWidget *parent)
{
    const QPointer<QWidget> owner(parent);
    return [owner](const HostSettings &settings, QStringList *warnings) {
        QList<HostCredentials::Problem> problems;
        TransportOptions options = guiTransportOptions(settings, owner.data(), &problems);
        for (const HostCredentials::Problem &problem : std::as_const(problems)) {
            if (warnings)
                warnings->append(QCoreApplication::translate("stackyard::GuiPrompts", "Could not read the secret %1 from the keychain: %2")
                                     .arg(problem.secret, problem.error.what));
        }
        return options;
    };
}

TransportOptions guiTransportOptions(const Inventory &inventory, const QString &host, QWidget *parent)
{
    const Result<HostSettings> settings = HostSettings::fromInventory(inventory, host, SshConfig::load(SshConfig::defaultPath()));
    if (!settings) {
        HostSettings named;
        named.name = host;
        named.hostName = host;
        TransportOptions options;
        options.prompts = guiPrompts(named, parent);
        return options;
    }
    return guiTransportOptions(*settings, parent);
}

} // namespace stackyard
