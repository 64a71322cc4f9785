// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/inventoryeditcommands.h"

#include "inventory/effectivevariables.h"
#include "inventory/inventorydocument.h"
#include "yaml/yamledit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

int fail(Io &io, const Error &error)
{
    io.err << u"stackyardctl: "_s << error.toString() << '\n';
    return ExitFailure;
}

// Checks the positional arguments; prints the usage error itself.
bool expectArgs(const QCommandLineParser &parser, Io &io, const QString &command, qsizetype count)
{
    if (parser.positionalArguments().size() == count)
        return true;
    io.err << QCoreApplication::translate("stackyardctl", "stackyardctl inventory %1: expected %2 arguments, got %3")
                  .arg(command)
                  .arg(count)
                  .arg(parser.positionalArguments().size())
           << "\n\n"
           << io.usage;
    return false;
}

Result<yaml::Pointer> pointerArg(const QString &text)
{
    return yaml::Pointer::parse(text.toStdString());
}

void describeGet(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("stackyardctl", "Prints the value at a JSON Pointer: a scalar's value, or the YAML text of a mapping or list."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addPositionalArgument(u"POINTER"_s, QCoreApplication::translate("stackyardctl", "A JSON Pointer, e.g. /all/children/pg-meta/vars/pg_cluster"));
}

int runGet(const QCommandLineParser &parser, Io &io)
{
    if (!expectArgs(parser, io, u"get"_s, 2))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    InventoryDocument document;
    if (const auto opened = document.openNow(args[0]); !opened)
        return fail(io, opened.error());
    const auto pointer = pointerArg(args[1]);
    if (!pointer)
        return fail(io, pointer.error());
    const yaml::Tree &tree = document.inventory().tree();
    const yaml::Tree::Index node = pointer->resolve(tree);
    if (node == yaml::Tree::npos)
        return fail(io, Error{QCoreApplication::translate("stackyardctl", "No value at this pointer"),
                              args[0] + u": "_s + args[1], {}, {}});
    if (tree.isScalar(node)) {
        io.out << QString::fromStdString(tree.scalar(node)) << '\n';
    } else {
        const std::string_view src = tree.source(node);
        io.out << QString::fromUtf8(src.data(), qsizetype(src.size())) << '\n';
    }
    return ExitOk;
}

void describeSet(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "stackyardctl", "Sets the value at a JSON Pointer and saves the file, changing only the text it must. "
                        "Missing keys are created; /- appends to a list."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addPositionalArgument(u"POINTER"_s, QCoreApplication::translate("stackyardctl", "A JSON Pointer, e.g. /all/children/pg-meta/hosts/10.10.10.10/pg_role"));
    parser.addPositionalArgument(u"VALUE"_s, QCoreApplication::translate("stackyardctl", "The new value as YAML (omit it with --stdin)."), u"[VALUE]"_s);
    parser.addOption({u"string"_s, QCoreApplication::translate("stackyardctl", "Store VALUE as a string even if it reads as a number, boolean or null.")});
    parser.addOption({u"stdin"_s, QCoreApplication::translate("stackyardctl", "Read VALUE from standard input (for passwords: keep them off the command line).")});
}

int runSet(const QCommandLineParser &parser, Io &io)
{
    const bool fromStdin = parser.isSet(u"stdin"_s);
    if (!expectArgs(parser, io, u"set"_s, fromStdin ? 2 : 3))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    QString valueText;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(io, Error{QCoreApplication::translate("stackyardctl", "Cannot read standard input"), {}, {}, in.errorString()});
        valueText = QString::fromUtf8(in.readAll());
        if (valueText.endsWith(u'\n'))
            valueText.chop(1);
    } else {
        valueText = args[2];
    }
    InventoryDocument document;
    if (const auto opened = document.openNow(args[0]); !opened)
        return fail(io, opened.error());
    const auto pointer = pointerArg(args[1]);
    if (!pointer)
        return fail(io, pointer.error());

    const yaml::Editor editor(document.inventory().tree());
    Result<yaml::TextEdit> edit = Error{};
    if (parser.isSet(u"string"_s) || fromStdin) {
        edit = editor.setScalar(*pointer, valueText.toStdString(), true);
    } else {
        YAML::Node value;
        try {
            value = YAML::Load(valueText.toStdString());
        } catch (const YAML::Exception &e) {
            return fail(io, Error{QCoreApplication::translate("stackyardctl", "VALUE is not valid YAML"), valueText,
                                  QCoreApplication::translate("stackyardctl", "Quote it, or pass --string to store it as text."),
                                  QString::fromStdString(e.msg)});
        }
        edit = editor.set(*pointer, value);
    }
    if (!edit)
        return fail(io, Error{edit.error().what, args[0] + u": "_s + edit.error().where, edit.error().hint, {}});
    if (const auto applied = document.apply(*edit); !applied)
        return fail(io, applied.error());
    if (const auto saved = document.saveNow(); !saved)
        return fail(io, saved.error());
    return ExitOk;
}

void describeUnset(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "stackyardctl", "Removes the entry or list item at a JSON Pointer with its lines, and saves the file."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addPositionalArgument(u"POINTER"_s, QCoreApplication::translate("stackyardctl", "A JSON Pointer, e.g. /all/children/pg-meta/hosts/10.10.10.12"));
}

int runUnset(const QCommandLineParser &parser, Io &io)
{
    if (!expectArgs(parser, io, u"unset"_s, 2))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    InventoryDocument document;
    if (const auto opened = document.openNow(args[0]); !opened)
        return fail(io, opened.error());
    const auto pointer = pointerArg(args[1]);
    if (!pointer)
        return fail(io, pointer.error());
    const auto edit = yaml::Editor(document.inventory().tree()).remove(*pointer);
    if (!edit)
        return fail(io, Error{edit.error().what, args[0] + u": "_s + edit.error().where, edit.error().hint, {}});
    if (const auto applied = document.apply(*edit); !applied)
        return fail(io, applied.error());
    if (const auto saved = document.saveNow(); !saved)
        return fail(io, saved.error());
    return ExitOk;
}

void describeVars(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "stackyardctl", "Prints the variables a host gets, with Ansible's precedence (host, group, all.vars, "
                        "defaults) and where each value comes from. Secrets are masked unless --show-secrets."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addPositionalArgument(u"HOST"_s, QCoreApplication::translate("stackyardctl", "A host key, e.g. 10.10.10.10"));
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON instead of a table.")});
    parser.addOption({u"no-defaults"_s, QCoreApplication::translate("stackyardctl", "Only variables set in the file.")});
    parser.addOption({u"show-secrets"_s, QCoreApplication::translate("stackyardctl", "Print passwords and keys instead of masking them.")});
}

int runVars(const QCommandLineParser &parser, Io &io)
{
    if (!expectArgs(parser, io, u"vars"_s, 2))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    InventoryDocument document;
    if (const auto opened = document.openNow(args[0]); !opened)
        return fail(io, opened.error());
    const auto vars = EffectiveVariables::forHost(document.inventory(), args[1], !parser.isSet(u"no-defaults"_s));
    if (!vars)
        return fail(io, vars.error());
    const bool show = parser.isSet(u"show-secrets"_s);
    const auto shown = [show](const EffectiveVariable &v) {
        return v.secret && !show && !v.value.isEmpty() && !v.value.startsWith(u"${secret:"_s) ? u"********"_s : v.value;
    };
    const auto origin = [](const EffectiveVariable &v) {
        switch (v.source) {
        case EffectiveVariable::Source::Host:
            return QCoreApplication::translate("stackyardctl", "host (in %1)").arg(v.origin);
        case EffectiveVariable::Source::Group:
            return QCoreApplication::translate("stackyardctl", "group %1").arg(v.origin);
        case EffectiveVariable::Source::Global:
            return QCoreApplication::translate("stackyardctl", "all.vars");
        case EffectiveVariable::Source::Default:
            break;
        }
        return QCoreApplication::translate("stackyardctl", "default");
    };
    if (parser.isSet(u"json"_s)) {
        QJsonArray out;
        for (const EffectiveVariable &v : *vars) {
            QJsonObject o{{u"name"_s, v.name},
                          {u"value"_s, shown(v)},
                          {u"source"_s, QLatin1String(v.source == EffectiveVariable::Source::Host    ? "host"
                                                      : v.source == EffectiveVariable::Source::Group ? "group"
                                                      : v.source == EffectiveVariable::Source::Global ? "all"
                                                                                                      : "default")},
                          {u"origin"_s, v.origin},
                          {u"overrides"_s, QJsonArray::fromStringList(v.overrides)}};
            if (v.line > 0) {
                o.insert(u"line"_s, v.line);
                o.insert(u"pointer"_s, v.pointer);
            }
            out.append(o);
        }
        io.out << QJsonDocument(QJsonObject{{u"host"_s, args[1]}, {u"variables"_s, out}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    qsizetype nameWidth = 4;
    for (const EffectiveVariable &v : *vars)
        nameWidth = std::max(nameWidth, v.name.size());
    for (const EffectiveVariable &v : *vars) {
        QString value = shown(v);
        value.replace(u'\n', u' ');
        if (value.size() > 60)
            value = value.left(57) + u"..."_s;
        io.out << v.name.leftJustified(nameWidth + 2) << value.leftJustified(62) << origin(v)
               << (v.line > 0 ? u":%1"_s.arg(v.line) : QString()) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> inventoryEditCommands()
{
    return {
        {{u"inventory"_s, u"get"_s}, QCoreApplication::translate("stackyardctl", "Print the value at a JSON Pointer"), describeGet, runGet},
        {{u"inventory"_s, u"set"_s}, QCoreApplication::translate("stackyardctl", "Set a value, keeping the file's comments and layout"), describeSet, runSet},
        {{u"inventory"_s, u"unset"_s}, QCoreApplication::translate("stackyardctl", "Remove an entry or list item with its lines"), describeUnset, runUnset},
        {{u"inventory"_s, u"vars"_s}, QCoreApplication::translate("stackyardctl", "Show a host's effective variables and their sources"), describeVars, runVars},
    };
}

} // namespace stackyard::ctl
