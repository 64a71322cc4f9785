// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/appstack.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString octal(int mode)
{
    return u"0%1"_s.arg(mode, 3, 8, QChar(u'0'));
}

QString commandLine(const QStringList &argv)
{
    QStringList shown;
    for (const QString &arg : argv) {
        const bool plain = !arg.isEmpty() && std::all_of(arg.cbegin(), arg.cend(), [](QChar c) {
            return c.isLetterOrNumber() || QStringView(u"-_./:=@,+").contains(c);
        });
        shown.append(plain ? arg : u'\'' + QString(arg).replace(u"'"_s, u"'\\''"_s) + u'\'');
    }
    return shown.join(u' ');
}

} // namespace

Error AppStack::Check::failed(const QString &host, const QString &stderrText) const
{
    return Error{failure.arg(host), host, hint, stderrText.trimmed()};
}

const AppStack::File *AppStack::file(const QString &path) const
{
    for (const File &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

QString AppStack::envValue(const QString &key) const
{
    for (const EnvEntry &e : env)
        if (e.key == key)
            return e.value;
    return {};
}

QString AppStack::preview() const
{
    QString out;
    out += tr("App %1 (%2) of group %3 on %4").arg(app, kind, group, host) + u'\n';
    out += tr("Compose project %1 in %2").arg(project, directory) + u"\n\n"_s;

    out += tr("Checks:") + u'\n';
    for (const Check &c : checks) {
        QStringList alternatives;
        for (const QStringList &argv : c.argvs)
            alternatives.append(commandLine(argv));
        out += u"  "_s + c.description + u'\n';
        out += u"    $ "_s + alternatives.join(u"\n    "_s + tr("or") + u" $ "_s) + u'\n';
    }

    out += u'\n' + tr("Directories:") + u'\n';
    for (const Directory &d : directories) {
        out += u"  "_s + octal(d.mode) + u"  "_s + d.path;
        if (!d.owner.isEmpty())
            out += u"  ("_s + tr("owner %1").arg(d.owner) + u')';
        out += u'\n';
    }

    for (const File &f : files) {
        out += u'\n' + tr("File %1/%2, mode %3").arg(directory, f.path, octal(f.mode));
        if (f.secret)
            out += u", "_s + tr("secret values masked");
        out += u":\n"_s;
        const QByteArray &shown = f.secret ? f.maskedContent : f.content;
        out += QString::fromUtf8(shown);
        if (!shown.endsWith('\n'))
            out += u'\n';
    }

    out += u'\n' + tr("Start:") + u'\n';
    out += u"  $ "_s + commandLine(composeUp) + u'\n';
    out += u"  "_s + tr("or") + u" $ "_s + commandLine(composeUpLegacy) + u'\n';
    out += u'\n' + tr("Ready when %1 answers 200").arg(healthUrl) + u'\n';
    return out;
}

} // namespace stackyard
