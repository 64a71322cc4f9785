// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/apptemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

Error templateError(const QString &what, const QString &path, int line)
{
    return Error{what, u":/apps/%1:%2"_s.arg(path).arg(line),
                 AppTemplate::tr("This is a defect of Stackyard's app template; please report it."), {}};
}

} // namespace

Result<QString> AppTemplate::load(const QString &path)
{
    QFile file(u":/apps/"_s + path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Stackyard has no app template %1").arg(path), file.fileName(),
                     tr("This is a defect of the build: the app templates are compiled into Stackyard."), {}};
    return QString::fromUtf8(file.readAll());
}

Result<QString> AppTemplate::render(const QString &text, const QSet<QString> &conditions,
                                    const QHash<QString, QString> &values, const QString &path)
{
    static const QRegularExpression placeholder(u"\\{\\{([A-Za-z0-9_]+)\\}\\}"_s);
    QString out;
    out.reserve(text.size());
    bool inBlock = false;
    bool keep = true;
    int number = 0;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        ++number;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"#@if "_s)) {
            if (inBlock)
                return templateError(tr("'#@if' inside another '#@if' block"), path, number);
            inBlock = true;
            keep = conditions.contains(trimmed.mid(5).trimmed());
            continue;
        }
        if (trimmed == u"#@end"_s) {
            if (!inBlock)
                return templateError(tr("'#@end' without '#@if'"), path, number);
            inBlock = false;
            keep = true;
            continue;
        }
        if (!keep)
            continue;
        QString rendered;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const auto value = values.constFind(m.captured(1));
            if (value == values.cend())
                return templateError(tr("No value for {{%1}}").arg(m.captured(1)), path, number);
            rendered += QStringView(line).mid(from, m.capturedStart() - from);
            rendered += *value;
            from = m.capturedEnd();
        }
        rendered += QStringView(line).mid(from);
        out += rendered;
        if (i + 1 < lines.size())
            out += u'\n';
    }
    if (inBlock)
        return templateError(tr("'#@if' without '#@end'"), path, number);
    return out;
}

} // namespace stackyard
