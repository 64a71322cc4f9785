// SPDX-License-Identifier: GPL-3.0-or-later
// stackyardctl and stackyard as a user runs them: help, version, exit codes, inventory list.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir mHome;

    Run run(const QString &program, const QStringList &args, bool display = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, mHome.path());
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        if (!display) { // --help and --version must not need a display
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
            env.remove(u"QT_QPA_PLATFORM"_s);
        }
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString ctl() { return qEnvironmentVariable("STACKYARDCTL"); }
    static QString gui() { return qEnvironmentVariable("STACKYARD"); }
    static QString sample() { return qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s; }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(ctl()).isExecutable(), "STACKYARDCTL must name the built stackyardctl");
        QVERIFY2(QFileInfo(gui()).isExecutable(), "STACKYARD must name the built stackyard");
    }

    void versions()
    {
        for (const QString &program : {ctl(), gui()}) {
            const Run r = run(program, {u"--version"_s});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u" 0.1.0 (Qt 6."_s), qPrintable(r.out));
            QVERIFY(r.out.contains(u"libpq "_s) && r.out.contains(u"libssh "_s) && r.out.contains(u"hiredis "_s));
        }
    }

    void help()
    {
        Run r = run(ctl(), {u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: stackyardctl [options] <command> [<args>]"_s));
        QVERIFY(r.out.contains(u"inventory list"_s));

        r = run(ctl(), {u"inventory"_s, u"list"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"inventory list [options] FILE"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--json"_s));

        r = run(ctl(), {u"help"_s, u"inventory"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--json"_s));

        r = run(gui(), {u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"[inventory]"_s), qPrintable(r.out));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"Usage: stackyardctl"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"inventory"_s, u"lst"_s} << u"unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"inventory"_s, u"list"_s, u"--bogus"_s, sample()}
                                        << u"Unknown option 'bogus'"_s;
        QTest::newRow("missing file") << QStringList{u"inventory"_s, u"list"_s} << u"expected one FILE"_s;
        QTest::newRow("two files") << QStringList{u"inventory"_s, u"list"_s, sample(), sample()} << u"expected one FILE"_s;
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(ctl(), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void inventoryListTable()
    {
        const Run r = run(ctl(), {u"inventory"_s, u"list"_s, sample()});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"CLUSTER"_s));
        QVERIFY(lines.at(2).contains(u"pg-local"_s) && lines.at(2).contains(u"PostgreSQL"_s)
                && lines.at(2).contains(u"127.0.0.1 (local)"_s) && lines.at(2).contains(u"pg-local-1"_s));
        QVERIFY(lines.at(0).contains(u"INSTANCES"_s));
        QVERIFY(lines.at(3).contains(u"redis-local-1-6379"_s));
    }

    void inventoryShow()
    {
        const Run text = run(ctl(), {u"inventory"_s, u"show"_s, sample(), u"pg-local"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"pg-local-1"_s) && text.out.contains(u"dbuser_app"_s), qPrintable(text.out));
        QVERIFY2(!text.out.contains(u"secret:"_s), qPrintable(text.out)); // passwords are never printed
        const Run json = run(ctl(), {u"inventory"_s, u"show"_s, u"--json"_s, sample(), u"redis-local"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject redis = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(redis.value(u"kind"_s).toString(), u"redis"_s);
        QCOMPARE(redis.value(u"max_memory"_s).toString(), u"256MB"_s);
        QCOMPARE(redis.value(u"instances"_s).toArray().at(0).toObject().value(u"port"_s).toInt(), 6379);
        const Run missing = run(ctl(), {u"inventory"_s, u"show"_s, sample(), u"nope"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"nope"_s) && missing.err.contains(u"inventory list"_s), qPrintable(missing.err));
    }

    void inventoryListJson()
    {
        const Run r = run(ctl(), {u"inventory"_s, u"list"_s, u"--json"_s, sample()});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray clusters = doc.value(u"clusters"_s).toArray();
        QCOMPARE(clusters.size(), 3);
        QCOMPARE(clusters.at(1).toObject().value(u"kind"_s).toString(), u"postgresql"_s);
        QCOMPARE(clusters.at(1).toObject().value(u"hosts"_s).toArray().at(0).toObject().value(u"connection"_s).toString(),
                 u"local"_s);
        const QJsonObject instance = clusters.at(1).toObject().value(u"instances"_s).toArray().at(0).toObject();
        QCOMPARE(instance.value(u"name"_s).toString(), u"pg-local-1"_s);
        QCOMPARE(instance.value(u"role"_s).toString(), u"primary"_s);
        QCOMPARE(instance.value(u"port"_s).toInt(), 5432);
    }

    void inventoryErrorsNameThePlace()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.yml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("all:\n  children:\n    x: [\n");
        f.close();
        Run r = run(ctl(), {u"inventory"_s, u"list"_s, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"stackyardctl: "_s + bad + u":4:1: The file is not valid YAML"_s), qPrintable(r.err));

        r = run(ctl(), {u"inventory"_s, u"list"_s, dir.filePath(u"missing.yml"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Cannot read the inventory file"_s));
    }

    void inventoryGetSetUnset()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"inv.yml"_s);
        const QByteArray original = "# top comment\nall:\n  children:\n    pg-meta:   # cluster\n"
                                    "      hosts:\n        10.0.0.1: { pg_seq: 1, pg_role: primary }\n"
                                    "      vars:\n        pg_cluster: pg-meta\n"
                                    "        pg_users: [ { name: app ,password: x } ]\n";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        const auto contents = [&file] {
            QFile in(file);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        };

        Run r = run(ctl(), {u"inventory"_s, u"get"_s, file, u"/all/children/pg-meta/hosts/10.0.0.1/pg_role"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"primary\n"_s);
        r = run(ctl(), {u"inventory"_s, u"get"_s, file, u"/all/children/pg-meta/vars/pg_users/0"_s});
        QCOMPARE(r.out, u"{ name: app ,password: x }\n"_s);

        r = run(ctl(), {u"inventory"_s, u"set"_s, file, u"/all/children/pg-meta/hosts/10.0.0.1/pg_role"_s, u"replica"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contents(), QByteArray(original).replace("pg_role: primary", "pg_role: replica"));

        r = run(ctl(), {u"inventory"_s, u"set"_s, file, u"/all/children/pg-meta/vars/pg_users/-"_s, u"{ name: view, login: true }"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(contents().contains("pg_users: [ { name: app ,password: x } ,{ name: view ,login: true } ]\n"));

        r = run(ctl(), {u"inventory"_s, u"unset"_s, file, u"/all/children/pg-meta/vars/pg_users/1"_s});
        QCOMPARE(r.exitCode, 0);
        r = run(ctl(), {u"inventory"_s, u"set"_s, file, u"/all/children/pg-meta/hosts/10.0.0.1/pg_role"_s, u"primary"_s});
        QCOMPARE(contents(), original); // back to the very same bytes

        r = run(ctl(), {u"inventory"_s, u"unset"_s, file, u"/all/children/nope"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Nothing to remove"_s) && r.err.contains(file), qPrintable(r.err));
        r = run(ctl(), {u"inventory"_s, u"set"_s, file, u"/all/x"_s, u"[ unclosed"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"VALUE is not valid YAML"_s));
        QCOMPARE(contents(), original);
        r = run(ctl(), {u"inventory"_s, u"get"_s, file, u"no-slash"_s});
        QCOMPARE(r.exitCode, 1);
    }

    void inventorySetFromStdinKeepsSecretsOffArgv()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"inv.yml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("all:\n  vars: { redis_password: old }\n");
        f.close();
        QProcess p;
        p.start(ctl(), {u"inventory"_s, u"set"_s, u"--stdin"_s, file, u"/all/vars/redis_password"_s});
        QVERIFY(p.waitForStarted());
        p.write("n3w: pass#1\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("all:\n  vars: { redis_password: 'n3w: pass#1' }\n"));
    }

    void inventoryCheck()
    {
        // The sample checks clean.
        Run r = run(ctl(), {u"inventory"_s, u"check"_s, sample()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"0 error(s), 0 warning(s)"_s), qPrintable(r.err));

        // Errors: exit 2, one line per finding with file:line:column.
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.yml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("all:\n  children:\n    pg-meta:\n      hosts:\n"
                "        10.0.0.1: { pg_seq: 1, pg_role: leader }\n"
                "      vars: { pg_cluster: pg-meta }\n  vars: { admin_ip: 10.0.0.1 }\n");
        f.close();
        r = run(ctl(), {u"inventory"_s, u"check"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(bad + u":5:"_s) && r.out.contains(u": error: "_s), qPrintable(r.out));

        r = run(ctl(), {u"inventory"_s, u"check"_s, u"--json"_s, bad});
        QCOMPARE(r.exitCode, 2);
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"findings"_s).toArray();
        bool role = false;
        for (const QJsonValue &v : findings)
            role = role || (v[u"line"_s].toInt() == 5 && v[u"column"_s].toInt() == 41 && v[u"rule"_s].toString() == u"pg.role"_s);
        QVERIFY2(role, qPrintable(r.out));

        // A syntax error is a finding too; an unreadable file exits 1.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("all:\n  children: { a: [\n");
        f.close();
        r = run(ctl(), {u"inventory"_s, u"check"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(u"The file is not valid YAML"_s), qPrintable(r.out));
        r = run(ctl(), {u"inventory"_s, u"check"_s, dir.filePath(u"missing.yml"_s)});
        QCOMPARE(r.exitCode, 1);
    }

    void inventoryVars()
    {
        Run r = run(ctl(), {u"inventory"_s, u"vars"_s, sample(), u"127.0.0.1"_s, u"--json"_s, u"--no-defaults"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray vars = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"variables"_s).toArray();
        QJsonObject cluster, password;
        for (const QJsonValue &v : vars) {
            if (v[u"name"_s].toString() == u"pg_cluster"_s)
                cluster = v.toObject();
            if (v[u"name"_s].toString() == u"redis_password"_s)
                password = v.toObject();
        }
        QCOMPARE(cluster[u"value"_s].toString(), u"pg-local"_s);
        QCOMPARE(cluster[u"source"_s].toString(), u"group"_s);
        QCOMPARE(cluster[u"origin"_s].toString(), u"pg-local"_s);
        QVERIFY(cluster[u"line"_s].toInt() > 0);
        QCOMPARE(password[u"value"_s].toString(), u"${secret:redis-local}"_s); // a reference is not a secret
        r = run(ctl(), {u"inventory"_s, u"vars"_s, sample(), u"10.9.9.9"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"There is no host '10.9.9.9'"_s));
    }

    // The run command's last step: the console starts on the sample, reads it and keeps running.
    void consoleOpensAnInventory()
    {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(gui(), {sample()});
        QVERIFY(p.waitForStarted());
        // Once the inventory is read it goes to the recent files: proof it loaded in the window.
        const QString conf = home.filePath(u"Stackyard/Stackyard.conf"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(conf) && [&conf] {
            QFile f(conf);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("examples/local.yml");
        }(), 20000);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }

    void chineseFromPreferences()
    {
        QDir(mHome.path()).mkpath(u"Stackyard"_s);
        QFile settings(mHome.filePath(u"Stackyard/Stackyard.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[preferences]\nlanguage=zh_CN\n");
        settings.close();
        const Run r = run(ctl(), {u"inventory"_s, u"list"_s, sample()});
        settings.remove();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"基础设施"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
