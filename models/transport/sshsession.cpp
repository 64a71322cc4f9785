// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshsession.h"

#include "transport/knownhosts.h"
#include "transport/shellquote.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// The key type is the first string of the key blob (RFC 4253 6.6).
QString keyTypeOfBlob(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 n = (quint32(uchar(blob[0])) << 24) | (quint32(uchar(blob[1])) << 16) | (quint32(uchar(blob[2])) << 8)
        | quint32(uchar(blob[3]));
    if (n > quint32(blob.size() - 4))
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(n)));
}

struct PassphraseRequest
{
    const TransportPrompts *prompts;
    QString file;
    int attempt = 0;
    bool asked = false;
    bool declined = false;
};

int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (!request->prompts->passphrase) {
        request->declined = true;
        return -1;
    }
    std::optional<QByteArray> answer = request->prompts->passphrase(request->file, request->attempt);
    if (!answer || qsizetype(len) <= answer->size()) {
        request->declined = true;
        return -1;
    }
    std::memcpy(buf, answer->constData(), size_t(answer->size()));
    buf[answer->size()] = '\0';
    answer->fill('\0');
    return 0;
}

// ProxyJump as the ProxyCommand libssh 0.10 runs: OpenSSH's ssh -W through the jump host(s).
// It never asks on a terminal it does not have (BatchMode: a jump host that wants a password
// or an unknown key fails at once, with ssh's reason), checks the jump hosts' keys against the
// same known_hosts file as the target, and offers the target's key files too (the usual set-up:
// one key for the bastion and the hosts behind it); ~/.ssh/config still applies to the hops.
QString proxyCommand(const HostSettings &settings)
{
    QStringList hops = settings.proxyJump.split(u',', Qt::SkipEmptyParts);
    const QString last = hops.takeLast();
    QStringList words{u"ssh"_s, u"-o"_s, u"BatchMode=yes"_s,
                      u"-o"_s, u"ConnectTimeout=%1"_s.arg(std::max(1, settings.connectTimeoutMs / 1000))};
    if (!settings.knownHostsFile.isEmpty())
        words << u"-o"_s << u"UserKnownHostsFile="_s + settings.knownHostsFile;
    for (const QString &identity : settings.identityFiles)
        words << u"-i"_s << identity;
    if (!hops.isEmpty())
        words << u"-J"_s << hops.join(u',');
    words << u"-W"_s << u"[%h]:%p"_s << u"ssh://"_s + last;
    return shellQuote(words);
}

} // namespace

SshSession::SshSession(HostSettings settings, TransportOptions options)
    : mSettings(std::move(settings))
    , mOptions(std::move(options))
    , mLabel(mSettings.label())
{
}

SshSession::~SshSession()
{
    close();
    if (mPassword)
        mPassword->fill('\0');
}

Error SshSession::error(Transport::Step step, const QString &what, const QString &hint) const
{
    const QString detail = mSession ? QString::fromUtf8(ssh_get_error(mSession)) : QString();
    return Transport::makeError(step, mLabel, what, hint, detail);
}

void SshSession::close()
{
    if (mSftp) {
        sftp_free(mSftp);
        mSftp = nullptr;
    }
    if (mSession) {
        if (ssh_is_connected(mSession))
            ssh_disconnect(mSession);
        ssh_free(mSession);
        mSession = nullptr;
    }
}

bool SshSession::isAlive() const
{
    return mSession && ssh_is_connected(mSession) && !(ssh_get_status(mSession) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

Result<SessionInfo> SshSession::open()
{
    close();
    mInfo = {};
    QElapsedTimer timer;
    timer.start();
    mSession = ssh_new();
    if (!mSession)
        return error(Transport::Step::Connect, QCoreApplication::translate("stackyard::transport", "Cannot create an SSH session"));
    const QByteArray host = mSettings.hostName.toUtf8();
    const QByteArray user = mSettings.effectiveUser().toUtf8();
    const unsigned int port = unsigned(mSettings.port);
    const long timeout = std::max(1, mSettings.connectTimeoutMs / 1000);
    const int no = 0;
    const int yes = 1;
    ssh_options_set(mSession, SSH_OPTIONS_PROCESS_CONFIG, &no); // ~/.ssh/config is read by SshConfig
    ssh_options_set(mSession, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(mSession, SSH_OPTIONS_PORT, &port);
    ssh_options_set(mSession, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(mSession, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(mSession, SSH_OPTIONS_NODELAY, &yes);
    ssh_options_set(mSession, SSH_OPTIONS_KNOWNHOSTS, "/dev/null"); // verified by KnownHosts
    ssh_options_set(mSession, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (!mSettings.identityAgent.isEmpty() && mSettings.identityAgent != u"none"_s)
        ssh_options_set(mSession, SSH_OPTIONS_IDENTITY_AGENT, QFile::encodeName(mSettings.identityAgent).constData());
    if (!mSettings.proxyJump.isEmpty())
        ssh_options_set(mSession, SSH_OPTIONS_PROXYCOMMAND, proxyCommand(mSettings).toUtf8().constData());

    if (ssh_connect(mSession) != SSH_OK) {
        const Error e = error(Transport::Step::Connect, QCoreApplication::translate("stackyard::transport", "Cannot connect to %1").arg(mLabel),
                              QCoreApplication::translate("stackyard::transport", "Check that the host is up, the address and port (ansible_host, ansible_port) are right "
                                 "and sshd is running."));
        close();
        return e;
    }
    if (Result<bool> verified = verifyHostKey(); !verified) {
        close();
        return verified.error();
    }
    Result<QString> method = authenticate();
    if (!method) {
        close();
        return method.error();
    }
    mInfo.authMethod = *method;
    mInfo.connectMs = timer.elapsed();
    return mInfo;
}

Result<bool> SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(mSession, &key) != SSH_OK)
        return error(Transport::Step::HostKey, QCoreApplication::translate("stackyard::transport", "The server sent no host key"));
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return error(Transport::Step::HostKey, QCoreApplication::translate("stackyard::transport", "Cannot read the server's host key"));
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    const QString type = keyTypeOfBlob(blob);
    mInfo.hostKeyType = type;
    mInfo.fingerprint = KnownHosts::fingerprint(blob);

    QList<KnownHosts> files{KnownHosts::load(mSettings.knownHostsFile)};
    for (const QString &global : mSettings.globalKnownHostsFiles)
        files << KnownHosts::load(global);
    const KnownHosts::Check check = KnownHosts::checkAll(files, mSettings.hostName, mSettings.port, type, blob);
    const QString field = KnownHosts::hostField(mSettings.hostName.toLower(), mSettings.port);
    switch (check.status) {
    case KnownHosts::Status::Known:
        return true;
    case KnownHosts::Status::Revoked:
        return Transport::makeError(Transport::Step::HostKey, mLabel,
                                    QCoreApplication::translate("stackyard::transport", "The host key %1 of %2 is marked @revoked in %3:%4; refusing to connect")
                                        .arg(mInfo.fingerprint, field, check.file)
                                        .arg(check.line),
                                    QCoreApplication::translate("stackyard::transport", "The key was revoked on purpose: ask the host's administrator."));
    case KnownHosts::Status::Changed:
        if (mOptions.prompts.warnHostKeyChanged)
            mOptions.prompts.warnHostKeyChanged(
                HostKeyChange{field, type, check.knownFingerprint, mInfo.fingerprint, check.file, check.line});
        return Transport::makeError(
            Transport::Step::HostKey, mLabel,
            QCoreApplication::translate("stackyard::transport", "The host key of %1 has changed: known %2, offered %3. Refusing to connect: someone may be intercepting "
               "the connection")
                .arg(field, check.knownFingerprint, mInfo.fingerprint),
            QCoreApplication::translate("stackyard::transport", "If the host was reinstalled and you trust the new key, remove line %1 of %2 (ssh-keygen -R '%3' -f %2) "
               "and connect again.")
                .arg(check.line)
                .arg(check.file, field));
    case KnownHosts::Status::Unknown:
        break;
    }
    const HostKeyPrompt prompt{field, type, mInfo.fingerprint, mSettings.knownHostsFile};
    if (!mOptions.prompts.confirmHostKey || !mOptions.prompts.confirmHostKey(prompt))
        return Transport::makeError(Transport::Step::HostKey, mLabel,
                                    QCoreApplication::translate("stackyard::transport", "The host key of %1 is not known (%2 %3); not connecting without your confirmation")
                                        .arg(field, type, mInfo.fingerprint),
                                    QCoreApplication::translate("stackyard::transport", "Compare the fingerprint with the server's (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub "
                                       "on the host) and accept it (stackyardctl: --accept-new-host-keys)."));
    const QByteArray line = KnownHosts::entryLine(mSettings.hostName, mSettings.port, type, blob, mSettings.hashKnownHosts);
    if (Result<bool> added = KnownHosts::append(mSettings.knownHostsFile, line); !added)
        return Transport::makeError(Transport::Step::HostKey, mLabel, added.error().what, {}, added.error().detail);
    mInfo.hostKeyAdded = true;
    return true;
}

std::optional<QString> SshSession::tryAgent()
{
    if (mSettings.identityAgent == u"none"_s)
        return std::nullopt;
    if (mSettings.identityAgent.isEmpty() && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return std::nullopt;
    if (ssh_userauth_agent(mSession, nullptr) == SSH_AUTH_SUCCESS)
        return u"publickey (agent)"_s;
    return std::nullopt;
}

std::optional<QString> SshSession::tryKeyFile(const QString &file, QStringList *problems)
{
    const QByteArray path = QFile::encodeName(file);
    // Like OpenSSH: offer the public key first, decrypt the private key only if it is accepted.
    ssh_key pub = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(file + u".pub"_s).constData(), &pub) == SSH_OK) {
        const int offered = ssh_userauth_try_publickey(mSession, nullptr, pub);
        ssh_key_free(pub);
        if (offered != SSH_AUTH_SUCCESS)
            return std::nullopt;
    }
    for (int attempt = 1; attempt <= 3; ++attempt) {
        PassphraseRequest request{&mOptions.prompts, file, attempt};
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &request, &key) != SSH_OK) {
            if (request.asked && !request.declined)
                continue; // a wrong passphrase: ask again
            *problems << (request.asked ? QCoreApplication::translate("stackyard::transport", "%1: no passphrase given").arg(file) : QCoreApplication::translate("stackyard::transport", "%1: cannot read the key").arg(file));
            return std::nullopt;
        }
        const int rc = ssh_userauth_publickey(mSession, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return u"publickey (%1)"_s.arg(file);
        *problems << QCoreApplication::translate("stackyard::transport", "%1: refused by the server").arg(file);
        return std::nullopt;
    }
    *problems << QCoreApplication::translate("stackyard::transport", "%1: wrong passphrase").arg(file);
    return std::nullopt;
}

std::optional<QByteArray> SshSession::password(const QString &prompt)
{
    if (mPassword)
        return mPassword;
    if (!mOptions.credentials.password.isEmpty())
        mPassword = mOptions.credentials.password;
    else if (mOptions.prompts.password)
        mPassword = mOptions.prompts.password(prompt);
    return mPassword;
}

std::optional<QString> SshSession::tryPassword(int methods, QStringList *problems)
{
    const QString prompt = QCoreApplication::translate("stackyard::transport", "Password for %1: ").arg(mLabel);
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        if (const std::optional<QByteArray> secret = password(prompt)) {
            if (ssh_userauth_password(mSession, nullptr, secret->constData()) == SSH_AUTH_SUCCESS)
                return u"password"_s;
            *problems << QCoreApplication::translate("stackyard::transport", "password: refused by the server");
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        int rc = ssh_userauth_kbdint(mSession, nullptr, nullptr);
        for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
            const int n = ssh_userauth_kbdint_getnprompts(mSession);
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                const QString text = QString::fromUtf8(ssh_userauth_kbdint_getprompt(mSession, unsigned(i), &echo));
                const std::optional<QByteArray> answer = echo ? std::optional<QByteArray>(QByteArray()) : password(text);
                if (!answer)
                    return std::nullopt;
                ssh_userauth_kbdint_setanswer(mSession, unsigned(i), answer->constData());
            }
            rc = ssh_userauth_kbdint(mSession, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS)
            return u"keyboard-interactive"_s;
        if (mPassword)
            *problems << QCoreApplication::translate("stackyard::transport", "keyboard-interactive: refused by the server");
    }
    return std::nullopt;
}

Result<QString> SshSession::authenticate()
{
    if (ssh_userauth_none(mSession, nullptr) == SSH_AUTH_SUCCESS)
        return u"none"_s;
    const int methods = ssh_userauth_list(mSession, nullptr);
    QStringList problems;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!mSettings.identitiesOnly || mSettings.identityFiles.isEmpty())
            if (std::optional<QString> used = tryAgent())
                return *used;
        QStringList files = mSettings.identityFiles;
        if (files.isEmpty()) {
            const QString ssh = qEnvironmentVariable("HOME", QDir::homePath()) + u"/.ssh/"_s;
            for (const char16_t *name : {u"id_ed25519", u"id_ecdsa", u"id_rsa"})
                if (QFile::exists(ssh + QString::fromUtf16(name)))
                    files << ssh + QString::fromUtf16(name);
        }
        for (const QString &file : files)
            if (std::optional<QString> used = tryKeyFile(file, &problems))
                return *used;
    }
    if (std::optional<QString> used = tryPassword(methods, &problems))
        return *used;

    QStringList offered;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) offered << u"publickey"_s;
    if (methods & SSH_AUTH_METHOD_PASSWORD) offered << u"password"_s;
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) offered << u"keyboard-interactive"_s;
    return Transport::makeError(Transport::Step::Auth, mLabel,
                                QCoreApplication::translate("stackyard::transport", "Authentication as %1 failed (the server accepts: %2)")
                                    .arg(mSettings.effectiveUser(), offered.join(u", "_s)),
                                QCoreApplication::translate("stackyard::transport", "Load the key into ssh-agent, set ansible_ssh_private_key_file, or give ansible_password "
                                   "as a ${secret:NAME}."),
                                problems.join(u"; "_s));
}

Result<sftp_session> SshSession::sftp()
{
    if (mSftp)
        return mSftp;
    mSftp = sftp_new(mSession);
    if (!mSftp || sftp_init(mSftp) != SSH_OK) {
        const Error e = error(Transport::Step::Sftp, QCoreApplication::translate("stackyard::transport", "Cannot start SFTP on %1").arg(mLabel),
                              QCoreApplication::translate("stackyard::transport", "Enable the sftp subsystem in the host's sshd_config."));
        if (mSftp)
            sftp_free(mSftp);
        mSftp = nullptr;
        return e;
    }
    return mSftp;
}

bool SshSession::hasSftpExtension(const char *name) const
{
    return mSftp && sftp_extension_supported(mSftp, name, "1");
}

} // namespace stackyard
