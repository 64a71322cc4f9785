// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/inventorycommands.h"

#include "inventory/inventoryloader.h"
#include "inventory/validation/validator.h"
#include "inventory/views/instancesummary.h"
#include "yaml/yamltree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace stackyard::ctl {

namespace {

void describeList(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("stackyardctl", "Lists the clusters (groups) of an inventory with their kind and hosts."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON instead of a table.")});
}

QJsonObject toJson(const InventoryOverview &overview, const QHash<QString, QList<InstanceSummary>> &instances)
{
    QJsonArray clusters;
    for (const InventoryOverview::Group &group : overview.groups) {
        QJsonArray hosts;
        for (const InventoryOverview::Host &host : group.hosts)
            hosts.append(QJsonObject{{u"key"_s, host.key},
                                     {u"address"_s, host.address},
                                     {u"connection"_s, host.local ? u"local"_s : u"ssh"_s}});
        QJsonArray members;
        for (const InstanceSummary &i : instances.value(group.name)) {
            QJsonObject j{{u"name"_s, i.name}, {u"host"_s, i.host}};
            if (i.port)
                j.insert(u"port"_s, i.port);
            if (!i.role.isEmpty())
                j.insert(u"role"_s, i.role);
            members.append(j);
        }
        clusters.append(QJsonObject{{u"name"_s, group.name}, {u"kind"_s, clusterKindKey(group.kind)}, {u"hosts"_s, hosts},
                                    {u"instances"_s, members}});
    }
    return {{u"file"_s, overview.path}, {u"clusters"_s, clusters}};
}

int runList(const QCommandLineParser &parser, Io &io)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl inventory list: expected one FILE, got %n", nullptr,
                                              int(files.size()))
               << "\n\n"
               << io.usage;
        return ExitUsage;
    }
    const Result<Inventory> inventory = InventoryLoader::loadNow(files.constFirst());
    if (!inventory) {
        io.err << u"stackyardctl: "_s << inventory.error().toString() << '\n';
        return ExitFailure;
    }
    const std::optional<InventoryOverview> overview = inventory->overview();
    const QHash<QString, QList<InstanceSummary>> instances = instancesByGroup(*inventory);
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(toJson(*overview, instances)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    qsizetype nameWidth = 9;
    qsizetype kindWidth = 6;
    qsizetype hostsWidth = 7;
    QHash<QString, QString> hostColumn;
    for (const InventoryOverview::Group &g : overview->groups) {
        QStringList hosts;
        for (const InventoryOverview::Host &h : g.hosts)
            hosts << (h.local ? h.key + QCoreApplication::translate("stackyardctl", " (local)") : h.key);
        hostColumn.insert(g.name, hosts.join(u", "_s));
        nameWidth = std::max(nameWidth, g.name.size() + 2);
        kindWidth = std::max(kindWidth, clusterKindName(g.kind).size() + 2);
        hostsWidth = std::max(hostsWidth, hostColumn.value(g.name).size() + 2);
    }
    io.out << QCoreApplication::translate("stackyardctl", "CLUSTER").leftJustified(nameWidth)
           << QCoreApplication::translate("stackyardctl", "KIND").leftJustified(kindWidth)
           << QCoreApplication::translate("stackyardctl", "HOSTS").leftJustified(hostsWidth)
           << QCoreApplication::translate("stackyardctl", "INSTANCES") << '\n';
    for (const InventoryOverview::Group &g : overview->groups) {
        QStringList members;
        for (const InstanceSummary &i : instances.value(g.name))
            members << (i.role.isEmpty() || i.role == u"primary"_s ? i.name : u"%1 (%2)"_s.arg(i.name, i.role));
        io.out << g.name.leftJustified(nameWidth) << clusterKindName(g.kind).leftJustified(kindWidth)
               << hostColumn.value(g.name).leftJustified(hostsWidth) << members.join(u", "_s) << '\n';
    }
    return ExitOk;
}

void describeCheck(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "stackyardctl", "Checks an inventory: YAML syntax, identities, users, databases, HBA rules, Redis, hosts and "
                        "secrets. Prints one finding per line as FILE:LINE:COLUMN: error|warning: message. Exits 0 "
                        "without errors, 2 with errors, 1 when the file cannot be read."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("stackyardctl", "The inventory (YAML)."));
    parser.addOption({u"json"_s, QCoreApplication::translate("stackyardctl", "Print JSON instead of lines.")});
    parser.addOption({u"errors-only"_s, QCoreApplication::translate("stackyardctl", "Leave warnings out.")});
}

int runCheck(const QCommandLineParser &parser, Io &io)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << QCoreApplication::translate("stackyardctl", "stackyardctl inventory check: expected one FILE, got %n", nullptr,
                                              int(files.size()))
               << "\n\n"
               << io.usage;
        return ExitUsage;
    }
    const QString &file = files.constFirst();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        io.err << u"stackyardctl: "_s
               << Error{QCoreApplication::translate("InventoryLoader", "Cannot read the inventory file"), file,
                        QCoreApplication::translate("InventoryLoader", "Check that the file exists and that you may read it."),
                        in.errorString()}
                      .toString()
               << '\n';
        return ExitFailure;
    }
    Findings findings;
    Result<yaml::Tree> tree = yaml::Tree::parse(in.readAll().toStdString(), file.toStdString());
    if (!tree) {
        // A syntax error is reported like any finding, at the position yaml-cpp gives.
        const Finding f = Finding::fromSyntaxError(tree.error(), file);
        findings.append(f);
    } else {
        findings = Validator::check(*tree, file);
    }
    if (parser.isSet(u"errors-only"_s))
        findings.removeIf([](const Finding &f) { return !f.isError(); });
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
    if (parser.isSet(u"json"_s)) {
        QJsonArray out;
        for (const Finding &f : std::as_const(findings))
            out.append(QJsonObject{{u"severity"_s, f.isError() ? u"error"_s : u"warning"_s},
                                   {u"line"_s, f.line},
                                   {u"column"_s, f.column},
                                   {u"message"_s, f.message},
                                   {u"pointer"_s, f.pointer},
                                   {u"rule"_s, f.rule}});
        io.out << QJsonDocument(QJsonObject{{u"file"_s, file}, {u"findings"_s, out}}).toJson(QJsonDocument::Indented);
    } else {
        for (const Finding &f : std::as_const(findings))
            io.out << f.toString() << '\n';
        io.err << QCoreApplication::translate("stackyardctl", "%1: %2 error(s), %3 warning(s)")
                      .arg(file)
                      .arg(errors)
                      .arg(findings.size() - errors)
               << '\n';
    }
    return errors > 0 ? ExitUsage : ExitOk;
}

} // namespace

QList<Command> inventoryCommands()
{
    return {
        {{u"inventory"_s, u"check"_s},
         QCoreApplication::translate("stackyardctl", "Check an inventory and print its findings with their positions"),
         describeCheck,
         runCheck},
        {{u"inventory"_s, u"list"_s},
         QCoreApplication::translate("stackyardctl", "List the clusters of an inventory"),
         describeList,
         runList},
    };
}

} // namespace stackyard::ctl
