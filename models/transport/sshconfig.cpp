// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshconfig.h"

#include "transport/hostpattern.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

constexpr int kMaxIncludeDepth = 16;

QString homeDir()
{
    const QString home = qEnvironmentVariable("HOME");
    return home.isEmpty() ? QDir::homePath() : home;
}

// Words of an argument: blanks separate, double quotes group.
QStringList splitArguments(const QString &text)
{
    QStringList words;
    QString word;
    bool quoted = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && (c == u' ' || c == u'\t')) {
            if (any)
                words << word;
            word.clear();
            any = false;
        } else {
            word += c;
            any = true;
        }
    }
    if (any)
        words << word;
    return words;
}

std::optional<bool> yesNo(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"yes"_s || v == u"true"_s)
        return true;
    if (v == u"no"_s || v == u"false"_s)
        return false;
    return std::nullopt;
}

QString expandTilde(const QString &path)
{
    if (path == u"~"_s)
        return homeDir();
    if (path.startsWith(u"~/"_s))
        return homeDir() + path.mid(1);
    return path;
}

struct Tokens
{
    QString host;     // %h
    QString user;     // %r
    QString local;    // %u
    QString port;     // %p
};

QString expandTokens(const QString &text, const Tokens &t)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar k = text[++i];
        if (k == u'%') out += u'%';
        else if (k == u'h') out += t.host;
        else if (k == u'r') out += t.user;
        else if (k == u'u') out += t.local;
        else if (k == u'p') out += t.port;
        else if (k == u'd') out += homeDir();
        else { out += u'%'; out += k; }
    }
    return expandTilde(out);
}

} // namespace

QString SshConfig::defaultPath()
{
    return homeDir() + u"/.ssh/config"_s;
}

SshConfig SshConfig::load(const QString &path)
{
    SshConfig config;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        config.parseInto(file.readAll(), path, 0);
    return config;
}

SshConfig SshConfig::parse(const QByteArray &text, const QString &fileName)
{
    SshConfig config;
    config.parseInto(text, fileName, 0);
    return config;
}

void SshConfig::include(const QString &argument, const QString &fileName, int depth)
{
    if (depth >= kMaxIncludeDepth) {
        mWarnings << u"%1: Include nested too deeply"_s.arg(fileName);
        return;
    }
    QString pattern = expandTilde(argument);
    if (!QDir::isAbsolutePath(pattern))
        pattern = homeDir() + u"/.ssh/"_s + pattern;
    const QFileInfo info(pattern);
    const QDir dir = info.absoluteDir();
    QStringList names = dir.entryList({info.fileName()}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            parseInto(file.readAll(), file.fileName(), depth + 1);
    }
}

void SshConfig::parseInto(const QByteArray &text, const QString &fileName, int depth)
{
    if (mBlocks.isEmpty())
        mBlocks.append(Block{});
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        qsizetype end = 0;
        while (end < line.size() && !line[end].isSpace() && line[end] != u'=')
            ++end;
        const QString keyword = line.left(end).toLower();
        QString rest = line.mid(end).trimmed();
        if (rest.startsWith(u'='))
            rest = rest.mid(1).trimmed();
        const QString where = u"%1:%2"_s.arg(fileName).arg(n + 1);
        if (keyword == u"host"_s) {
            mBlocks.append(Block{splitArguments(rest), false, {}});
        } else if (keyword == u"match"_s) {
            const bool all = rest.trimmed().toLower() == u"all"_s;
            if (!all)
                mWarnings << u"%1: Match blocks other than 'Match all' are not supported; skipped"_s.arg(where);
            mBlocks.append(Block{{}, !all, {}});
        } else if (keyword == u"include"_s) {
            for (const QString &argument : splitArguments(rest))
                include(argument, fileName, depth);
        } else if (rest.isEmpty()) {
            mWarnings << u"%1: '%2' without a value"_s.arg(where, keyword);
        } else {
            mBlocks.last().options.append({keyword, rest});
        }
    }
}

SshConfig::Resolved SshConfig::resolve(const QString &host, const QString &localUser) const
{
    QHash<QString, QString> first;
    QStringList identities;
    for (const Block &block : mBlocks) {
        if (block.never || (!block.patterns.isEmpty() && !HostPattern::listMatches(block.patterns, host)))
            continue;
        for (const auto &[keyword, value] : block.options) {
            if (keyword == u"identityfile"_s)
                identities << value;
            else if (!first.contains(keyword))
                first.insert(keyword, value);
        }
    }
    const auto word = [&first](const char16_t *keyword) {
        const QStringList words = splitArguments(first.value(QString::fromUtf16(keyword)));
        return words.isEmpty() ? QString() : words.constFirst();
    };
    Resolved r;
    Tokens tokens{host, {}, localUser, {}};
    r.hostName = word(u"hostname").isEmpty() ? QString() : expandTokens(word(u"hostname"), tokens);
    r.port = word(u"port").toInt();
    r.user = word(u"user");
    tokens.host = r.hostName.isEmpty() ? host : r.hostName;
    tokens.user = r.user.isEmpty() ? localUser : r.user;
    tokens.port = QString::number(r.port > 0 ? r.port : 22);
    for (const QString &identity : identities) {
        const QStringList words = splitArguments(identity);
        if (!words.isEmpty())
            r.identityFiles << expandTokens(words.constFirst(), tokens);
    }
    r.proxyJump = word(u"proxyjump");
    if (const QString known = word(u"userknownhostsfile"); !known.isEmpty())
        r.userKnownHostsFile = expandTokens(known, tokens);
    r.hashKnownHosts = yesNo(word(u"hashknownhosts"));
    r.identitiesOnly = yesNo(word(u"identitiesonly"));
    if (const QString agent = word(u"identityagent"); !agent.isEmpty())
        r.identityAgent = agent == u"SSH_AUTH_SOCK"_s ? QString() : expandTokens(agent, tokens);
    r.connectTimeout = word(u"connecttimeout").toInt();
    return r;
}

} // namespace stackyard
