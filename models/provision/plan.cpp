// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/plan.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString kindKey(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Change:
        return u"change"_s;
    case PlanStep::Kind::Handler:
        return u"handler"_s;
    case PlanStep::Kind::Verify:
        break;
    }
    return u"verify"_s;
}

QString fileContent(const PlanFile &f)
{
    if (f.secret && !f.maskedContent.isEmpty())
        return QString::fromUtf8(f.maskedContent);
    if (f.secret)
        return QCoreApplication::translate("Plan", "(%n bytes, holds secrets: not shown)", nullptr, int(f.content.size()));
    return QString::fromUtf8(f.content);
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(u'\n');
}

} // namespace

QString PlanCommand::previewText() const
{
    QString text = spec.displayText();
    if (spec.become)
        text.prepend(u"[sudo%1] "_s.arg(spec.becomeUser.isEmpty() ? QString() : u" -u "_s + spec.becomeUser));
    for (const auto &[name, value] : spec.environment)
        text.prepend(u"%1=%2 "_s.arg(name, secretInput ? u"••••"_s : value));
    if (!spec.stdinData.isEmpty()) {
        const QString input = secretInput ? (maskedInput.isEmpty() ? QCoreApplication::translate("Plan", "(%n bytes, holds secrets: not shown)", nullptr,
                                                                        int(spec.stdinData.size()))
                                                                   : maskedInput)
                                          : QString::fromUtf8(spec.stdinData);
        text += u" <<EOF\n"_s + input + (input.endsWith(u'\n') ? QString() : u"\n"_s) + u"EOF"_s;
    }
    return text;
}

const PlanStep *Plan::step(const QString &id) const
{
    for (const PlanStep &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString Plan::previewText() const
{
    QString out = title + u'\n';
    int n = 0;
    for (const PlanStep &s : steps) {
        out += u"\n%1. [%2] %3"_s.arg(++n).arg(s.host, s.title);
        if (s.kind == PlanStep::Kind::Handler)
            out += QCoreApplication::translate("Plan", " (only when notified)");
        if (s.kind == PlanStep::Kind::Verify)
            out += QCoreApplication::translate("Plan", " (verification)");
        out += u'\n';
        if (s.check)
            out += QCoreApplication::translate("Plan", "   check: %1").arg(s.checkText.isEmpty() ? QCoreApplication::translate("Plan", "the command succeeds") : s.checkText) + u'\n'
                   + indent(s.check->previewText(), u"     $ "_s) + u'\n';
        for (const PlanFile &f : s.files)
            out += QCoreApplication::translate("Plan", "   file %1 (mode %2%3):").arg(f.path, QString::number(f.mode, 8),
                                                    f.owner.isEmpty() ? QString() : u", owner "_s + f.owner)
                   + u'\n' + indent(fileContent(f), u"     | "_s) + u'\n';
        for (const PlanCommand &c : s.commands)
            out += indent(c.previewText(), u"   $ "_s) + u'\n';
        if (!s.notifies.isEmpty())
            out += QCoreApplication::translate("Plan", "   then: %1").arg(s.notifies.join(u", "_s)) + u'\n';
    }
    return out;
}

QJsonObject Plan::toJson() const
{
    QJsonArray stepList;
    for (const PlanStep &s : steps) {
        QJsonArray commands, files;
        for (const PlanCommand &c : s.commands)
            commands.append(c.previewText());
        for (const PlanFile &f : s.files)
            files.append(QJsonObject{{u"path"_s, f.path}, {u"mode"_s, QString::number(f.mode, 8)}, {u"owner"_s, f.owner},
                                     {u"secret"_s, f.secret}, {u"content"_s, fileContent(f)}});
        QJsonObject o{{u"id"_s, s.id}, {u"host"_s, s.host}, {u"title"_s, s.title}, {u"kind"_s, kindKey(s.kind)},
                      {u"commands"_s, commands}, {u"files"_s, files},
                      {u"notifies"_s, QJsonArray::fromStringList(s.notifies)}};
        if (s.check)
            o.insert(u"check"_s, QJsonObject{{u"command"_s, s.check->previewText()}, {u"compares"_s, s.checkText}});
        stepList.append(o);
    }
    return {{u"title"_s, title}, {u"target"_s, target}, {u"inventory"_s, inventoryPath},
            {u"inventory_sha256"_s, QString::fromLatin1(inventorySha256.toHex())},
            {u"hosts"_s, QJsonArray::fromStringList(hosts)}, {u"steps"_s, stepList}};
}

} // namespace stackyard
