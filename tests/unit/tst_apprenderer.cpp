// SPDX-License-Identifier: GPL-3.0-or-later
// The compose app renderer (models/provision/apps): Dify and Open WebUI stacks rendered from an
// inventory fixture and compared with expected files byte for byte; every rendered stack and its
// .env accepted by Debian's docker-compose (`config`); values with quotes, spaces, '$' and '#'
// reaching the containers unchanged through docker-compose; secrets masked in the preview;
// unsafe values refused with an Error naming the app and key; the docker checks failing with
// their reason on a host without Docker.
//
// Goldens: tests/unit/fixtures/apps/expected/<group>/. Rewrite them deliberately with
//   STACKYARD_UPDATE_GOLDENS=1 build/dev/tests/unit/tst_unit_apprenderer goldenFiles
// and review the diff (refused under CI).
#include "inventory/inventory.h"
#include "inventory/views/appgroup.h"
#include "inventory/views/pgcluster.h"
#include "inventory/views/rediscluster.h"
#include "provision/apps/apprenderer.h"
#include "provision/apps/envfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

// The plain text behind each ${secret:…} of the fixture: quotes, spaces, '#', '$' and URL
// delimiters, so that every quoting rule of .env and every URL encoding is exercised.
QHash<QString, QString> fixtureSecrets()
{
    return {
        {u"${secret:pg-meta/dify}"_s, u"it's a \"pass\" #1"_s},
        {u"${secret:pg-meta/openwebui}"_s, u"p@ss:w/rd?&=%"_s},
        {u"${secret:redis-ms/redis_password}"_s, u"r3dis pa$$ #2"_s},
        {u"${secret:dify/secret_key}"_s, u"sk-9f8e7d6c5b4a3f2e1d0c"_s},
        {u"${secret:open-webui/webui_secret_key}"_s, u"webui-secret-$HOME"_s},
    };
}

QString sourceDir()
{
    return qEnvironmentVariable("STACKYARD_SOURCE_DIR");
}

QString fixtureDir()
{
    return sourceDir() + u"/tests/unit/fixtures/apps"_s;
}

Inventory loadInventory(const QByteArray &text)
{
    auto inventory = Inventory::parse(text.toStdString(), u"apps.yml"_s);
    if (!inventory)
        qFatal("fixture does not parse: %s", qPrintable(inventory.error().toString()));
    return *inventory;
}

Inventory fixture()
{
    QFile f(fixtureDir() + u"/inventory.yml"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return loadInventory(f.readAll());
}

struct Rendered
{
    AppGroup group;
    AppDefinition app;
    Result<AppStack> stack;
};

// Every app of every group of inventory, rendered with secrets; directory overrides each app's
// dest (a temporary directory for docker-compose runs).
QList<Rendered> renderAll(const Inventory &inventory, const QHash<QString, QString> &secrets,
                          const QString &directoryRoot = {})
{
    const AppRenderer renderer(PgCluster::all(inventory), RedisCluster::all(inventory), secrets);
    QList<Rendered> out;
    for (const AppGroup &group : AppGroup::all(inventory))
        for (AppDefinition app : group.apps) {
            if (!directoryRoot.isEmpty())
                app.directory = directoryRoot + u'/' + group.group;
            out.append({group, app, renderer.render(group, app)});
        }
    return out;
}

Rendered renderOne(const Inventory &inventory, const QHash<QString, QString> &secrets, const QString &group,
                   const QString &directoryRoot = {})
{
    for (Rendered &r : renderAll(inventory, secrets, directoryRoot))
        if (r.group.group == group)
            return r;
    qFatal("no group %s", qPrintable(group));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

bool writeStack(const AppStack &stack)
{
    for (const AppStack::File &file : stack.files)
        if (!writeFile(stack.directory + u'/' + file.path, file.content))
            return false;
    return true;
}

// docker-compose from Debian: skip without it, fail under CI.
#define REQUIRE_DOCKER_COMPOSE()                                                                   \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty()) {                       \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                \
                QFAIL("docker-compose is missing: scripts/install-deps test installs it");         \
            QSKIP("docker-compose is not installed (Debian package docker-compose)");              \
        }                                                                                          \
    } while (false)

struct ProcessResult
{
    int exitCode = -1;
    bool started = false;
    QByteArray out;
    QByteArray err;
};

// argv run without a shell, in an environment of PATH (and extra) only: compose must see the
// values of .env, not the test's own environment.
ProcessResult run(const QStringList &argv, const QStringList &extraEnvironment = {},
                  const QString &path = qEnvironmentVariable("PATH"))
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, path);
    env.insert(u"HOME"_s, QDir::tempPath());
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(argv.first(), argv.mid(1));
    ProcessResult r;
    r.started = p.waitForStarted(10000);
    if (r.started)
        p.waitForFinished(120000);
    r.exitCode = r.started && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `docker-compose … config` of a written stack, parsed. compose writes every '$' of a value as
// '$$' (so that its output is a valid compose file again); undone by unescape().
YAML::Node composeConfig(const AppStack &stack, ProcessResult *result)
{
    QStringList argv = stack.composeConfigLegacy;
    argv.removeAll(u"--quiet"_s);
    *result = run(argv);
    if (result->exitCode != 0)
        return YAML::Node();
    return YAML::Load(result->out.toStdString());
}

QString unescape(const std::string &composeValue)
{
    return QString::fromStdString(composeValue).replace(u"$$"_s, u"$"_s);
}

QString environmentOf(const YAML::Node &config, const char *service, const char *key)
{
    const YAML::Node v = config["services"][service]["environment"][key];
    return v.IsDefined() && v.IsScalar() ? unescape(v.Scalar()) : u"<unset>"_s;
}

// An inventory around one Dify app whose conf the test chooses (its own Redis).
QByteArray difyInventory(const QString &extraConf, const QString &dbHost = u"10.10.10.10"_s)
{
    return (u"all:\n"
            "  children:\n"
            "    pg-meta:\n"
            "      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }\n"
            "      vars: { pg_cluster: pg-meta }\n"
            "    dify:\n"
            "      hosts: { 10.10.10.11: {} }\n"
            "      vars:\n"
            "        app: dify\n"
            "        apps:\n"
            "          dify:\n"
            "            conf:\n"
            "              SECRET_KEY: sk-test\n"
            "              DB_HOST: "_s
            + dbHost
            + u"\n"
              "              DB_USERNAME: dify\n"
              "              DB_PASSWORD: '${secret:db}'\n"
              "              DB_DATABASE: dify\n"_s
            + extraConf)
        .toUtf8();
}

} // namespace

class TestAppRenderer : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data()
    {
        QTest::addColumn<QString>("group");
        for (const QString &group : {u"dify"_s, u"dify-local"_s, u"open-webui"_s})
            QTest::newRow(qPrintable(group)) << group;
    }

    void goldenFiles()
    {
        QFETCH(QString, group);
        const Rendered r = renderOne(fixture(), fixtureSecrets(), group);
        QVERIFY2(r.stack.ok(), qPrintable(r.stack.ok() ? QString() : r.stack.error().toString()));
        const QString expected = fixtureDir() + u"/expected/"_s + group;
        QMap<QString, QByteArray> produced;
        for (const AppStack::File &file : r.stack->files)
            produced.insert(file.path, file.content);
        produced.insert(u"preview.txt"_s, r.stack->preview().toUtf8());

        if (!qEnvironmentVariableIsEmpty("STACKYARD_UPDATE_GOLDENS")) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL("STACKYARD_UPDATE_GOLDENS is refused under CI");
            QDir(expected).removeRecursively();
            for (auto it = produced.cbegin(); it != produced.cend(); ++it)
                QVERIFY(writeFile(expected + u'/' + it.key(), it.value()));
            qInfo("rewrote %s", qPrintable(expected));
        }

        QStringList onDisk;
        for (QDirIterator it(expected, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            onDisk.append(QDir(expected).relativeFilePath(it.next()));
        onDisk.sort();
        QCOMPARE(onDisk, QStringList(produced.keys()));
        for (auto it = produced.cbegin(); it != produced.cend(); ++it) {
            const QByteArray golden = readFile(expected + u'/' + it.key());
            if (golden != it.value()) {
                const QList<QByteArray> a = it.value().split('\n'), b = golden.split('\n');
                qsizetype line = 0;
                while (line < a.size() && line < b.size() && a[line] == b[line])
                    ++line;
                QFAIL(qPrintable(u"%1 differs from the golden at line %2:\n  rendered: %3\n  expected: %4"_s.arg(
                    it.key())
                                     .arg(line + 1)
                                     .arg(QString::fromUtf8(a.value(line)), QString::fromUtf8(b.value(line)))));
            }
        }
    }

    void renderIsDeterministic()
    {
        const QList<Rendered> first = renderAll(fixture(), fixtureSecrets());
        const QList<Rendered> second = renderAll(fixture(), fixtureSecrets());
        QCOMPARE(first.size(), 3);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QVERIFY(first[i].stack.ok() && second[i].stack.ok());
            QCOMPARE(first[i].stack->files.size(), second[i].stack->files.size());
            for (qsizetype f = 0; f < first[i].stack->files.size(); ++f)
                QCOMPARE(first[i].stack->files[f].content, second[i].stack->files[f].content);
            QCOMPARE(first[i].stack->preview(), second[i].stack->preview());
        }
    }

    void stackShape()
    {
        const Rendered dify = renderOne(fixture(), fixtureSecrets(), u"dify"_s);
        QVERIFY(dify.stack.ok());
        const AppStack &s = *dify.stack;
        QCOMPARE(s.kind, u"dify"_s);
        QCOMPARE(s.directory, u"/opt/dify"_s);
        QCOMPARE(s.project, u"dify"_s);
        QCOMPARE(s.port, 5001);
        QCOMPARE(s.healthUrl, u"http://10.10.10.11:5001/console/api/ping"_s);
        QCOMPARE(s.localHealthUrl, u"http://127.0.0.1:5001/console/api/ping"_s);
        QCOMPARE(s.composeUp,
                 QStringList({u"docker"_s, u"compose"_s, u"--project-name"_s, u"dify"_s, u"--project-directory"_s,
                              u"/opt/dify"_s, u"--file"_s, u"/opt/dify/docker-compose.yml"_s, u"--env-file"_s,
                              u"/opt/dify/.env"_s, u"up"_s, u"-d"_s, u"--remove-orphans"_s}));
        QCOMPARE(s.composeUpLegacy.first(), u"docker-compose"_s);
        QCOMPARE(s.composeUpLegacy.mid(1), s.composeUp.mid(2));
        QCOMPARE(s.file(u".env"_s)->mode, 0600);
        QVERIFY(s.file(u".env"_s)->secret);
        QCOMPARE(s.file(u"docker-compose.yml"_s)->mode, 0644);
        QVERIFY(!s.file(u"docker-compose.yml"_s)->secret);
        QStringList dirs;
        for (const AppStack::Directory &d : s.directories)
            dirs.append(u"%1 %2"_s.arg(d.path).arg(d.mode, 0, 8));
        QCOMPARE(dirs, QStringList({u"/data/dify 755"_s, u"/data/dify/app 755"_s, u"/data/dify/app/storage 755"_s,
                                    u"/data/dify/plugin_daemon 755"_s, u"/data/dify/sandbox 755"_s,
                                    u"/data/dify/sandbox/dependencies 755"_s, u"/opt/dify 755"_s,
                                    u"/opt/dify/nginx 755"_s, u"/opt/dify/nginx/conf.d 755"_s,
                                    u"/opt/dify/sandbox 755"_s, u"/opt/dify/sandbox/conf 755"_s,
                                    u"/opt/dify/ssrf_proxy 755"_s}));

        // Values as the containers get them: conf upper-cased, booleans lower-cased, secrets
        // resolved, the inventory's Redis, the broker URL with its password encoded.
        QCOMPARE(s.envValue(u"ENABLE_LEARN_APP"_s), u"true"_s);
        QCOMPARE(s.envValue(u"MAIL_TYPE"_s), u"smtp"_s);
        QCOMPARE(s.envValue(u"DB_PASSWORD"_s), u"it's a \"pass\" #1"_s);
        QCOMPARE(s.envValue(u"PGVECTOR_PASSWORD"_s), u"it's a \"pass\" #1"_s);
        QCOMPARE(s.envValue(u"REDIS_HOST"_s), u"10.10.10.10"_s);
        QCOMPARE(s.envValue(u"CELERY_BROKER_URL"_s), u"redis://:r3dis%20pa%24%24%20%232@10.10.10.10:6379/1"_s);
        QCOMPARE(s.envValue(u"TRIGGER_URL"_s), u"http://dify.example.com"_s);
        QCOMPARE(s.envValue(u"NEXT_PUBLIC_SOCKET_URL"_s), u"ws://dify.example.com"_s);
        QCOMPARE(s.envValue(u"ENABLE_COLLABORATION_MODE"_s), u"true"_s);
        // Internal keys: derived from SECRET_KEY, stable, and not Dify's published defaults.
        QCOMPARE(s.envValue(u"CODE_EXECUTION_API_KEY"_s), s.envValue(u"SANDBOX_API_KEY"_s));
        QVERIFY(s.envValue(u"PLUGIN_DAEMON_KEY"_s).size() == 44);
        QVERIFY(s.envValue(u"PLUGIN_DAEMON_KEY"_s) != s.envValue(u"PLUGIN_DIFY_INNER_API_KEY"_s));
        QVERIFY(!s.file(u"docker-compose.yml"_s)->content.contains("\n  redis:"));

        const Rendered local = renderOne(fixture(), fixtureSecrets(), u"dify-local"_s);
        QVERIFY2(local.stack.ok(), qPrintable(local.stack.ok() ? QString() : local.stack.error().toString()));
        QCOMPARE(local.stack->project, u"dify-local"_s);
        QCOMPARE(local.stack->healthUrl, u"http://10.10.10.13:8001/console/api/ping"_s);
        QCOMPARE(local.stack->envValue(u"DIFY_DATA"_s), u"/opt/dify-local/volumes"_s);
        QCOMPARE(local.stack->envValue(u"REDIS_HOST"_s), u"redis"_s);
        QCOMPARE(local.stack->envValue(u"DB_HOST"_s), u"10.10.10.10"_s);
        // The password the conf leaves out comes from pg-meta's pg_users entry for dify.
        QCOMPARE(local.stack->envValue(u"DB_PASSWORD"_s), u"it's a \"pass\" #1"_s);
        QCOMPARE(local.stack->envValue(u"SANDBOX_ENABLE_NETWORK"_s), u"false"_s);
        QCOMPARE(local.stack->envValue(u"CHECK_UPDATE_URL"_s), u"True"_s);
        QVERIFY(local.stack->file(u".env"_s)->content.contains("\nSMTP_SERVER=\n"));
        QCOMPARE(local.stack->envValue(u"REDIS_PASSWORD"_s).size(), 44);
        QVERIFY(local.stack->file(u"docker-compose.yml"_s)->content.contains("\n  redis:\n"));

        const Rendered webui = renderOne(fixture(), fixtureSecrets(), u"open-webui"_s);
        QVERIFY(webui.stack.ok());
        QCOMPARE(webui.stack->healthUrl, u"http://10.10.10.12:8080/health"_s);
        QCOMPARE(webui.stack->envValue(u"DATABASE_URL"_s),
                 u"postgresql://openwebui:p%40ss%3Aw%2Frd%3F%26%3D%25@10.10.10.10:5432/openwebui"_s);
        QCOMPARE(webui.stack->envValue(u"PGVECTOR_DB_URL"_s), webui.stack->envValue(u"DATABASE_URL"_s));
        QCOMPARE(webui.stack->envValue(u"VECTOR_DB"_s), u"pgvector"_s);
        QCOMPARE(webui.stack->envValue(u"DATABASE_PASSWORD"_s), QString()); // folded into the URL
        QVERIFY(!webui.stack->file(u".env"_s)->content.contains("DATABASE_HOST="));
        QCOMPARE(webui.stack->envValue(u"REDIS_URL"_s), u"redis://:r3dis%20pa%24%24%20%232@10.10.10.10:6380/0"_s);
        QCOMPARE(webui.stack->envValue(u"ENABLE_SIGNUP"_s), u"false"_s);
        QCOMPARE(webui.stack->directories.first().path, u"/data/open-webui"_s);
        QCOMPARE(webui.stack->directories.first().mode, 0750);
    }

    void previewMasksSecrets()
    {
        for (const Rendered &r : renderAll(fixture(), fixtureSecrets())) {
            QVERIFY(r.stack.ok());
            const QString preview = r.stack->preview();
            QStringList secrets = fixtureSecrets().values();
            secrets.append(u"sk-plain-in-the-inventory"_s); // a plain-text SECRET_KEY is masked too
            for (const AppStack::EnvEntry &e : r.stack->env)
                if (e.secret && !e.value.isEmpty())
                    secrets.append(e.value);
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!preview.contains(secret), qPrintable(r.group.group + u": "_s + secret));
                QVERIFY(!preview.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
                if (const auto quoted = EnvFile::quote(secret))
                    QVERIFY(!preview.contains(*quoted));
            }
            QVERIFY(preview.contains(u"DB_PASSWORD=********"_s)
                    || preview.contains(u"DATABASE_URL=postgresql://openwebui:********@"_s));
            QVERIFY(preview.contains(u"docker compose --project-name"_s));
            QVERIFY(preview.contains(r.stack->healthUrl));
        }
    }

    // A password the conf repeats under a key that does not look secret is masked too.
    void copiesOfSecretsAreMasked()
    {
        const Inventory inventory = loadInventory(
            difyInventory(u"              ADMIN_HINT: 'db password: hunter2-long'\n"
                          "              WEBHOOK_USER: hunter2-long\n"_s));
        const Rendered r = renderOne(inventory, {{u"${secret:db}"_s, u"hunter2-long"_s}}, u"dify"_s);
        QVERIFY(r.stack.ok());
        const QString preview = r.stack->preview();
        QVERIFY(!preview.contains(u"hunter2"_s));
        QVERIFY(preview.contains(u"ADMIN_HINT=********\n"_s));
        QVERIFY(preview.contains(u"WEBHOOK_USER=********\n"_s));
        QVERIFY(r.stack->file(u".env"_s)->content.contains("WEBHOOK_USER=hunter2-long\n"));
    }

    void composeConfigAccepts_data()
    {
        goldenFiles_data();
    }

    // The exact `config --quiet` argv of each stack, on its files written to a temporary
    // directory, exits 0; the resolved config carries the inventory's values to the services.
    void composeConfigAccepts()
    {
        REQUIRE_DOCKER_COMPOSE();
        QFETCH(QString, group);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Rendered r = renderOne(fixture(), fixtureSecrets(), group, dir.path());
        QVERIFY(r.stack.ok());
        QVERIFY(writeStack(*r.stack));
        const ProcessResult quiet = run(r.stack->composeConfigLegacy);
        QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData()); // not even a warning (unset variable…)

        ProcessResult result;
        const YAML::Node config = composeConfig(*r.stack, &result);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const YAML::Node services = config["services"];
        if (r.stack->kind == u"dify"_s) {
            QVERIFY(services["api"] && services["worker"] && services["worker_beat"] && services["web"]);
            QVERIFY(services["sandbox"] && services["plugin_daemon"] && services["ssrf_proxy"] && services["nginx"]);
            QCOMPARE(bool(services["redis"]), group == u"dify-local"_s);
            QCOMPARE(environmentOf(config, "api", "DB_PASSWORD"), u"it's a \"pass\" #1"_s);
            QCOMPARE(environmentOf(config, "api", "DIFY_PORT"), u"5001"_s); // the API's own port
            QCOMPARE(environmentOf(config, "plugin_daemon", "DB_DATABASE"), u"dify_plugin"_s);
            QCOMPARE(environmentOf(config, "plugin_daemon", "SERVER_KEY"), r.stack->envValue(u"PLUGIN_DAEMON_KEY"_s));
            QCOMPARE(environmentOf(config, "web", "DB_PASSWORD"), u"<unset>"_s); // web gets no passwords
            QCOMPARE(QString::fromStdString(services["nginx"]["ports"][0]["published"].Scalar()),
                     QString::number(r.stack->port));
            QCOMPARE(QString::fromStdString(services["api"]["volumes"][0].Scalar()),
                     r.stack->envValue(u"DIFY_DATA"_s) + u"/app/storage:/app/api/storage:rw"_s);
        } else {
            QCOMPARE(environmentOf(config, "open-webui", "DATABASE_URL"), r.stack->envValue(u"DATABASE_URL"_s));
            QCOMPARE(environmentOf(config, "open-webui", "WEBUI_SECRET_KEY"), u"webui-secret-$HOME"_s);
            QCOMPARE(environmentOf(config, "open-webui", "WEBUI_NAME"), u"Team \"Chat\" #1"_s);
            QCOMPARE(QString::fromStdString(services["open-webui"]["volumes"][0].Scalar()),
                     u"/data/open-webui:/app/backend/data:rw"_s);
            QCOMPARE(QString::fromStdString(services["open-webui"]["ports"][0]["published"].Scalar()), u"8080"_s);
        }
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quotes, space, #") << u"it's a \"pass\" #1"_s;
        QTest::newRow("dollars") << u"pa$$ word #2 $HOME $"_s;
        QTest::newRow("spaces around") << u"  spaced out  "_s;
        QTest::newRow("hash first") << u"#not-a-comment"_s;
        QTest::newRow("backslash and quote") << u"back\\slash 'n' \\n"_s;
        QTest::newRow("double quote only") << u"a\"b"_s;
        QTest::newRow("single quote only") << u"'"_s;
        QTest::newRow("lone dollar") << u"$"_s;
        QTest::newRow("tab") << u"tab\there"_s;
        QTest::newRow("unicode") << u"ünïcødé 密码"_s;
        QTest::newRow("url delimiters") << u"p@ss:w/rd?&=%+"_s;
        QTest::newRow("equals and star") << u"a=b*c"_s;
        QTest::newRow("braces") << u"{x}$y{"_s;
    }

    // A value through .env to what the container sees, three ways: env_file (DB_PASSWORD in api),
    // compose interpolation into an argument (REDIS_PASSWORD in redis-server's command) and into
    // an environment entry (NEXT_PUBLIC_COOKIE_DOMAIN in web).
    void valuesRoundTrip()
    {
        REQUIRE_DOCKER_COMPOSE();
        QFETCH(QString, value);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Inventory inventory = loadInventory(
            difyInventory(u"              REDIS_PASSWORD: '${secret:db}'\n"
                          "              NEXT_PUBLIC_COOKIE_DOMAIN: '${secret:db}'\n"_s));
        const Rendered r = renderOne(inventory, {{u"${secret:db}"_s, value}}, u"dify"_s, dir.path());
        QVERIFY2(r.stack.ok(), qPrintable(r.stack.ok() ? QString() : r.stack.error().toString()));
        QVERIFY(writeStack(*r.stack));
        ProcessResult result;
        const YAML::Node config = composeConfig(*r.stack, &result);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(environmentOf(config, "api", "DB_PASSWORD"), value);
        QCOMPARE(environmentOf(config, "worker", "REDIS_PASSWORD"), value);
        QCOMPARE(environmentOf(config, "web", "NEXT_PUBLIC_COOKIE_DOMAIN"), value);
        QCOMPARE(environmentOf(config, "redis", "REDISCLI_AUTH"), value);
        QCOMPARE(unescape(config["services"]["redis"]["command"][2].Scalar()), value);
    }

    void envQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"postgresql"_s << u"postgresql"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("url") << u"http://a.b:80/x?y=1&z=%20"_s << u"'http://a.b:80/x?y=1&z=%20'"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("hash") << u"a#b"_s << u"'a#b'"_s;
        QTest::newRow("dollar") << u"a$b"_s << u"'a$b'"_s;
        QTest::newRow("double quote") << u"a\"b"_s << u"'a\"b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"\"it's\""_s;
        QTest::newRow("backslash") << u"a\\b\"c"_s << u"\"a\\\\b\\\"c\""_s;
    }

    void envQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(EnvFile::quote(value).value_or(u"<refused>"_s), written);
    }

    void refusedValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("newline") << u"two\nlines"_s << u"line break"_s;
        QTest::newRow("carriage return") << u"cr\r"_s << u"line break"_s;
        QTest::newRow("interpolation") << u"a${HOME}b"_s << u"\"${\""_s;
        QTest::newRow("dollar and quote") << u"it's $5"_s << u"single quote or a backslash"_s;
        QTest::newRow("trailing backslash") << u"a'b\\"_s << u"ends with a backslash"_s;
    }

    // A value no .env spelling carries safely is an Error naming the app and the key, and never
    // quoting the value itself.
    void refusedValues()
    {
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QVERIFY(!EnvFile::quote(value));
        const Inventory inventory = loadInventory(difyInventory({}));
        const Rendered r = renderOne(inventory, {{u"${secret:db}"_s, value}}, u"dify"_s);
        QVERIFY(!r.stack.ok());
        const Error &e = r.stack.error();
        QVERIFY2(e.what.contains(u"App dify"_s) && e.what.contains(u"DB_PASSWORD"_s), qPrintable(e.toString()));
        QVERIFY2(e.what.contains(reason), qPrintable(e.what));
        QCOMPARE(e.where, u"dify/dify:DB_PASSWORD"_s);
        QVERIFY(!e.toString().contains(value));
    }

    void inventoryErrors_data()
    {
        QTest::addColumn<QByteArray>("inventory");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing secret")
            << difyInventory(u"              SMTP_PASSWORD: '${secret:mail/password}'\n"_s)
            << u"SMTP_PASSWORD refers to the secret mail/password"_s << u"dify/dify:SMTP_PASSWORD"_s;
        QTest::newRow("bad key") << difyInventory(u"              my-key: 1\n"_s) << u"'my-key' cannot be a .env key"_s
                                 << u"dify/dify:my-key"_s;
        QTest::newRow("twice") << difyInventory(u"              db_port: 5433\n              DB_PORT: 5432\n"_s)
                               << u"sets DB_PORT twice"_s << u"dify/dify:DB_PORT"_s;
        QTest::newRow("no secret key") << difyInventory({}).replace("SECRET_KEY: sk-test", "SECRET_KEY: ''")
                                       << u"SECRET_KEY is not set"_s << u"dify/dify:SECRET_KEY"_s;
        QTest::newRow("bad port") << difyInventory(u"              DIFY_PORT: 80000\n"_s)
                                  << u"DIFY_PORT must be a port"_s << u"dify/dify:DIFY_PORT"_s;
        QTest::newRow("relative data") << difyInventory(u"              DIFY_DATA: data/dify\n"_s)
                                       << u"DIFY_DATA must be an absolute directory"_s << u"dify/dify:DIFY_DATA"_s;
        QTest::newRow("server name") << difyInventory(u"              NGINX_SERVER_NAME: 'a; return 200'\n"_s)
                                     << u"NGINX_SERVER_NAME must be host names"_s << u"dify/dify:NGINX_SERVER_NAME"_s;
        QTest::newRow("partial reference") << difyInventory(u"              MAIL_PASSWORD: 'x${secret:db}'\n"_s)
                                           << u"secret reference inside other text"_s << u"dify/dify:MAIL_PASSWORD"_s;
        QByteArray noPg = difyInventory({});
        noPg.replace("              DB_HOST: 10.10.10.10\n", "");
        QTest::newRow("no postgres") << noPg << u"Dify needs the inventory's PostgreSQL"_s << u"dify/dify:DB_HOST"_s;
        QByteArray unknown = difyInventory({});
        unknown.replace("          dify:\n", "          n8n:\n");
        QTest::newRow("unknown app") << unknown << u"no template for the app n8n"_s << u"dify/n8n"_s;
        QByteArray hashed = difyInventory({});
        hashed.replace("              DB_PASSWORD: '${secret:db}'\n", "");
        hashed.replace("vars: { pg_cluster: pg-meta }",
                       "vars: { pg_cluster: pg-meta, pg_users: [ { name: dify, password: "
                       "'md5d41d8cd98f00b204e9800998ecf8427e' } ] }");
        QTest::newRow("hashed password") << hashed << u"stored only as a hash"_s << u"dify/dify:DB_PASSWORD"_s;
    }

    void inventoryErrors()
    {
        QFETCH(QByteArray, inventory);
        QFETCH(QString, what);
        QFETCH(QString, where);
        const Rendered r = renderOne(loadInventory(inventory), {{u"${secret:db}"_s, u"pw"_s}}, u"dify"_s);
        QVERIFY(!r.stack.ok());
        QVERIFY2(r.stack.error().what.contains(what), qPrintable(r.stack.error().toString()));
        QCOMPARE(r.stack.error().where, where);
        QVERIFY(!r.stack.error().hint.isEmpty());
    }

    void secretReferences()
    {
        const Inventory inventory = fixture();
        const AppRenderer renderer(PgCluster::all(inventory), RedisCluster::all(inventory), {});
        QMap<QString, QStringList> refs;
        for (const AppGroup &group : AppGroup::all(inventory))
            for (const AppDefinition &app : group.apps)
                refs.insert(group.group, renderer.secretReferences(group, app));
        QCOMPARE(refs[u"dify"_s], QStringList({u"${secret:dify/secret_key}"_s, u"${secret:pg-meta/dify}"_s,
                                               u"${secret:redis-ms/redis_password}"_s}));
        QCOMPARE(refs[u"dify-local"_s], QStringList({u"${secret:pg-meta/dify}"_s})); // from pg_users
        QCOMPARE(refs[u"open-webui"_s], QStringList({u"${secret:open-webui/webui_secret_key}"_s,
                                                     u"${secret:pg-meta/openwebui}"_s,
                                                     u"${secret:redis-ms/redis_password}"_s}));
    }

    // An inventory address of the app's own host (127.0.0.1) is, inside a container, the host
    // gateway: host.docker.internal, which the compose files map with extra_hosts.
    void loopbackBecomesHostGateway()
    {
        const Inventory inventory = loadInventory(difyInventory({}, u"127.0.0.1"_s));
        const Rendered r = renderOne(inventory, {{u"${secret:db}"_s, u"pw"_s}}, u"dify"_s);
        QVERIFY(r.stack.ok());
        QCOMPARE(r.stack->envValue(u"DB_HOST"_s), u"host.docker.internal"_s);
        QCOMPARE(r.stack->envValue(u"PGVECTOR_HOST"_s), u"host.docker.internal"_s);
        QVERIFY(r.stack->file(u"docker-compose.yml"_s)->content.contains("host.docker.internal:host-gateway"));
    }

    void dockerChecks()
    {
        const QList<AppStack::Check> checks = AppRenderer::dockerChecks();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].argvs, QList<QStringList>({{u"docker"_s, u"--version"_s}}));
        QCOMPARE(checks[1].argvs.first().mid(0, 2), QStringList({u"docker"_s, u"info"_s}));
        QCOMPARE(checks[2].argvs.size(), 2);

        // A host without docker: the command does not even start (over SSH: exit 127).
        QTemporaryDir empty;
        const QStringList viaShell{u"/bin/sh"_s, u"-c"_s, u"exec \"$0\" \"$@\""_s};
        const ProcessResult missing = run(viaShell + checks[0].argvs.first(), {}, empty.path());
        QCOMPARE(missing.exitCode, 127);
        const Error e = checks[0].failed(u"10.10.10.11"_s, u"sh: 1: docker: not found"_s);
        QCOMPARE(e.what, u"Docker is not installed on 10.10.10.11: there is no docker command"_s);
        QCOMPARE(e.where, u"10.10.10.11"_s);
        QCOMPARE(e.detail, u"sh: 1: docker: not found"_s);
        QVERIFY(!e.hint.isEmpty());

        // A host whose docker command finds no engine (this machine has none running).
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            QSKIP("no docker command on this machine: the engine check cannot be run");
        const ProcessResult down = run(checks[1].argvs.first(), {u"DOCKER_HOST=unix:///nonexistent/docker.sock"_s});
        QVERIFY(down.exitCode != 0);
        const Error stopped = checks[1].failed(u"10.10.10.11"_s, QString::fromUtf8(down.err));
        QVERIFY(stopped.what.contains(u"does not answer"_s));
        QVERIFY2(stopped.detail.contains(u"docker"_s, Qt::CaseInsensitive), qPrintable(stopped.detail));
    }
};

QTEST_GUILESS_MAIN(TestAppRenderer)
#include "tst_apprenderer.moc"
