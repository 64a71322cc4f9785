// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace stackyard {

// A small reader of OpenSSH's client configuration (~/.ssh/config): Host blocks with patterns
// and '!' negation, keyword=value or keyword value, quoted arguments, Include (globs, relative
// to ~/.ssh), and OpenSSH's rule that the first value obtained for a keyword wins (IdentityFile
// accumulates). Match blocks cannot be evaluated here: only "Match all" applies, the others are
// skipped and listed in warnings(). Unknown keywords are kept and ignored.
class SshConfig
{
public:
    // What the configuration says for one host name (as typed after "ssh").
    struct Resolved
    {
        QString hostName;           // HostName with %h expanded; empty when not set
        int port = 0;               // 0 when not set
        QString user;
        QStringList identityFiles;  // ~ and %d %u %h %r %p %% expanded
        QString proxyJump;          // empty or "none" when not set
        QString userKnownHostsFile; // first of UserKnownHostsFile, ~ expanded
        std::optional<bool> hashKnownHosts;
        std::optional<bool> identitiesOnly;
        QString identityAgent;      // IdentityAgent (SSH_AUTH_SOCK to use; "none" disables)
        int connectTimeout = 0;     // seconds; 0 when not set
    };

    // ~/.ssh/config of the current user ($HOME).
    static QString defaultPath();
    // Reads a file (and what it includes). A missing file is an empty configuration.
    static SshConfig load(const QString &path);
    static SshConfig parse(const QByteArray &text, const QString &fileName);

    // OpenSSH's resolution for host. localUser fills %u and is the default for %r.
    Resolved resolve(const QString &host, const QString &localUser = {}) const;

    // Lines that could not be used ("file:line: message"), for diagnostics.
    const QStringList &warnings() const { return mWarnings; }

private:
    struct Block
    {
        QStringList patterns; // empty: applies to every host (before the first Host, Match all)
        bool never = false;   // a Match block we cannot evaluate
        QList<QPair<QString, QString>> options; // lower-case keyword, raw argument text
    };

    void parseInto(const QByteArray &text, const QString &fileName, int depth);
    void include(const QString &argument, const QString &fileName, int depth);

    QList<Block> mBlocks;
    QStringList mWarnings;
};

} // namespace stackyard
