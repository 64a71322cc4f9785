// SPDX-License-Identifier: GPL-3.0-or-later
// Plans from the recipes, with the facts of made-up hosts: the steps and their order, what the
// preview shows (every command and file) and what it never shows (a password), --limit,
// --user, --database, unsupported hosts and missing packages.
#include "inventory/inventory.h"
#include "provision/planrequest.h"
#include "provision/recipes/postgres/postgresrecipe.h"
#include "provision/provisionrunner.h"
#include "provision/recipes/compose/composerecipe.h"
#include "provision/recipes/redis/redisrecipe.h"
#include "transport/hostsettings.h"
#include "transport/transport.h"

#include <QFile>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

const char *kInventory = "all:\n"
                         "  children:\n"
                         "    pg-test:\n"
                         "      hosts:\n"
                         "        10.0.0.1: { pg_seq: 1, pg_role: primary, pg_data: /srv/pg1 }\n"
                         "        10.0.0.2: { pg_seq: 2, pg_role: replica, pg_data: /srv/pg2, pg_port: 5434 }\n"
                         "      vars:\n"
                         "        pg_cluster: pg-test\n"
                         "        pg_port: 5433\n"
                         "        pg_version: 15\n"
                         "        pg_users:\n"
                         "          - { name: app ,password: '${secret:pg-test/app}' ,roles: [ dbrole_readwrite ] }\n"
                         "          - { name: ops ,password: 'Plain.Ops#1' }\n"
                         "        pg_databases:\n"
                         "          - { name: app ,owner: app ,extensions: [ pg_trgm, vector ] }\n"
                         "          - { name: misc ,owner: ops }\n"
                         "        pg_hba_rules:\n"
                         "          - { user: app ,db: app ,addr: localhost ,auth: pwd ,title: app }\n"
                         "    redis-test:\n"
                         "      hosts:\n"
                         "        10.0.0.1: { redis_node: 1, redis_instances: { 6379: {}, 6380: { replica_of: '10.0.0.1 6379' } } }\n"
                         "      vars: { redis_cluster: redis-test, redis_password: 'R.pass w0rd', redis_max_memory: 64MB }\n"
                         "  vars:\n"
                         "    admin_ip: 10.0.0.1\n"
                         "    pg_replication_password: 'Repl.Secret'\n";

HostFacts debian(const QString &host, bool systemd = false)
{
    HostFacts f;
    f.host = host;
    f.osId = u"debian"_s;
    f.osVersion = u"12"_s;
    f.osName = u"Debian GNU/Linux 12 (bookworm)"_s;
    f.apt = true;
    f.root = true;
    f.memoryBytes = qint64(4) << 30;
    f.cores = 2;
    f.systemd = systemd;
    return f;
}

PlanRequest request(const Inventory &inv, const QString &cluster)
{
    PlanRequest r;
    r.inventory = &inv;
    r.cluster = cluster;
    r.facts = {{u"10.0.0.1"_s, debian(u"10.0.0.1"_s)}, {u"10.0.0.2"_s, debian(u"10.0.0.2"_s)}};
    r.reveal = [](const QString &value, const QString &) -> Result<QString> {
        return value == u"${secret:pg-test/app}"_s ? u"App.Secret-42"_s : value;
    };
    return r;
}

QStringList ids(const Plan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps)
        out << s.id;
    return out;
}

} // namespace

class TestProvisionPlan : public QObject
{
    Q_OBJECT

private:
    Inventory mInventory = *Inventory::parse(kInventory, u"test.yml"_s);

private slots:
    void postgresClusterSteps()
    {
        const auto plan = PostgresRecipe::plan(request(mInventory, u"pg-test"_s));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        const QStringList steps = ids(*plan);
        // The primary first, its roles and databases, then the replica from its data, then the proof.
        const QStringList expectedOrder{u"pg-test-1:packages"_s, u"pg-test-1:cluster"_s, u"pg-test-1:config"_s,
                                        u"pg-test-1:hba"_s, u"pg-test-1:start"_s, u"pg-test-1:restart"_s,
                                        u"pg-test-1:role:replicator"_s, u"pg-test-1:role:app"_s,
                                        u"pg-test-1:slot:pg_test_2"_s, u"pg-test-1:database:app"_s,
                                        u"pg-test-1:database:app:objects"_s, u"pg-test-2:packages"_s,
                                        u"pg-test-2:basebackup"_s, u"pg-test-2:start"_s, u"verify:streaming:pg-test-2"_s,
                                        u"verify:write:pg-test-1"_s, u"verify:read:pg-test-2"_s};
        qsizetype at = -1;
        for (const QString &id : expectedOrder) {
            const qsizetype found = steps.indexOf(id);
            QVERIFY2(found > at, qPrintable(id + u" out of order in: "_s + steps.join(u", "_s)));
            at = found;
        }
        QCOMPARE(plan->hosts, QStringList({u"10.0.0.1"_s, u"10.0.0.2"_s}));
        // pgvector's package is asked for; pg_trgm is in the server package.
        const PlanStep *pkg = plan->step(u"pg-test-1:packages"_s);
        QVERIFY(pkg->commands.at(0).spec.argv.contains(u"postgresql-15-pgvector"_s));
        QVERIFY(!pkg->commands.at(0).spec.argv.join(u' ').contains(u"trgm"_s));
        // The replica follows the primary at its own port and data.
        const PlanStep *config = plan->step(u"pg-test-2:config"_s);
        const QString conf = QString::fromUtf8(config->files.at(0).content);
        QVERIFY(conf.contains(u"port = '5434'"_s));
        QVERIFY(conf.contains(u"primary_conninfo = 'host=10.0.0.1 port=5433 user=replicator"_s));
        QVERIFY(config->files.at(1).secret); // the replication passfile
        QCOMPARE(config->files.at(1).mode, 0600);
        const PlanStep *cluster = plan->step(u"pg-test-2:cluster"_s);
        QVERIFY(cluster->commands.at(0).spec.argv.contains(u"/srv/pg2"_s));
    }

    void previewNeverShowsAPassword()
    {
        const auto plan = PostgresRecipe::plan(request(mInventory, u"pg-test"_s));
        QVERIFY(plan.ok());
        const QString text = plan->previewText();
        const QString json = QString::fromUtf8(QJsonDocument(plan->toJson()).toJson());
        for (const QString &secret : {u"App.Secret-42"_s, u"Plain.Ops#1"_s, u"Repl.Secret"_s, u"SCRAM-SHA-256$"_s}) {
            QVERIFY2(!text.contains(secret), qPrintable(secret));
            QVERIFY2(!json.contains(secret), qPrintable(secret));
        }
        QVERIFY(text.contains(u"••••"_s));
        QVERIFY(text.contains(u"pg_createcluster 15 pg-test-1 -p 5433 -d /srv/pg1"_s));
        QVERIFY(text.contains(u"# pg_hba.conf written by Stackyard"_s)); // the files' full content
        // No secret in any argument vector or environment either.
        for (const PlanStep &s : plan->steps)
            for (const PlanCommand &c : s.commands) {
                const QString line = c.spec.argv.join(u' ');
                for (const auto &[k, v] : c.spec.environment)
                    QVERIFY2(!v.contains(u"Secret"_s), qPrintable(k));
                QVERIFY2(!line.contains(u"Secret"_s) && !line.contains(u"Plain.Ops"_s), qPrintable(line));
            }
    }

    void oneUserOneDatabaseOneHost()
    {
        PlanRequest r = request(mInventory, u"pg-test"_s);
        r.user = u"app"_s;
        auto plan = PostgresRecipe::plan(r);
        QVERIFY(plan.ok());
        QCOMPARE(ids(*plan), QStringList{u"pg-test-1:role:app"_s});
        r.user.clear();
        r.database = u"misc"_s;
        plan = PostgresRecipe::plan(r);
        QCOMPARE(ids(*plan), QStringList{u"pg-test-1:database:misc"_s});
        r.database = u"nope"_s;
        QVERIFY(!PostgresRecipe::plan(r).ok());
        r.database.clear();
        r.limitHost = u"10.0.0.2"_s;
        plan = PostgresRecipe::plan(r);
        QVERIFY(plan.ok());
        for (const PlanStep &s : plan->steps)
            QCOMPARE(s.host, u"10.0.0.2"_s);
    }

    void unsupportedHostsChangeNothing()
    {
        PlanRequest r = request(mInventory, u"pg-test"_s);
        r.facts[u"10.0.0.2"_s].osId = u"rocky"_s;
        r.facts[u"10.0.0.2"_s].osLike = u"rhel centos fedora"_s;
        r.facts[u"10.0.0.2"_s].osName = u"Rocky Linux 9"_s;
        r.facts[u"10.0.0.2"_s].apt = false;
        const auto plan = PostgresRecipe::plan(r);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().what.contains(u"Rocky Linux 9"_s));
        QVERIFY(plan.error().what.contains(u"not supported yet"_s));
    }

    void missingSecretIsAnError()
    {
        PlanRequest r = request(mInventory, u"pg-test"_s);
        r.reveal = [](const QString &value, const QString &where) -> Result<QString> {
            if (value.startsWith(u"${secret:"_s))
                return Error{u"No secret named pg-test/app in the keychain"_s, where, {}, {}};
            return value;
        };
        const auto plan = PostgresRecipe::plan(r);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().what.contains(u"pg-test/app"_s));
    }

    void handlersRunOnlyWhenNeeded();
    void checkAfterChangeSettles();
    void composeAppSteps();
    void composeStopsWithoutDocker();

    void redisSteps()
    {
        const auto plan = RedisRecipe::plan(request(mInventory, u"redis-test"_s));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        const QStringList steps = ids(*plan);
        QVERIFY(steps.indexOf(u"redis-test-1-6379:start"_s) < steps.indexOf(u"redis-test-1-6380:start"_s));
        QVERIFY(steps.contains(u"verify:link:redis-test-1-6380"_s));
        QVERIFY(steps.contains(u"verify:read:redis-test-1-6380"_s));
        QCOMPARE(steps.count(u"10.0.0.1:redis-packages"_s), 1);
        const QString text = plan->previewText();
        QVERIFY(!text.contains(u"R.pass w0rd"_s));
        QVERIFY(text.contains(u"AUTH ••••"_s));
        const PlanStep *config = plan->step(u"redis-test-1-6380:config"_s);
        QVERIFY(config->files.at(0).secret);
        QVERIFY(QString::fromUtf8(config->files.at(0).content).contains(u"masterauth \"R.pass w0rd\""_s));
        for (const PlanStep &s : plan->steps)
            for (const PlanCommand &c : s.commands)
                QVERIFY(!c.spec.argv.join(u' ').contains(u"R.pass"_s));
        // With systemd: a unit per instance instead of a daemon.
        PlanRequest r = request(mInventory, u"redis-test"_s);
        r.facts[u"10.0.0.1"_s].systemd = true;
        const auto withSystemd = RedisRecipe::plan(r);
        QVERIFY(withSystemd->step(u"redis-test-1-6379:unit"_s));
        QVERIFY(QString::fromUtf8(withSystemd->step(u"redis-test-1-6379:config"_s)->files.at(0).content).contains(u"daemonize no"_s));
    }
};

// The compose apps fixture of tst_apprenderer, with every secret it names.
Inventory appsFixture()
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/apps/inventory.yml"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the apps fixture");
    return *Inventory::parse(f.readAll().toStdString(), f.fileName());
}

void TestProvisionPlan::composeAppSteps()
{
    const Inventory inv = appsFixture();
    PlanRequest r;
    r.inventory = &inv;
    r.cluster = u"dify"_s;
    r.facts = {{u"10.10.10.11"_s, debian(u"10.10.10.11"_s)}};
    r.facts[u"10.10.10.11"_s].compose = u"v1"_s;
    r.reveal = [](const QString &value, const QString &) -> Result<QString> {
        return value.startsWith(u"${secret:"_s) ? u"Secret-"_s + value.mid(9, value.size() - 10).replace(u'/', u'-') : value;
    };
    const auto plan = ComposeRecipe::plan(r);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    const QStringList steps = ids(*plan);
    QCOMPARE(steps.mid(0, 3), QStringList({u"dify/dify:check:docker"_s, u"dify/dify:check:docker-engine"_s,
                                           u"dify/dify:check:compose"_s}));
    QVERIFY(steps.indexOf(u"dify/dify:files"_s) < steps.indexOf(u"dify/dify:up"_s));
    QCOMPARE(steps.constLast(), u"dify/dify:health"_s);
    const PlanStep *up = plan->step(u"dify/dify:up"_s);
    QCOMPARE(up->commands.constLast().spec.argv.constFirst(), u"docker-compose"_s); // the host has compose v1
    const PlanStep *files = plan->step(u"dify/dify:files"_s);
    bool env = false;
    for (const PlanFile &f : files->files)
        if (f.path == u"/opt/dify/.env"_s) {
            env = true;
            QCOMPARE(f.mode, 0600);
            QVERIFY(f.secret);
            QVERIFY(QString::fromUtf8(f.content).contains(u"Secret-pg-meta-dify"_s));
        }
    QVERIFY(env);
    const QString preview = plan->previewText();
    QVERIFY2(!preview.contains(u"Secret-"_s), "a secret reached the preview");
    QVERIFY(preview.contains(u"/opt/dify/docker-compose.yml"_s));
}

void TestProvisionPlan::composeStopsWithoutDocker()
{
    // This machine has no Docker engine: applied here, the plan stops at its first check,
    // names the host and the reason, and changes nothing.
    const Inventory inv = appsFixture();
    PlanRequest r;
    r.inventory = &inv;
    r.cluster = u"open-webui"_s;
    r.facts = {{u"10.10.10.12"_s, debian(u"10.10.10.12"_s)}};
    r.reveal = [](const QString &value, const QString &) -> Result<QString> {
        return value.startsWith(u"${secret:"_s) ? u"x"_s : value;
    };
    const auto plan = ComposeRecipe::plan(r);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    HostSettings local;
    local.name = u"10.10.10.12"_s;
    local.local = true;
    const std::shared_ptr<Transport> here = Transport::create(local);
    QList<StepResult> results;
    const RunSummary summary = ProvisionRunner::run(
        *plan, [&](const QString &) -> Result<std::shared_ptr<Transport>> { return here; }, {}, {}, CancelToken(), &results);
    QVERIFY(!summary.success);
    QVERIFY2(summary.error.contains(u"10.10.10.12"_s), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(u"Docker"_s), qPrintable(summary.error));
    QCOMPARE(results.constFirst().state == StepResult::State::Failed || results.at(1).state == StepResult::State::Failed, true);
    QCOMPARE(summary.changed, 0);
    QVERIFY(!QFile::exists(u"/opt/open-webui/.env"_s));
}

// A configuration change notifies a restart; a start that changed something makes it unneeded
// (the service read the new file), while a start that found it running leaves it due. Real
// commands on this machine: each "service action" appends a line to a log file.
// A daemon that forks before it listens: the check after the change finds it only a moment
// later. With settleMs the step waits for it; without, it fails at once, naming the check.
void TestProvisionPlan::checkAfterChangeSettles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HostSettings local;
    local.name = u"here"_s;
    local.local = true;
    const std::shared_ptr<Transport> here = Transport::create(local);
    const auto apply = [&](const QString &flag, int settleMs) {
        PlanCommand check;
        check.spec.argv = {u"test"_s, u"-f"_s, flag};
        PlanCommand start;
        start.spec.argv = {u"sh"_s, u"-c"_s, u"(sleep 1; touch '%1') >/dev/null 2>&1 &"_s.arg(flag)};
        PlanStep step;
        step.id = u"svc:start"_s;
        step.host = u"here"_s;
        step.title = u"start"_s;
        step.check = check;
        step.commands = {start};
        step.settleMs = settleMs;
        Plan plan;
        plan.title = u"settle"_s;
        plan.hosts = {u"here"_s};
        plan.steps = {step};
        QList<StepResult> results;
        const RunSummary summary = ProvisionRunner::run(
            plan, [&](const QString &) -> Result<std::shared_ptr<Transport>> { return here; }, {}, {}, CancelToken(), &results);
        return std::pair{summary, results};
    };
    const auto [waited, waitedSteps] = apply(dir.filePath(u"slow"_s), 10000);
    QVERIFY2(waited.success, qPrintable(waited.error));
    QCOMPARE(waitedSteps.value(0).state, StepResult::State::Changed);
    const auto [failed, failedSteps] = apply(dir.filePath(u"slower"_s), 0);
    QVERIFY(!failed.success);
    QVERIFY2(failed.error.contains(u"ran, but its check still finds"_s), qPrintable(failed.error));
}

void TestProvisionPlan::handlersRunOnlyWhenNeeded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(u"log"_s), running = dir.filePath(u"running"_s);
    const auto sh = [](const QString &script) {
        PlanCommand c;
        c.spec.argv = {u"sh"_s, u"-c"_s, script};
        return c;
    };
    const auto makePlan = [&](const QString &configText) {
        Plan plan;
        plan.title = u"handlers"_s;
        plan.hosts = {u"here"_s};
        PlanStep config;
        config.id = u"svc:config"_s;
        config.host = u"here"_s;
        config.title = u"config"_s;
        config.files = {{dir.filePath(u"svc.conf"_s), configText.toUtf8(), 0600, {}, false, {}}};
        config.notifies = {u"svc:restart"_s};
        PlanStep start;
        start.id = u"svc:start"_s;
        start.host = u"here"_s;
        start.title = u"start"_s;
        start.check = sh(u"test -f '%1'"_s.arg(running));
        start.commands = {sh(u"touch '%1'; echo start >> '%2'"_s.arg(running, log))};
        start.satisfies = {u"svc:restart"_s};
        PlanStep restart;
        restart.id = u"svc:restart"_s;
        restart.host = u"here"_s;
        restart.title = u"restart"_s;
        restart.kind = PlanStep::Kind::Handler;
        restart.commands = {sh(u"echo restart >> '%1'"_s.arg(log))};
        plan.steps = {config, start, restart};
        return plan;
    };
    HostSettings local;
    local.name = u"here"_s;
    local.local = true;
    const std::shared_ptr<Transport> here = Transport::create(local);
    const auto apply = [&](const Plan &plan) {
        QList<StepResult> results;
        const RunSummary summary = ProvisionRunner::run(
            plan, [&](const QString &) -> Result<std::shared_ptr<Transport>> { return here; }, {}, {}, CancelToken(), &results);
        return std::pair{summary, results};
    };
    const auto logText = [&] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };

    // First apply: the file is written and the service started with it: no restart.
    auto [first, firstResults] = apply(makePlan(u"a = 1\n"_s));
    QVERIFY2(first.success, qPrintable(first.error));
    QCOMPARE(logText(), u"start\n"_s);
    QCOMPARE(firstResults.at(2).state, StepResult::State::NotNeeded);
    // The same again: nothing changes, nothing runs.
    auto [second, secondResults] = apply(makePlan(u"a = 1\n"_s));
    QVERIFY(second.success);
    QCOMPARE(second.changed, 0);
    QCOMPARE(logText(), u"start\n"_s);
    // A new setting while it runs: the restart is due.
    auto [third, thirdResults] = apply(makePlan(u"a = 2\n"_s));
    QVERIFY(third.success);
    QCOMPARE(thirdResults.at(1).state, StepResult::State::AlreadySo);
    QCOMPARE(thirdResults.at(2).state, StepResult::State::Changed);
    QCOMPARE(logText(), u"start\nrestart\n"_s);
}

QTEST_GUILESS_MAIN(TestProvisionPlan)
#include "tst_provisionplan.moc"
