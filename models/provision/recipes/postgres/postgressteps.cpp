// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/recipes/postgres/postgressteps.h"

#include "inventory/views/viewreading.h"
#include "provision/postgres/pgconfig.h"
#include "provision/postgres/pghbarender.h"
#include "provision/postgres/pgsql.h"
#include "provision/postgres/scramverifier.h"
#include "provision/recipes/postgres/postgresrecipe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QJsonObject jsonOf(const CommandResult &r)
{
    return QJsonDocument::fromJson(r.stdoutData.trimmed()).object();
}

// A check whose query printed JSON; its differences come from compare(). A query that failed
// (server down, no such database) is "not so", with psql's message.
CheckJudge jsonJudge(std::function<QStringList(const QJsonObject &)> compare)
{
    return [compare](const CommandResult &r) {
        CheckOutcome o;
        if (!r.status.success()) {
            o.differences << QCoreApplication::translate("PostgresRecipe", "the query failed: %1").arg(QString::fromUtf8(r.stderrData).trimmed());
            return o;
        }
        o.differences = compare(jsonOf(r));
        o.satisfied = o.differences.isEmpty();
        return o;
    };
}

// The stdin preview of a role script: the verifier masked.
QString maskVerifier(QString sql, const QString &verifier)
{
    if (!verifier.isEmpty())
        sql.replace(pgsql::quoteLiteral(verifier), u"'••••'"_s);
    return sql;
}

QString escapePassfile(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
}

} // namespace

PostgresSteps::PostgresSteps(const PlanRequest &request, const PgCluster &cluster, const PgInstance &instance,
                             const ResolvedVariables &vars)
    : mRequest(request)
    , mCluster(cluster)
    , mInstance(instance)
    , mVars(vars)
    , mHost(request.factsOf(instance.hostKey))
    , mName(PostgresRecipe::clusterName(cluster, instance))
    , mConfigDir(PostgresRecipe::configDir(cluster.version, mName))
    , mDataDir(vars.string(u"pg_data"_s, u"/pg/data"_s))
{
}

QString PostgresSteps::stepId(const QString &what) const
{
    return mName + u':' + what;
}

QString PostgresSteps::slotName(const QString &instanceName)
{
    QString s = instanceName.toLower();
    s.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    return s;
}

QString PostgresSteps::psqlPath(const QString &program) const
{
    return u"/usr/lib/postgresql/%1/bin/%2"_s.arg(mCluster.version).arg(program);
}

PlanCommand PostgresSteps::psql(const QString &database, const QString &sql, bool secret, const QString &masked) const
{
    PlanCommand c = mHost.as(mCluster.dbsu, {psqlPath(u"psql"_s), u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s,
                                             u"ON_ERROR_STOP=1"_s, u"-h"_s, u"/var/run/postgresql"_s, u"-p"_s,
                                             QString::number(mInstance.port), u"-d"_s, database, u"-f"_s, u"-"_s});
    return HostCommands::withInput(c, sql.toUtf8(), secret, masked);
}

QString PostgresSteps::replicationUser() const
{
    return mVars.string(u"pg_replication_username"_s, u"replicator"_s);
}

QString PostgresSteps::passfileLine(const QString &host, int port, const QString &password) const
{
    return u"%1:%2:*:%3:%4\n"_s.arg(escapePassfile(host)).arg(port).arg(escapePassfile(replicationUser()),
                                                                         escapePassfile(password));
}

QList<PgUser> PostgresSteps::defaultRoles() const
{
    QList<PgUser> out;
    const ResolvedVariables::Value roles = mVars.value(u"pg_default_roles"_s);
    const QHash<QString, QString> passwords{
        {replicationUser(), mVars.string(u"pg_replication_password"_s)},
        {mVars.string(u"pg_admin_username"_s, u"dbuser_dba"_s), mVars.string(u"pg_admin_password"_s)},
        {mVars.string(u"pg_monitor_username"_s, u"dbuser_monitor"_s), mVars.string(u"pg_monitor_password"_s)},
        {mCluster.dbsu, mVars.string(u"pg_dbsu_password"_s)},
    };
    for (PgUser u : PgCluster::usersFrom(roles.node, roles.pointer)) {
        u.password = passwords.value(u.name);
        out.append(u);
    }
    return out;
}

Result<bool> PostgresSteps::addInstance(QList<PlanStep> &steps, const PgInstance *primary)
{
    const HostFacts &facts = mHost.facts();
    const QString version = QString::number(mCluster.version);
    const bool replica = primary && primary != &mInstance && mInstance.role != u"primary"_s;
    const QString host = mInstance.hostKey;

    // Packages: the server and client of pg_version, and what the extensions need.
    QStringList packages{u"postgresql-"_s + version, u"postgresql-client-"_s + version};
    for (const QString &alias : mCluster.extensionPackages)
        for (const QString &word : QString(alias).replace(u',', u' ').split(u' ', Qt::SkipEmptyParts))
            if (const QString p = PostgresRecipe::extensionPackage(word == u"pgvector"_s ? u"vector"_s : word, mCluster.version);
                !p.isEmpty() && !packages.contains(p))
                packages << p;
    for (const PgDatabase &db : mCluster.databases)
        for (const PgExtension &e : db.extensions)
            if (const QString p = PostgresRecipe::extensionPackage(e.name, mCluster.version); !p.isEmpty() && !packages.contains(p))
                packages << p;
    PlanStep pkg;
    pkg.id = stepId(u"packages"_s);
    pkg.host = host;
    pkg.title = QCoreApplication::translate("PostgresRecipe", "Install the PostgreSQL %1 packages").arg(version);
    pkg.check = mHost.packagesInstalled(packages);
    pkg.checkText = QCoreApplication::translate("PostgresRecipe", "installed: %1").arg(packages.join(u", "_s));
    pkg.commands = {mHost.aptInstall(packages)};
    pkg.timeoutMs = 1800000;
    steps.append(pkg);

    // The cluster, created by Debian's tools so pg_ctlcluster and pg_lsclusters know it.
    PlanStep cluster;
    cluster.id = stepId(u"cluster"_s);
    cluster.host = host;
    cluster.title = QCoreApplication::translate("PostgresRecipe", "Create the PostgreSQL cluster %1 (port %2, data %3)").arg(mName).arg(mInstance.port).arg(mDataDir);
    cluster.check = mHost.root({u"test"_s, u"-f"_s, mConfigDir + u"/postgresql.conf"_s});
    cluster.checkText = QCoreApplication::translate("PostgresRecipe", "%1 exists").arg(mConfigDir + u"/postgresql.conf"_s);
    QStringList create{u"pg_createcluster"_s, version, mName, u"-p"_s, QString::number(mInstance.port), u"-d"_s, mDataDir,
                       u"-u"_s, mCluster.dbsu, u"--start-conf"_s, u"auto"_s, u"--encoding"_s,
                       mCluster.encoding.isEmpty() ? u"UTF8"_s : mCluster.encoding, u"--locale"_s,
                       mCluster.locale.isEmpty() ? u"C"_s : mCluster.locale, u"--"_s, u"--auth-local=peer"_s,
                       u"--auth-host=scram-sha-256"_s};
    if (mVars.boolean(u"pg_checksum"_s, true))
        create << u"--data-checksums"_s;
    // The data folder first, owned by the cluster's user (its parents must let that user through).
    cluster.commands = {mHost.root({u"install"_s, u"-d"_s, u"-o"_s, mCluster.dbsu, u"-g"_s, mCluster.dbsu, u"-m"_s, u"0700"_s, mDataDir}),
                        mHost.root(create)};
    steps.append(cluster);

    // Stackyard's settings live in conf.d: make sure postgresql.conf reads it (Debian's
    // createcluster.conf does by default; a host may have changed that).
    PlanStep include;
    include.id = stepId(u"include"_s);
    include.host = host;
    include.title = QCoreApplication::translate("PostgresRecipe", "Let %1 read conf.d").arg(mName);
    const QString mainConf = mConfigDir + u"/postgresql.conf"_s;
    include.check = mHost.script(u"grep -Eq \"^[[:space:]]*include_dir[[:space:]]*=[[:space:]]*'conf.d'\" \"$1\""_s, {mainConf});
    include.checkText = QCoreApplication::translate("PostgresRecipe", "postgresql.conf has include_dir = 'conf.d'");
    include.commands = {mHost.script(u"printf \"\\ninclude_dir = 'conf.d'\\n\" >> \"$1\""_s, {mainConf})};
    include.notifies = {stepId(u"restart"_s)};
    steps.append(include);

    // Settings, sized from the host.
    PgConfig::Input in;
    in.version = mCluster.version;
    in.port = mInstance.port;
    in.listen = PgConfig::expandListen(mCluster.listen, mInstance.address);
    in.memoryBytes = facts.memoryBytes;
    in.cores = facts.cores;
    in.profile = mVars.string(u"pg_conf"_s, u"oltp.yml"_s).section(u'.', 0, 0);
    in.maxConnections = mVars.string(u"pg_max_conn"_s, u"auto"_s);
    in.sharedBufferRatio = mVars.string(u"pg_shared_buffer_ratio"_s, u"0.25"_s).toDouble();
    in.passwordEncryption = mCluster.passwordEncryption;
    in.libraries = mVars.string(u"pg_libs"_s);
    in.storageType = mVars.string(u"pg_storage_type"_s, u"SSD"_s);
    in.dataDirectory = mDataDir;
    in.parameters = views::pairs(mVars.value(u"pg_parameters"_s).node);
    QString conf = PgConfig::render(in);
    const QString passfile = mConfigDir + u"/stackyard-replication.pgpass"_s;
    PlanStep config;
    config.id = stepId(u"config"_s);
    config.host = host;
    config.title = QCoreApplication::translate("PostgresRecipe", "Write the settings of %1").arg(mName);
    if (replica) {
        conf += u"primary_conninfo = 'host=%1 port=%2 user=%3 passfile=%4 application_name=%5'\n"
                u"primary_slot_name = '%6'\n"_s.arg(primary->address)
                    .arg(primary->port)
                    .arg(replicationUser(), passfile, mName, slotName(mName));
        Result<QString> password = mRequest.password(mVars.string(u"pg_replication_password"_s), QCoreApplication::translate("PostgresRecipe", "pg_replication_password"));
        if (!password)
            return password.error();
        config.files.append({passfile, passfileLine(primary->address, primary->port, *password).toUtf8(), 0600,
                             mCluster.dbsu + u':' + mCluster.dbsu, true, {}});
    }
    config.files.prepend({mConfigDir + u"/conf.d/stackyard.conf"_s, conf.toUtf8(), 0644,
                          mCluster.dbsu + u':' + mCluster.dbsu, false, {}});
    config.notifies = {stepId(u"restart"_s)};
    steps.append(config);

    // pg_hba.conf from the rules that apply to this instance's role.
    PgHbaRender::Context hba;
    hba.dbsu = mCluster.dbsu;
    hba.replicationUser = replicationUser();
    hba.monitorUser = mVars.string(u"pg_monitor_username"_s, u"dbuser_monitor"_s);
    hba.adminUser = mVars.string(u"pg_admin_username"_s, u"dbuser_dba"_s);
    hba.passwordEncryption = mCluster.passwordEncryption;
    hba.adminIp = mVars.string(u"admin_ip"_s);
    if (const Inventory::Group *infra = mRequest.inventory->group(u"infra"_s))
        for (const QString &h : infra->hostKeys)
            hba.infraAddresses << h;
    for (const PgInstance &i : mCluster.instances)
        hba.clusterAddresses << i.address;
    hba.intranet = mVars.strings(u"node_firewall_intranet"_s);
    hba.instanceRole = mInstance.role;
    hba.offlineQuery = mInstance.offlineQuery;
    const Result<QString> hbaText = PgHbaRender::render(mCluster.hbaRules, hba);
    if (!hbaText)
        return hbaText.error();
    PlanStep hbaStep;
    hbaStep.id = stepId(u"hba"_s);
    hbaStep.host = host;
    hbaStep.title = QCoreApplication::translate("PostgresRecipe", "Write pg_hba.conf of %1").arg(mName);
    hbaStep.files = {{mConfigDir + u"/pg_hba.conf"_s, hbaText->toUtf8(), 0640, mCluster.dbsu + u':' + mCluster.dbsu, false, {}}};
    hbaStep.notifies = {stepId(u"reload"_s)};
    steps.append(hbaStep);

    if (replica) {
        // The primary's data, through a new folder: the old one is kept aside, never deleted.
        PlanStep copy;
        copy.id = stepId(u"basebackup"_s);
        copy.host = host;
        copy.title = QCoreApplication::translate("PostgresRecipe", "Copy the data of %1 from the primary (pg_basebackup)").arg(mName);
        copy.check = mHost.root({u"test"_s, u"-f"_s, mDataDir + u"/standby.signal"_s});
        copy.checkText = QCoreApplication::translate("PostgresRecipe", "%1 is a standby (standby.signal)").arg(mDataDir);
        const QString fresh = mDataDir + u".stackyard-new"_s;
        PlanCommand basebackup = mHost.as(mCluster.dbsu, {psqlPath(u"pg_basebackup"_s), u"-h"_s, primary->address, u"-p"_s,
                                                          QString::number(primary->port), u"-U"_s, replicationUser(), u"-D"_s,
                                                          fresh, u"-X"_s, u"stream"_s, u"-S"_s, slotName(mName), u"-c"_s,
                                                          u"fast"_s, u"-w"_s});
        basebackup.spec.environment = {{u"PGPASSFILE"_s, passfile}};
        copy.commands = {
            mHost.script(u"pg_ctlcluster \"$1\" \"$2\" status >/dev/null 2>&1 && pg_ctlcluster \"$1\" \"$2\" stop -m fast; "
                         u"rm -rf -- \"$3\" && mkdir -p -- \"$3\" && chown \"$4:$4\" \"$3\" && chmod 0700 \"$3\""_s,
                         {version, mName, fresh, mCluster.dbsu}),
            basebackup,
            mHost.script(u"set -e; if [ -e \"$1\" ]; then mv -- \"$1\" \"$1.stackyard-old-$(date +%Y%m%d%H%M%S)\"; fi; "
                         u"mv -- \"$2\" \"$1\"; touch \"$1/standby.signal\"; chown \"$3:$3\" \"$1/standby.signal\""_s,
                         {mDataDir, fresh, mCluster.dbsu}),
        };
        copy.timeoutMs = 3600000;
        steps.append(copy);
    }

    const bool systemd = facts.systemd;
    const QString unit = u"postgresql@%1-%2"_s.arg(version, mName);
    const auto control = [&](const QString &action) {
        return systemd ? mHost.root({u"systemctl"_s, action, unit})
                       : mHost.root({u"pg_ctlcluster"_s, version, mName, action});
    };
    PlanStep start;
    start.id = stepId(u"start"_s);
    start.satisfies = {stepId(u"restart"_s), stepId(u"reload"_s)};
    start.host = host;
    start.title = QCoreApplication::translate("PostgresRecipe", "Start %1").arg(mName);
    start.check = mHost.root({u"pg_ctlcluster"_s, version, mName, u"status"_s});
    start.checkText = QCoreApplication::translate("PostgresRecipe", "%1 is running").arg(mName);
    start.commands = {control(u"start"_s)};
    steps.append(start);

    PlanStep restart;
    restart.id = stepId(u"restart"_s);
    restart.host = host;
    restart.kind = PlanStep::Kind::Handler;
    restart.title = QCoreApplication::translate("PostgresRecipe", "Restart %1 for its new settings").arg(mName);
    restart.commands = {control(u"restart"_s)};
    steps.append(restart);

    PlanStep reload;
    reload.id = stepId(u"reload"_s);
    reload.host = host;
    reload.kind = PlanStep::Kind::Handler;
    reload.title = QCoreApplication::translate("PostgresRecipe", "Reload %1 for its new pg_hba.conf").arg(mName);
    reload.commands = {control(u"reload"_s)};
    steps.append(reload);
    return true;
}

Result<bool> PostgresSteps::addRole(QList<PlanStep> &steps, const PgUser &user)
{
    Result<QString> password = mRequest.password(user.password, user.pointer.isEmpty() ? user.name : user.pointer);
    if (!password)
        return password.error();
    const QString plain = *password;
    const bool hashGiven = plain.startsWith(u"SCRAM-SHA-256$"_s) || (plain.startsWith(u"md5"_s) && plain.size() == 35);
    const QString verifier = plain.isEmpty() ? QString() : (hashGiven ? plain : ScramVerifier::compute(plain));
    const QString script = pgsql::roleScript(user, verifier);
    PlanStep step;
    step.id = stepId(u"role:"_s + user.name);
    step.host = mInstance.hostKey;
    step.title = user.state == u"absent"_s ? QCoreApplication::translate("PostgresRecipe", "Drop the role %1").arg(user.name) : QCoreApplication::translate("PostgresRecipe", "Role %1").arg(user.name);
    step.check = psql(u"postgres"_s, pgsql::roleStateQuery(user.name));
    step.check->secretOutput = true; // it reads the stored verifier
    step.checkText = QCoreApplication::translate("PostgresRecipe", "the role's attributes, password, memberships and settings");
    step.judge = jsonJudge([user, plain](const QJsonObject &state) { return pgsql::roleDifferences(user, plain, state); });
    step.commands = {psql(u"postgres"_s, script, !verifier.isEmpty(), maskVerifier(script, verifier))};
    steps.append(step);
    return true;
}

void PostgresSteps::addSlot(QList<PlanStep> &steps, const QString &slot)
{
    PlanStep step;
    step.id = stepId(u"slot:"_s + slot);
    step.host = mInstance.hostKey;
    step.title = QCoreApplication::translate("PostgresRecipe", "Replication slot %1").arg(slot);
    step.check = psql(u"postgres"_s, u"SELECT count(*) FROM pg_replication_slots WHERE slot_name = %1;\n"_s.arg(pgsql::quoteLiteral(slot)));
    step.checkText = QCoreApplication::translate("PostgresRecipe", "the slot exists");
    step.judge = [](const CommandResult &r) {
        CheckOutcome o;
        o.satisfied = r.status.success() && r.stdoutData.trimmed() == "1";
        if (!o.satisfied)
            o.differences << QCoreApplication::translate("PostgresRecipe", "the slot is missing");
        return o;
    };
    step.commands = {psql(u"postgres"_s, u"SELECT pg_create_physical_replication_slot(%1);\n"_s.arg(pgsql::quoteLiteral(slot)))};
    steps.append(step);
}

void PostgresSteps::addDatabase(QList<PlanStep> &steps, const PgDatabase &db)
{
    const QString owner = mCluster.dbsu;
    PlanStep step;
    step.id = stepId(u"database:"_s + db.name);
    step.host = mInstance.hostKey;
    step.title = db.state == u"absent"_s ? QCoreApplication::translate("PostgresRecipe", "Drop the database %1").arg(db.name) : QCoreApplication::translate("PostgresRecipe", "Database %1").arg(db.name);
    step.check = psql(u"postgres"_s, pgsql::databaseStateQuery(db.name));
    step.checkText = QCoreApplication::translate("PostgresRecipe", "the database's owner, settings and comment");
    step.judge = jsonJudge([db, owner](const QJsonObject &state) { return pgsql::databaseDifferences(db, owner, state); });
    step.commands = {psql(u"postgres"_s, pgsql::databaseCreateScript(db, owner))};
    if (const QString alter = pgsql::databaseAlterScript(db, owner); !alter.isEmpty())
        step.commands.append(psql(u"postgres"_s, alter));
    steps.append(step);
    if (db.state == u"absent"_s || (db.schemas.isEmpty() && db.extensions.isEmpty()))
        return;
    PlanStep objects;
    objects.id = stepId(u"database:"_s + db.name + u":objects"_s);
    objects.host = mInstance.hostKey;
    objects.title = QCoreApplication::translate("PostgresRecipe", "Schemas and extensions of %1").arg(db.name);
    objects.check = psql(db.name, pgsql::databaseObjectsQuery());
    objects.checkText = QCoreApplication::translate("PostgresRecipe", "the schemas and extensions the inventory lists");
    objects.judge = jsonJudge([db](const QJsonObject &state) { return pgsql::databaseObjectDifferences(db, state); });
    objects.commands = {psql(db.name, pgsql::databaseObjectsScript(db, owner))};
    steps.append(objects);
}

void PostgresSteps::addStreamingCheck(QList<PlanStep> &steps, const QString &replicaName)
{
    PlanStep step;
    step.id = u"verify:streaming:"_s + replicaName;
    step.host = mInstance.hostKey;
    step.kind = PlanStep::Kind::Verify;
    step.title = QCoreApplication::translate("PostgresRecipe", "%1 streams from the primary (pg_stat_replication)").arg(replicaName);
    const QString sql = u"SELECT count(*) FROM pg_stat_replication WHERE application_name = %1 AND state = 'streaming'"_s.arg(
        pgsql::quoteLiteral(replicaName));
    step.commands = {mHost.as(mCluster.dbsu,
                              {u"sh"_s, u"-c"_s,
                               u"for i in $(seq 120); do n=$(\"$1\" -X -A -t -h /var/run/postgresql -p \"$2\" -d postgres -c \"$3\") "
                               u"&& [ \"$n\" = 1 ] && exit 0; sleep 0.5; done; echo \"not streaming after 60 s\" >&2; exit 1"_s,
                               u"sh"_s, psqlPath(u"psql"_s), QString::number(mInstance.port), sql})};
    steps.append(step);
}

void PostgresSteps::addWriteCheck(QList<PlanStep> &steps, const QString &token)
{
    PlanStep step;
    step.id = u"verify:write:"_s + mName;
    step.host = mInstance.hostKey;
    step.kind = PlanStep::Kind::Verify;
    step.title = QCoreApplication::translate("PostgresRecipe", "Write a check row on the primary %1").arg(mName);
    step.commands = {psql(u"postgres"_s,
                          u"CREATE TABLE IF NOT EXISTS public.stackyard_replication_check (id int PRIMARY KEY, token text NOT NULL, "
                          u"at timestamptz NOT NULL DEFAULT now());\n"
                          u"INSERT INTO public.stackyard_replication_check (id, token) VALUES (1, %1)\n"
                          u"  ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, at = now();\n"_s.arg(pgsql::quoteLiteral(token)))};
    steps.append(step);
}

void PostgresSteps::addReadCheck(QList<PlanStep> &steps, const QString &token)
{
    PlanStep step;
    step.id = u"verify:read:"_s + mName;
    step.host = mInstance.hostKey;
    step.kind = PlanStep::Kind::Verify;
    step.title = QCoreApplication::translate("PostgresRecipe", "Read the check row back on the replica %1").arg(mName);
    step.commands = {mHost.as(mCluster.dbsu,
                              {u"sh"_s, u"-c"_s,
                               u"for i in $(seq 120); do t=$(\"$1\" -X -A -t -h /var/run/postgresql -p \"$2\" -d postgres -c "
                               u"'SELECT token FROM public.stackyard_replication_check WHERE id = 1' 2>/dev/null) && "
                               u"[ \"$t\" = \"$3\" ] && exit 0; sleep 0.5; done; echo \"the row written on the primary did not arrive "
                               u"within 60 s\" >&2; exit 1"_s,
                               u"sh"_s, psqlPath(u"psql"_s), QString::number(mInstance.port), token})};
    steps.append(step);
}

} // namespace stackyard
