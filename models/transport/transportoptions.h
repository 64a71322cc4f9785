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
