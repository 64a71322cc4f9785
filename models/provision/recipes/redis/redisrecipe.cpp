// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/recipes/redis/redisrecipe.h"

#include "inventory/views/rediscluster.h"
#include "provision/recipes/hostcommands.h"
#include "provision/redis/redisconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// What redis-cli reads on stdin: AUTH first when there is a password, then the commands.
QByteArray cliInput(const QString &password, const QStringList &commands)
{
    QByteArray in;
    if (!password.isEmpty()) {
        QString quoted = password;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        in += "AUTH \"" + quoted.toUtf8() + "\"\n";
    }
    for (const QString &c : commands)
        in += c.toUtf8() + '\n';
    return in;
}

PlanCommand cli(const HostCommands &h, const RedisInstance &i, const QString &password, const QStringList &commands)
{
    PlanCommand c = h.root({u"redis-cli"_s, u"-h"_s, i.address, u"-p"_s, QString::number(i.port)});
    c.spec.become = false; // a client: no need for root
    const QString shown = (password.isEmpty() ? QString() : u"AUTH ••••\n"_s) + commands.join(u'\n') + u'\n';
    return HostCommands::withInput(c, cliInput(password, commands), !password.isEmpty(), shown);
}

// The last reply redis-cli printed (after the OK of AUTH).
QString lastLine(const CommandResult &r)
{
    const QStringList lines = QString::fromUtf8(r.stdoutData).split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

Result<Plan> RedisRecipe::plan(const PlanRequest &request)
{
    const Result<RedisCluster> found = RedisCluster::find(*request.inventory, request.cluster);
    if (!found)
        return found.error();
    const RedisCluster &cluster = *found;
    if (cluster.mode != u"standalone"_s)
        return Error{QCoreApplication::translate("RedisRecipe", "Redis %1 mode is not supported yet (cluster %2)").arg(cluster.mode, cluster.name),
                     request.inventory->fileName(),
                     QCoreApplication::translate("RedisRecipe", "Stackyard provisions standalone Redis with replicas (redis_mode: standalone)."), {}};
    if (cluster.instances.isEmpty())
        return Error{QCoreApplication::translate("RedisRecipe", "The Redis cluster %1 has no instances").arg(cluster.name), request.inventory->fileName(),
                     QCoreApplication::translate("RedisRecipe", "Give its hosts redis_node and redis_instances, e.g. { 6379: {} }."), {}};
    const Result<QString> password = request.password(cluster.password, cluster.name + u"/redis_password"_s);
    if (!password)
        return password.error();

    Plan plan;
    plan.title = QCoreApplication::translate("RedisRecipe", "Provision Redis cluster %1").arg(cluster.name);
    plan.target = cluster.name;
    plan.inventoryPath = request.inventory->fileName();
    plan.inventorySha256 = QCryptographicHash::hash(QByteArrayView(request.inventory->text().data(),
                                                                   qsizetype(request.inventory->text().size())),
                                                    QCryptographicHash::Sha256);
    QStringList preparedHosts;
    // Primaries first: replicas start only once what they follow runs.
    QList<const RedisInstance *> ordered = cluster.primaries();
    for (const RedisInstance &i : cluster.instances)
        if (i.isReplica())
            ordered.append(&i);
    for (const RedisInstance *ip : std::as_const(ordered)) {
        const RedisInstance &i = *ip;
        const HostFacts &facts = request.factsOf(i.hostKey);
        if (const Result<bool> ok = facts.requireSupported(); !ok)
            return ok.error();
        const HostCommands h(facts);
        const QString name = i.name(cluster.name);
        const RedisConfig::Paths paths = RedisConfig::paths(cluster, i);
        if (!preparedHosts.contains(i.hostKey)) {
            preparedHosts.append(i.hostKey);
            plan.hosts.append(i.hostKey);
            PlanStep pkg;
            pkg.id = i.hostKey + u":redis-packages"_s;
            pkg.host = i.hostKey;
            pkg.title = QCoreApplication::translate("RedisRecipe", "Install the Redis packages");
            const QStringList packages{u"redis-server"_s, u"redis-tools"_s};
            pkg.check = h.packagesInstalled(packages);
            pkg.checkText = QCoreApplication::translate("RedisRecipe", "installed: %1").arg(packages.join(u", "_s));
            pkg.commands = {h.aptInstall(packages)};
            pkg.timeoutMs = 1800000;
            plan.steps.append(pkg);
        }
        PlanStep dirs;
        dirs.id = name + u":folders"_s;
        dirs.host = i.hostKey;
        dirs.title = QCoreApplication::translate("RedisRecipe", "Folders of %1 (data %2)").arg(name, paths.dataDir);
        const QString folderCheck = uR"~(for d in "$@"; do [ -d "$d" ] && [ "$(stat -c %U "$d")" = redis ] || exit 1; done)~"_s;
        const QStringList folders{paths.dataDir, u"/var/run/redis"_s, u"/var/log/redis"_s};
        dirs.check = h.script(folderCheck, folders);
        dirs.checkText = QCoreApplication::translate("RedisRecipe", "the folders exist and belong to redis");
        dirs.commands = {h.root(QStringList{u"install"_s, u"-d"_s, u"-o"_s, u"redis"_s, u"-g"_s, u"redis"_s, u"-m"_s, u"0750"_s} + folders)};
        plan.steps.append(dirs);

        PlanStep config;
        config.id = name + u":config"_s;
        config.host = i.hostKey;
        config.title = QCoreApplication::translate("RedisRecipe", "Write the configuration of %1").arg(name);
        config.files = {{paths.configFile, RedisConfig::render(cluster, i, *password, !facts.systemd).toUtf8(), 0640,
                         u"redis:redis"_s, !password->isEmpty(), {}}};
        config.notifies = {name + u":restart"_s};
        plan.steps.append(config);

        const QString unit = u"stackyard-redis-"_s + name;
        if (facts.systemd) {
            PlanStep service;
            service.id = name + u":unit"_s;
            service.host = i.hostKey;
            service.title = QCoreApplication::translate("RedisRecipe", "systemd unit of %1").arg(name);
            service.files = {{u"/etc/systemd/system/%1.service"_s.arg(unit),
                              u"[Unit]\nDescription=Redis %1 (Stackyard)\nAfter=network.target\n\n[Service]\nType=notify\n"
                              u"User=redis\nGroup=redis\nExecStart=/usr/bin/redis-server %2 --daemonize no --supervised systemd\n"
                              u"ExecStop=/bin/kill -s TERM $MAINPID\nRuntimeDirectory=redis\nRuntimeDirectoryPreserve=yes\n"
                              u"LimitNOFILE=65535\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"_s.arg(
                                  name, paths.configFile)
                                  .toUtf8(),
                              0644, {}, false, {}}};
            service.commands = {h.root({u"systemctl"_s, u"daemon-reload"_s})};
            service.notifies = {name + u":restart"_s};
            plan.steps.append(service);
        }

        PlanStep start;
        start.id = name + u":start"_s;
        start.satisfies = {name + u":restart"_s};
        start.host = i.hostKey;
        start.title = QCoreApplication::translate("RedisRecipe", "Start %1").arg(name);
        start.check = cli(h, i, *password, {u"PING"_s});
        start.checkText = QCoreApplication::translate("RedisRecipe", "%1 answers PING").arg(name);
        start.judge = [](const CommandResult &r) {
            CheckOutcome o;
            o.satisfied = r.status.success() && lastLine(r) == u"PONG"_s;
            if (!o.satisfied)
                o.differences << QCoreApplication::translate("RedisRecipe", "no PONG (%1)").arg(lastLine(r).isEmpty() ? QString::fromUtf8(r.stderrData).trimmed() : lastLine(r));
            return o;
        };
        start.commands = {facts.systemd ? h.root({u"systemctl"_s, u"enable"_s, u"--now"_s, unit})
                                        : h.as(u"redis"_s, {u"redis-server"_s, paths.configFile})};
        // A daemonised redis-server returns before it listens; under load that takes a moment.
        start.settleMs = 15000;
        plan.steps.append(start);

        PlanStep restart;
        restart.id = name + u":restart"_s;
        restart.host = i.hostKey;
        restart.kind = PlanStep::Kind::Handler;
        restart.title = QCoreApplication::translate("RedisRecipe", "Restart %1 for its new configuration").arg(name);
        if (facts.systemd) {
            restart.commands = {h.root({u"systemctl"_s, u"restart"_s, unit})};
        } else {
            // SHUTDOWN (saving when persistence is on) through redis-cli on stdin, wait for the
            // pid to go, start again with the new file.
            PlanCommand stopStart = h.script(
                uR"~(pid=$(cat "$1" 2>/dev/null); redis-cli -h "$2" -p "$3" >/dev/null 2>&1
for n in $(seq 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
runuser -u redis -- redis-server "$4")~"_s,
                {paths.pidFile, i.address, QString::number(i.port), paths.configFile});
            restart.commands = {HostCommands::withInput(stopStart, cliInput(*password, {u"SHUTDOWN"_s}), !password->isEmpty(),
                                                        (password->isEmpty() ? QString() : u"AUTH ••••\n"_s) + u"SHUTDOWN\n"_s)};
        }
        plan.steps.append(restart);
    }

    // The proof: every replica is linked to its primary and sees a key written there.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = u"stackyard:replication-check"_s;
    for (const RedisInstance &i : cluster.instances) {
        if (!i.isReplica())
            continue;
        const RedisInstance *upstream = cluster.upstreamOf(i);
        if (!upstream)
            return Error{QCoreApplication::translate("RedisRecipe", "%1 is a replica of %2, which is not an instance of %3").arg(i.name(cluster.name), i.replicaOf, cluster.name),
                         i.pointer, QCoreApplication::translate("RedisRecipe", "replica_of must name an instance of the cluster as 'IP PORT'."), {}};
        const HostCommands h(request.factsOf(i.hostKey));
        const HostCommands hp(request.factsOf(upstream->hostKey));
        PlanStep linked;
        linked.id = u"verify:link:"_s + i.name(cluster.name);
        linked.host = i.hostKey;
        linked.kind = PlanStep::Kind::Verify;
        linked.title = QCoreApplication::translate("RedisRecipe", "%1 replicates %2 (INFO replication)").arg(i.name(cluster.name), upstream->name(cluster.name));
        // redis-cli reads the AUTH and the command on stdin: keep them for every try.
        PlanCommand wait = h.script(uR"~(input=$(cat); for n in $(seq 120); do
  out=$(printf '%s\n' "$input" | redis-cli -h "$1" -p "$2" 2>/dev/null)
  case "$out" in *master_link_status:up*) exit 0;; esac
  sleep 0.5
done; echo "the replica's link to its primary is not up after 60 s" >&2; exit 1)~"_s,
                        {i.address, QString::number(i.port)});
        linked.commands = {HostCommands::withInput(wait, cliInput(*password, {u"INFO replication"_s}), !password->isEmpty(),
                                                   (password->isEmpty() ? QString() : u"AUTH ••••\n"_s) + u"INFO replication\n"_s)};
        plan.steps.append(linked);

        PlanStep write;
        write.id = u"verify:write:"_s + i.name(cluster.name);
        write.host = upstream->hostKey;
        write.kind = PlanStep::Kind::Verify;
        write.title = QCoreApplication::translate("RedisRecipe", "Write a check key on %1").arg(upstream->name(cluster.name));
        write.commands = {cli(hp, *upstream, *password, {u"SET %1 %2 EX 600"_s.arg(key, token)})};
        plan.steps.append(write);

        PlanStep read;
        read.id = u"verify:read:"_s + i.name(cluster.name);
        read.host = i.hostKey;
        read.kind = PlanStep::Kind::Verify;
        read.title = QCoreApplication::translate("RedisRecipe", "Read the check key back on %1").arg(i.name(cluster.name));
        PlanCommand poll = h.script(uR"~(input=$(cat); for n in $(seq 120); do
  out=$(printf '%s\n' "$input" | redis-cli -h "$1" -p "$2" 2>/dev/null | tail -n 1)
  [ "$out" = "$3" ] && exit 0
  sleep 0.5
done; echo "the key written on the primary did not arrive within 60 s" >&2; exit 1)~"_s,
                                    {i.address, QString::number(i.port), token});
        read.commands = {HostCommands::withInput(poll, cliInput(*password, {u"GET "_s + key}), !password->isEmpty(),
                                                 (password->isEmpty() ? QString() : u"AUTH ••••\n"_s) + u"GET "_s + key + u'\n')};
        plan.steps.append(read);
    }
    if (!request.limitHost.isEmpty()) {
        plan.steps.removeIf([&](const PlanStep &s) { return s.host != request.limitHost; });
        plan.hosts = {request.limitHost};
    }
    return plan;
}

} // namespace stackyard
