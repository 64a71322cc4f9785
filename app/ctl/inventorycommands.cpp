// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/inventorycommands.h"

#include "inventory/inventoryloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QJsonObject toJson(const InventoryOverview &overview)
{
    QJsonArray clusters;
    for (const InventoryOverview::Group &group : overview.groups) {
        QJsonArray hosts;
        for (const InventoryOverview::Host &host : group.hosts)
            hosts.append(QJsonObject{{u"key"_s, host.key},
                                     {u"address"_s, host.address},
                                     {u"connection"_s, host.local ? u"local"_s : u"ssh"_s}});
        clusters.append(QJsonObject{{u"name"_s, group.name}, {u"kind"_s, clusterKindKey(group.kind)}, {u"hosts"_s, hosts}});
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
    const Result<InventoryOverview> overview = InventoryLoader::loadNow(files.constFirst());
    if (!overview) {
        io.err << u"stackyardctl: "_s << overview.error().toString() << '\n';
        return ExitFailure;
    }
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(toJson(*overview)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    qsizetype nameWidth = 7;
    qsizetype kindWidth = 6;
    for (const InventoryOverview::Group &g : overview->groups) {
        nameWidth = std::max(nameWidth, g.name.size() + 2);
        kindWidth = std::max(kindWidth, clusterKindName(g.kind).size() + 2);
    }
    io.out << QCoreApplication::translate("stackyardctl", "CLUSTER").leftJustified(nameWidth)
           << QCoreApplication::translate("stackyardctl", "KIND").leftJustified(kindWidth)
           << QCoreApplication::translate("stackyardctl", "HOSTS") << '\n';
    for (const InventoryOverview::Group &g : overview->groups) {
        QStringList hosts;
        for (const InventoryOverview::Host &h : g.hosts)
            hosts << (h.local ? h.key + QCoreApplication::translate("stackyardctl", " (local)") : h.key);
        io.out << g.name.leftJustified(nameWidth) << clusterKindName(g.kind).leftJustified(kindWidth)
               << hosts.join(u", "_s) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> inventoryCommands()
{
    return {
        {{u"inventory"_s, u"list"_s},
         QCoreApplication::translate("stackyardctl", "List the clusters of an inventory"),
         describeList,
         runList},
    };
}

} // namespace stackyard::ctl
