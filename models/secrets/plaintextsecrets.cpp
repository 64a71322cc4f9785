// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/plaintextsecrets.h"

#include "inventory/effectivevariables.h"
#include "inventory/validation/secretrules.h"
#include "secrets/secretref.h"
#include "yaml/yamlpointer.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = yaml::Tree::Index;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

// The value of key in map as a string, "" when absent or not a scalar.
QString scalarIn(const yaml::Tree &t, Index map, std::string_view key)
{
    if (!t.isMap(map))
        return {};
    const Index v = t.find(map, key);
    return t.isScalar(v) ? str(t.scalar(v)) : QString();
}

// The cluster name a value under /all/children/<group>/… belongs to: the host's or the group's
// pg_cluster / redis_cluster / minio_cluster, else the group's name.
QString ownerOf(const Inventory &inventory, const std::vector<std::string> &tokens)
{
    const QString group = str(tokens[2]);
    const Inventory::Group *g = inventory.group(group);
    if (!g)
        return group;
    const yaml::Tree &t = inventory.tree();
    static constexpr std::string_view markers[] = { "pg_cluster", "redis_cluster", "minio_cluster" };
    if (tokens.size() > 4 && tokens[3] == "hosts") {
        const Index host = inventory.hostVars(*g, str(tokens[4]));
        for (std::string_view m : markers)
            if (const QString c = scalarIn(t, host, m); !c.isEmpty())
                return c;
    }
    for (std::string_view m : markers)
        if (const QString c = scalarIn(t, g->vars, m); !c.isEmpty())
            return c;
    return group;
}

bool isUnderAppConf(const std::vector<std::string> &tokens)
{
    // …/vars/apps/<app>/conf/<KEY>
    const std::size_t n = tokens.size();
    return n >= 4 && tokens[n - 2] == "conf" && tokens[n - 4] == "apps";
}

} // namespace

bool PlaintextSecrets::isSecretKey(QStringView key)
{
    const QString lower = key.toString().toLower();
    return EffectiveVariables::isSecretName(lower) || SecretRules::isPasswordKey(lower.toStdString());
}

bool PlaintextSecrets::isPlaintext(std::string_view value)
{
    return !SecretRules::isProtected(value);
}

QList<PlaintextSecrets::Item> PlaintextSecrets::find(const Inventory &inventory)
{
    const yaml::Tree &t = inventory.tree();
    QString stem = QFileInfo(inventory.fileName()).completeBaseName();
    if (stem.isEmpty())
        stem = u"all"_s;

    // Names the file already refers to are taken.
    QSet<QString> referenced;
    for (Index i = 0; i < Index(t.size()); ++i) {
        if (t.isScalar(i))
            if (const auto name = SecretRef::parse(str(t.scalar(i))))
                referenced.insert(*name);
    }

    QList<Item> items;
    std::vector<bool> appConf;
    for (Index map = 0; map < Index(t.size()); ++map) {
        if (!t.isMap(map))
            continue;
        for (std::size_t e = 0; e < t.entryCount(map); ++e) {
            const Index key = t.keyAt(map, e);
            const Index value = t.valueAt(map, e);
            if (!t.isScalar(key) || !t.isScalar(value))
                continue;
            const QString keyText = str(t.scalar(key));
            if (!isSecretKey(keyText) || !isPlaintext(t.scalar(value)))
                continue;

            Item item;
            const yaml::Pointer pointer = yaml::Pointer::of(t, value);
            const std::vector<std::string> &tokens = pointer.tokens();
            item.pointer = str(pointer.toString());
            const auto [line, column] = inventory.position(value);
            item.line = line;
            item.column = column;
            item.key = keyText;
            item.value = str(t.scalar(value));
            const bool inGroup = tokens.size() > 3 && tokens[0] == "all" && tokens[1] == "children";
            item.owner = inGroup ? ownerOf(inventory, tokens) : stem;

            // A password inside a list item belongs to that item's user, access key or monitored
            // cluster (redis_sentinel_monitor: the monitored cluster's redis_password).
            QString field = keyText.toLower();
            const Index parent = t.node(map).parent;
            if (t.isSeq(parent)) {
                const Index listKey = t.keyOf(parent);
                const bool sentinel = listKey != yaml::Tree::npos && t.scalar(listKey) == "redis_sentinel_monitor";
                if (sentinel && !scalarIn(t, map, "name").isEmpty()) {
                    item.owner = scalarIn(t, map, "name");
                    field = u"redis_password"_s;
                } else {
                    for (std::string_view who : { "name", "access_key", "username", "user" }) {
                        item.user = scalarIn(t, map, who);
                        if (!item.user.isEmpty())
                            break;
                    }
                }
            } else if (keyText == u"s3_key_secret"_s) {
                item.user = scalarIn(t, map, "s3_key");
            }
            item.suggestedName = SecretRef::suggestName(item.owner, field, item.user);
            items.append(item);
            appConf.push_back(isUnderAppConf(tokens));
        }
    }

    // The tree lists maps in document order, but entries of nested maps interleave: sort by place.
    QList<int> order(items.size());
    for (int i = 0; i < items.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::pair(items[a].line, items[a].column) < std::pair(items[b].line, items[b].column);
    });
    QList<Item> sorted;
    std::vector<bool> sortedAppConf;
    for (int i : std::as_const(order)) {
        sorted.append(items[i]);
        sortedAppConf.push_back(appConf[std::size_t(i)]);
    }

    // An app's password equal to a user's or a cluster's password follows that one's name.
    QHash<QString, QString> nameOfValue; // value -> name, of passwords outside app confs
    for (int i = 0; i < sorted.size(); ++i)
        if (!sortedAppConf[std::size_t(i)] && !nameOfValue.contains(sorted[i].value))
            nameOfValue.insert(sorted[i].value, sorted[i].suggestedName);
    for (int i = 0; i < sorted.size(); ++i)
        if (sortedAppConf[std::size_t(i)] && nameOfValue.contains(sorted[i].value))
            sorted[i].suggestedName = nameOfValue.value(sorted[i].value);

    // One name, one value: share a name for an equal value, number a clash.
    QHash<QString, QString> valueOfName;
    QHash<QString, QString> renamed; // "natural name\nvalue" -> the unique name given to it
    for (Item &item : sorted) {
        const QString natural = item.suggestedName;
        const QString pairKey = natural + u'\n' + item.value;
        if (const auto it = renamed.constFind(pairKey); it != renamed.cend()) {
            item.suggestedName = *it;
            continue;
        }
        QString name = natural;
        for (int n = 2;
             referenced.contains(name) || (valueOfName.contains(name) && valueOfName.value(name) != item.value); ++n) {
            name = natural.left(SecretRef::maxNameLength - 4) + u'-' + QString::number(n);
        }
        valueOfName.insert(name, item.value);
        renamed.insert(pairKey, name);
        item.suggestedName = name;
    }
    return sorted;
}

} // namespace stackyard
