// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that read each kind of log source, the sources the inventory offers, SOURCE
// arguments, and what a failing reader reports. Reading itself is tested against real files
// (tst_integration_logs); this machine has no journal and no Docker engine, so for those the
// command vectors are checked here and the live error in the integration test.
#include "inventory/inventory.h"
#include "logs/logsource.h"
#include "logs/logsourcecatalog.h"

#include <QFile>
#include <QTest>

using namespace stackyard;
using namespace Qt::StringLiterals;

class TestLogSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileCommands();
    void journalCommands();
    void composeCommands();
    void catalogOffersInventorySources();
    void catalogSearchScriptIsFixed();
    void arguments();
    void failures();

private:
    static Inventory fixture();
};

Inventory TestLogSource::fixture()
{
    QFile f(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/tests/unit/fixtures/apps/inventory.yml"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the apps fixture inventory");
    auto inv = Inventory::parse(f.readAll().toStdString(), f.fileName());
    if (!inv)
        qFatal("%s", qPrintable(inv.error().toString()));
    return *inv;
}

void TestLogSource::fileCommands()
{
    const LogSourceSpec s = LogSourceSpec::file(u"h"_s, u"/var/log/a b.log"_s);
    QCOMPARE(s.command(100, true).argv, (QStringList{u"tail"_s, u"-F"_s, u"-n"_s, u"100"_s, u"--"_s, u"/var/log/a b.log"_s}));
    QCOMPARE(s.command(5, false).argv, (QStringList{u"tail"_s, u"-n"_s, u"5"_s, u"--"_s, u"/var/log/a b.log"_s}));
    QVERIFY(!s.command(5, false).become);
    LogSourceSpec two = s;
    two.paths << u"/var/log/b.log"_s;
    two.become = true;
    const CommandSpec c = two.command(10, true);
    QCOMPARE(c.argv, (QStringList{u"tail"_s, u"-F"_s, u"-q"_s, u"-n"_s, u"10"_s, u"--"_s, u"/var/log/a b.log"_s, u"/var/log/b.log"_s}));
    QVERIFY(c.become);
    QVERIFY(c.validate().ok());
}

void TestLogSource::journalCommands()
{
    const LogSourceSpec s = LogSourceSpec::journal(u"h"_s, u"postgresql@15-main"_s);
    QCOMPARE(s.name, u"journal:postgresql@15-main"_s);
    // A fixed script checks that journalctl and a journal exist, then runs journalctl with the
    // rest as its arguments.
    const CommandSpec follow = s.command(100, true);
    QCOMPARE(follow.argv.mid(0, 2), (QStringList{u"sh"_s, u"-c"_s}));
    QVERIFY(follow.argv.at(2).contains(u"exec journalctl \"$@\""_s));
    QVERIFY(!follow.argv.at(2).contains(u"postgresql@"_s));
    QCOMPARE(follow.argv.mid(3), (QStringList{u"sh"_s, u"-f"_s, u"--no-pager"_s, u"-o"_s, u"json"_s, u"-n"_s, u"100"_s, u"-u"_s,
                                              u"postgresql@15-main"_s}));
    QCOMPARE(s.command(7, false).argv.mid(3), (QStringList{u"sh"_s, u"--no-pager"_s, u"-o"_s, u"json"_s, u"-n"_s, u"7"_s,
                                                           u"-u"_s, u"postgresql@15-main"_s}));
    QCOMPARE(s.parserHint(), LogParser::Hint::Journal);
    QCOMPARE(s.program(), u"journalctl"_s);
}

void TestLogSource::composeCommands()
{
    const LogSourceSpec s = LogSourceSpec::compose(u"h"_s, u"/opt/dify"_s);
    const CommandSpec follow = s.command(50, true);
    // docker compose (the plugin), else docker-compose, with the rest as arguments.
    QCOMPARE(follow.argv.mid(0, 2), (QStringList{u"sh"_s, u"-c"_s}));
    QVERIFY(follow.argv.at(2).contains(u"exec docker compose \"$@\""_s));
    QVERIFY(follow.argv.at(2).contains(u"exec docker-compose \"$@\""_s));
    QCOMPARE(follow.argv.mid(3),
             (QStringList{u"sh"_s, u"logs"_s, u"-f"_s, u"--no-color"_s, u"--timestamps"_s, u"--tail"_s, u"50"_s}));
    QCOMPARE(follow.workingDirectory, u"/opt/dify"_s);
    QCOMPARE(s.command(50, false).argv.mid(3),
             (QStringList{u"sh"_s, u"logs"_s, u"--no-color"_s, u"--timestamps"_s, u"--tail"_s, u"50"_s}));
    QCOMPARE(s.parserHint(), LogParser::Hint::Compose);
}

void TestLogSource::catalogOffersInventorySources()
{
    const Inventory inv = fixture();
    const QList<LogSourceSpec> db = LogSourceCatalog::forHost(inv, u"10.10.10.10"_s);
    QStringList names;
    for (const LogSourceSpec &s : db)
        names << s.name;
    QVERIFY2(names.contains(u"postgres:pg-meta-1"_s), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(u"redis:redis-ms-1-6379"_s));
    QVERIFY(names.contains(u"redis:redis-ms-1-6380"_s));
    QVERIFY(names.contains(u"journal:stackyard-redis-redis-ms-1-6379"_s));
    QVERIFY(names.contains(u"nginx"_s));
    QVERIFY(names.contains(u"nginx:error"_s));
    QVERIFY(!names.contains(u"compose:/opt/dify"_s)); // the app lives on 10.10.10.11

    const auto redis = LogSourceSpec::fromArgument(u"10.10.10.10"_s, u"redis:redis-ms-1-6379"_s, db);
    QVERIFY(redis.ok());
    QCOMPARE(redis->paths, QStringList{u"/var/log/redis/redis-ms-1-6379.log"_s});
    const auto pg = LogSourceSpec::fromArgument(u"10.10.10.10"_s, u"postgres:pg-meta-1"_s, db);
    QVERIFY(pg.ok());
    QCOMPARE(pg->searches.size(), 3);
    QCOMPARE(pg->searches.at(0), (std::pair{u"/var/log/postgresql"_s, u"postgresql-*-pg-meta-1.log"_s}));
    QCOMPARE(pg->searches.at(1), (std::pair{u"/pg/log/postgres"_s, u"*.csv"_s})); // pg_log_dir's default
    const auto nginx = LogSourceSpec::fromArgument(u"10.10.10.10"_s, u"nginx"_s, db);
    QCOMPARE(nginx->paths, (QStringList{u"/var/log/nginx/access.log"_s, u"/var/log/nginx/error.log"_s}));

    const QList<LogSourceSpec> app = LogSourceCatalog::forHost(inv, u"10.10.10.11"_s, true);
    bool compose = false;
    for (const LogSourceSpec &s : app) {
        QVERIFY(s.become);
        compose = compose || (s.kind == LogSourceSpec::Kind::Compose && s.appDirectory == u"/opt/dify"_s);
        QVERIFY(!s.name.startsWith(u"postgres:"_s));
    }
    QVERIFY(compose);
}

void TestLogSource::catalogSearchScriptIsFixed()
{
    // The values reach the script only as positional arguments: the script text is the same
    // whatever the inventory says.
    const Inventory inv = fixture();
    const auto pg = LogSourceSpec::fromArgument(u"10.10.10.10"_s, u"postgres:pg-meta-1"_s,
                                                LogSourceCatalog::forHost(inv, u"10.10.10.10"_s));
    const CommandSpec c = pg->command(20, true);
    QCOMPARE(c.argv.mid(0, 2), (QStringList{u"sh"_s, u"-c"_s}));
    QVERIFY(!c.argv.at(2).contains(u"pg-meta"_s));
    QCOMPARE(c.argv.mid(3), (QStringList{u"sh"_s, u"20"_s, u"1"_s, u"/var/log/postgresql"_s, u"postgresql-*-pg-meta-1.log"_s,
                                          u"/pg/log/postgres"_s, u"*.csv"_s, u"/pg/log/postgres"_s, u"*.log"_s}));
}

void TestLogSource::arguments()
{
    const auto file = LogSourceSpec::fromArgument(u"h"_s, u"/tmp/x.log"_s, {});
    QVERIFY(file.ok());
    QCOMPARE(file->kind, LogSourceSpec::Kind::File);
    const auto unit = LogSourceSpec::fromArgument(u"h"_s, u"journal:nginx.service"_s, {});
    QCOMPARE(unit->unit, u"nginx.service"_s);
    const auto app = LogSourceSpec::fromArgument(u"h"_s, u"compose:/opt/open-webui"_s, {});
    QCOMPARE(app->appDirectory, u"/opt/open-webui"_s);
    const auto unknown = LogSourceSpec::fromArgument(u"h"_s, u"postgres:nope"_s, {LogSourceSpec::file(u"h"_s, u"/a"_s)});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().what.contains(u"postgres:nope"_s));
    QVERIFY(unknown.error().hint.contains(u"/a"_s));
}

void TestLogSource::failures()
{
    const Error journal = LogSourceSpec::journal(u"h"_s, u"x"_s).failure(u"local"_s, 127, u"env: 'journalctl': No such file or directory"_s);
    QVERIFY(journal.what.contains(u"journal"_s));
    QVERIFY(journal.hint.contains(u"journalctl"_s));
    QCOMPARE(journal.where, u"local"_s);
    QVERIFY(journal.detail.contains(u"No such file"_s));
    const Error docker = LogSourceSpec::compose(u"h"_s, u"/opt/x"_s)
                             .failure(u"local"_s, 1, u"Cannot connect to the Docker daemon at unix:///var/run/docker.sock"_s);
    QVERIFY(docker.hint.contains(u"Docker Engine"_s));
    const Error file = LogSourceSpec::file(u"h"_s, u"/nope"_s).failure(u"local"_s, 1, u"tail: cannot open '/nope': Permission denied"_s);
    QVERIFY(file.hint.contains(u"ansible_become"_s));
}

QTEST_GUILESS_MAIN(TestLogSource)
#include "tst_logsource.moc"
