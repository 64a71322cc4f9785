// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace stackyard {

class SshPool;

// An unknown host key the user is asked about (never accepted without a yes).
struct HostKeyPrompt
{
    QString host;           // as in known_hosts: "name" or "[name]:port"
    QString keyType;        // "ssh-ed25519"
    QString fingerprint;    // "SHA256:…"
    QString knownHostsFile; // where a yes writes it
};

// A host key that differs from the one known_hosts holds for the host: the connection is
// refused (never overridable from here); this says what to tell the user.
struct HostKeyChange
{
    QString host;               // as in known_hosts: "name" or "[name]:port"
    QString keyType;            // of the offered key
    QString knownFingerprint;   // "SHA256:…" of the key on that line
    QString offeredFingerprint; // "SHA256:…" of the key the server offered
    QString knownHostsFile;     // the file holding the conflicting line
    int line = 0;               // 1-based line to remove if the new key is trusted
};

// Questions a connection may need answered while it connects. They are called on the
// connection's worker thread and may block until the user answers (the GUI shows a dialog
// through a blocking queued call, the CLI prompts on the terminal); they must be thread-safe.
// A missing function means "cannot ask": the step fails with an Error that says what to do.
struct TransportPrompts
{
    // The passphrase of a private key file; attempt counts from 1. nullopt: the user declined.
    std::function<std::optional<QByteArray>(const QString &keyFile, int attempt)> passphrase;
    // A login password (password or keyboard-interactive), when none was given as a secret.
    std::function<std::optional<QByteArray>(const QString &prompt)> password;
    // An unknown host key: true only on the user's explicit yes.
    std::function<bool(const HostKeyPrompt &prompt)> confirmHostKey;
    // A changed host key, told before the connection fails with a HostKey Error (which says the
    // same in words). Only a warning: nothing the function does lets the connection go on.
    std::function<void(const HostKeyChange &change)> warnHostKeyChanged;
};

// Secrets already read from the keychain (${secret:NAME} in the inventory). Never logged.
struct TransportCredentials
{
    QByteArray password;       // ansible_password
    QByteArray becomePassword; // ansible_become_password
};

struct TransportOptions
{
    TransportCredentials credentials;
    TransportPrompts prompts;
    SshPool *pool = nullptr; // nullptr: SshPool::shared()
};

} // namespace stackyard
