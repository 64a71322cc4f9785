// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/recipes/compose/composerecipe.h"

#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/apps/apprenderer.h"
#include "provision/recipes/hostcommands.h"
#include "transport/shellquote.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// One command that passes when one of the alternatives does.
PlanCommand anyOf(const HostCommands &h, const QList<QStringList> &alternatives)
{
    if (alternatives.size() == 1)
        return h.root(alternatives.constFirst());
    QStringList lines;
    for (const QStringList &argv : alternatives)
        lines << shellQuote(argv);
    return h.root({u"sh"_s, u"-c"_s, lines.join(u" || "_s)});
}

void addStack(Plan &plan, const AppStack &stack, const QString &hostKey, const HostFacts &facts)
{
    const HostCommands h(facts);
    const QString id = stack.group + u'/' + stack.app;
    for (const AppStack::Check &c : stack.checks) {
        PlanStep check;
        check.id = id + u":check:"_s + c.id;
        check.host = hostKey;
        check.kind = PlanStep::Kind::Verify;
        check.title = c.description;
        check.commands = {anyOf(h, c.argvs)};
        check.failure = c.failure.arg(hostKey);
        check.failureHint = c.hint;
        plan.steps.append(check);
    }

    PlanStep dirs;
    dirs.id = id + u":folders"_s;
    dirs.host = hostKey;
    dirs.title = QCoreApplication::translate("ComposeRecipe", "Folders of %1").arg(stack.app);
    QStringList paths;
    for (const AppStack::Directory &d : stack.directories) {
        paths << d.path;
        QStringList install{u"install"_s, u"-d"_s, u"-m"_s, QString::number(d.mode, 8)};
        if (!d.owner.isEmpty())
            install << u"-o"_s << d.owner.section(u':', 0, 0);
        dirs.commands.append(h.root(install + QStringList{d.path}));
    }
    dirs.check = h.script(uR"~(for d in "$@"; do [ -d "$d" ] || exit 1; done)~"_s, paths);
    dirs.checkText = QCoreApplication::translate("ComposeRecipe", "the folders exist");
    plan.steps.append(dirs);

    PlanStep files;
    files.id = id + u":files"_s;
    files.host = hostKey;
    files.title = QCoreApplication::translate("ComposeRecipe", "Compose files of %1 in %2").arg(stack.app, stack.directory);
    for (const AppStack::File &f : stack.files)
        files.files.append({stack.directory + u'/' + f.path, f.content, f.mode, {}, f.secret, f.maskedContent});
    files.notifies = {id + u":up"_s};
    plan.steps.append(files);

    const bool legacy = facts.compose == u"v1"_s;
    const QStringList upArgv = legacy ? stack.composeUpLegacy : stack.composeUp;
    const QStringList configArgv = legacy ? stack.composeConfigLegacy : stack.composeConfig;
    // Every service of the project is running: else `up -d` starts what is missing.
    QStringList base = configArgv.mid(0, configArgv.indexOf(u"config"_s));
    PlanStep up;
    up.id = id + u":up"_s;
    up.host = hostKey;
    up.title = QCoreApplication::translate("ComposeRecipe", "Start %1 (compose up -d)").arg(stack.app);
    up.check = h.script(uR"~(want=$("$@" config --services | sort) && have=$("$@" ps --services --filter status=running | sort) && [ -n "$want" ] && [ "$want" = "$have" ])~"_s,
                        base);
    up.checkText = QCoreApplication::translate("ComposeRecipe", "every service of the project is running");
    up.commands = {h.root(configArgv), h.root(upArgv)};
    up.timeoutMs = 1800000; // pulling images takes its time
    plan.steps.append(up);

    PlanStep health;
    health.id = id + u":health"_s;
    health.host = hostKey;
    health.kind = PlanStep::Kind::Verify;
    health.title = QCoreApplication::translate("ComposeRecipe", "%1 answers at %2").arg(stack.app, stack.healthUrl);
    health.commands = {h.script(uR"~(for i in $(seq 150); do
  if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null --max-time 5 "$1" && exit 0
  elif command -v wget >/dev/null 2>&1; then wget -q -O /dev/null -T 5 "$1" && exit 0
  else echo "neither curl nor wget is installed to poll $1" >&2; exit 1; fi
  sleep 2
done; echo "$1 did not answer 200 within 5 minutes" >&2; exit 1)~"_s,
                                {stack.localHealthUrl})};
    health.timeoutMs = 400000;
    plan.steps.append(health);
    if (!plan.hosts.contains(hostKey))
        plan.hosts.append(hostKey);
}

} // namespace

Result<Plan> ComposeRecipe::plan(const PlanRequest &request)
{
    const Inventory &inventory = *request.inventory;
    for (const AppGroup &group : AppGroup::all(inventory)) {
        if (group.group != request.cluster)
            continue;
        const QString hostKey = group.hosts.value(0);
        const HostFacts &facts = request.factsOf(hostKey);
        if (const Result<bool> ok = facts.requireSupported(); !ok)
            return ok.error();
        const QList<PgCluster> pg = PgCluster::all(inventory);
        const QList<RedisCluster> redis = RedisCluster::all(inventory);
        // Read the secrets the renders refer to, then render.
        QHash<QString, QString> secrets;
        for (const AppDefinition &app : group.apps) {
            const AppRenderer collector(pg, redis, {});
            for (const QString &reference : collector.secretReferences(group, app)) {
                const Result<QString> value = request.password(reference, group.group + u'/' + app.name);
                if (!value)
                    return value.error();
                secrets.insert(reference, *value);
            }
        }
        const AppRenderer renderer(pg, redis, secrets);
        Plan plan;
        plan.title = QCoreApplication::translate("ComposeRecipe", "Provision the apps of %1").arg(group.group);
        plan.target = group.group;
        plan.inventoryPath = inventory.fileName();
        plan.inventorySha256 = QCryptographicHash::hash(QByteArrayView(inventory.text().data(), qsizetype(inventory.text().size())),
                                                        QCryptographicHash::Sha256);
        for (const AppDefinition &app : group.apps) {
            const Result<AppStack> stack = renderer.render(group, app);
            if (!stack)
                return stack.error();
            addStack(plan, *stack, hostKey, facts);
        }
        if (plan.steps.isEmpty())
            return Error{QCoreApplication::translate("ComposeRecipe", "The app group %1 defines no app").arg(group.group),
                         inventory.fileName(), QCoreApplication::translate("ComposeRecipe", "Add one under its apps: (dify, open-webui)."), {}};
        return plan;
    }
    return Error{QCoreApplication::translate("ComposeRecipe", "There is no app group %1 in the inventory").arg(request.cluster),
                 inventory.fileName(), {}, {}};
}

} // namespace stackyard
