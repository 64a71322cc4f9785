// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "transport/hostsettings.h"
#include "transport/sessioninfo.h"
#include "transport/transport.h"
#include "transport/transportoptions.h"

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <QString>

namespace stackyard {


// One libssh session: connect, verify the host key like OpenSSH (KnownHosts), authenticate
// (agent, key files with passphrase prompts, password, keyboard-interactive). Blocking; used
// only by the SshConnection thread that owns it (libssh sessions are not thread-safe).
class SshSession
{
public:
    SshSession(HostSettings settings, TransportOptions options);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    Result<SessionInfo> open();
    void close();
    bool isOpen() const { return mSession != nullptr; }
    // Still connected (no socket error, not closed by the server).
    bool isAlive() const;

    ssh_session handle() const { return mSession; }
    // The SFTP subsystem, opened on first use on its own channel.
    Result<sftp_session> sftp();
    bool hasSftpExtension(const char *name) const;

    const HostSettings &settings() const { return mSettings; }
    const SessionInfo &info() const { return mInfo; }
    const QString &label() const { return mLabel; }
    Error error(Transport::Step step, const QString &what, const QString &hint = {}) const;

private:
    Result<bool> verifyHostKey();
    Result<QString> authenticate();
    std::optional<QString> tryAgent();
    std::optional<QString> tryKeyFile(const QString &file, QStringList *problems);
    std::optional<QString> tryPassword(int methods, QStringList *problems);
    std::optional<QByteArray> password(const QString &prompt);

    HostSettings mSettings;
    TransportOptions mOptions;
    QString mLabel;
    ssh_session mSession = nullptr;
    sftp_session mSftp = nullptr;
    SessionInfo mInfo;
    std::optional<QByteArray> mPassword;
};

} // namespace stackyard
