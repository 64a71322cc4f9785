// SPDX-License-Identifier: GPL-3.0-or-later
// The finder behind "Move Passwords to the Keychain": which values are plain-text passwords,
// which are not (references, placeholders, hashes, empty), where they are and what keychain name
// each gets; and, over every file of ../shared/pigsty/conf, that it finds every password the
// validator warns about and that replacing what it finds by references leaves none behind.
#include "inventory/inventory.h"
#include "inventory/validation/validator.h"
#include "secrets/plaintextsecrets.h"
#include "secrets/secretref.h"
#include "shareddata.h"
#include "yaml/yamledit.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

namespace {

Inventory parse(const std::string &text, const QString &file = u"inv.yml"_s)
{
    auto inventory = Inventory::parse(text, file);
    if (!inventory)
        qFatal("test inventory does not parse: %s", qPrintable(inventory.error().toString()));
    return *inventory;
}

// "pointer=name" for each item, in order.
QStringList names(const QList<PlaintextSecrets::Item> &items)
{
    QStringList out;
    for (const auto &item : items)
        out << item.pointer + u'=' + item.suggestedName;
    return out;
}

// Replaces every found value by its reference, one minimal edit at a time.
std::string moved(std::string text, const QList<PlaintextSecrets::Item> &items)
{
    for (const auto &item : items) {
        const auto tree = yaml::Tree::parse(text);
        if (!tree)
            qFatal("text stopped parsing: %s", qPrintable(tree.error().toString()));
        const auto edit = yaml::Editor(*tree).set(*yaml::Pointer::parse(item.pointer.toStdString()),
            YAML::Node(SecretRef::format(item.suggestedName).toStdString()));
        if (!edit)
            qFatal("cannot rewrite %s: %s", qPrintable(item.pointer), qPrintable(edit.error().toString()));
        edit->applyTo(text);
    }
    return text;
}

QSet<QString> secretWarnings(const Inventory &inventory)
{
    QSet<QString> pointers;
    for (const Finding &f : Validator::check(inventory.tree(), inventory.fileName()))
        if (f.rule == u"secret.plaintext"_s || f.rule == u"secret.default"_s)
            pointers.insert(f.pointer);
    return pointers;
}

int errors(const Inventory &inventory)
{
    int n = 0;
    for (const Finding &f : Validator::check(inventory.tree(), inventory.fileName()))
        n += f.isError() ? 1 : 0;
    return n;
}

} // namespace

class TestPlaintextSecrets : public QObject
{
    Q_OBJECT

private slots:
    void secretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        for (const char *key : { "password", "redis_password", "pg_admin_password", "secret_key", "minio_secret_key",
                 "s3_key_secret", "cipher_pass", "vip_auth_pass", "DB_PASSWORD", "PGVECTOR_PASSWORD", "SECRET_KEY",
                 "WEBUI_SECRET_KEY", "patroni_password" })
            QTest::newRow(key) << QString::fromLatin1(key) << true;
        for (const char *key : { "name", "pg_admin_username", "password_encryption", "s3_key", "access_key",
                 "DB_USERNAME", "pg_pwd_enc", "secretary" })
            QTest::newRow(key) << QString::fromLatin1(key) << false;
    }
    void secretKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(PlaintextSecrets::isSecretKey(key), secret);
    }

    void plaintextValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("plaintext");
        QTest::newRow("word") << u"hunter2"_s << true;
        QTest::newRow("pigsty default") << u"DBUser.Meta"_s << true;
        QTest::newRow("embedded placeholder") << u"pgBR.${pg_cluster}"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("reference") << u"${secret:pg-meta/dbuser_meta}"_s << false;
        QTest::newRow("placeholder") << u"${admin_password}"_s << false;
        QTest::newRow("jinja") << u"{{ vault_pg_password }}"_s << false;
        QTest::newRow("unfilled") << u"<your_secret_key>"_s << false;
        QTest::newRow("scram") << u"SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"_s << false;
        QTest::newRow("md5") << u"md5e5e28d4a1f7ba5c7a4f1e8e4b1b1d2c3"_s << false;
        QTest::newRow("md5 too short") << u"md5e5e28d4a1f"_s << true;
    }
    void plaintextValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, plaintext);
        QCOMPARE(PlaintextSecrets::isPlaintext(value.toStdString()), plaintext);
    }

    void usersAndSkippedValues()
    {
        const Inventory inv = parse(R"(all:
  children:
    pg-meta:
      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }
      vars:
        pg_cluster: pg-meta
        pg_users:
          - { name: dbuser_meta ,password: DBUser.Meta ,pgbouncer: true }
          - { name: dbuser_ref  ,password: '${secret:pg-meta/dbuser_ref}' }
          - { name: dbuser_hash ,password: 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy' }
          - { name: dbuser_md5  ,password: md5e5e28d4a1f7ba5c7a4f1e8e4b1b1d2c3 }
          - { name: dbuser_none ,password: '' }
          - name: dbuser_block
            password: "block pass"
  vars:
    admin_ip: 10.10.10.10
)");
        const auto items = PlaintextSecrets::find(inv);
        QCOMPARE(names(items),
            (QStringList { u"/all/children/pg-meta/vars/pg_users/0/password=pg-meta/dbuser_meta"_s,
                u"/all/children/pg-meta/vars/pg_users/5/password=pg-meta/dbuser_block"_s }));
        QCOMPARE(items[0].line, 8);
        QCOMPARE(items[0].column, 44);
        QCOMPARE(items[0].key, u"password"_s);
        QCOMPARE(items[0].owner, u"pg-meta"_s);
        QCOMPARE(items[0].user, u"dbuser_meta"_s);
        QCOMPARE(items[0].value, u"DBUser.Meta"_s);
        QCOMPARE(items[1].line, 14);
        QCOMPARE(items[1].value, u"block pass"_s);
    }

    void clustersGlobalsMinioAndApps()
    {
        const Inventory inv = parse(R"(all:
  children:
    redis-ms:
      hosts: { 10.10.10.10: { redis_node: 1 ,redis_instances: { 6379: {} } } }
      vars: { redis_cluster: redis-ms ,redis_password: 'redis.ms' }
    redis-meta:
      hosts: { 10.10.10.11: { redis_node: 1 ,redis_instances: { 26379: {} } } }
      vars:
        redis_cluster: redis-meta
        redis_mode: sentinel
        redis_sentinel_monitor: [ { name: redis-ms, host: 10.10.10.10, port: 6379 ,password: redis.ms, quorum: 1 } ]
    minio:
      hosts: { 10.10.10.10: { minio_seq: 1 } }
      vars:
        minio_cluster: minio
        minio_users:
          - { access_key: pgbackrest ,secret_key: S3User.Backup ,policy: pgsql }
    pg-meta:
      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }
      vars:
        pg_cluster: pg-meta
        pg_users: [ { name: dify ,password: difyai123456 } ]
    dify:
      hosts: { 10.10.10.10: {} }
      vars:
        apps:
          dify:
            conf:
              DB_PASSWORD: difyai123456
              SECRET_KEY: sk-somerandomkey
  vars:
    admin_ip: 10.10.10.10
    grafana_admin_password: pigsty
    pgbackrest_repo:
      minio: { type: s3 ,s3_key: pgbackrest ,s3_key_secret: S3User.Backup ,cipher_pass: pgBR }
)",
            u"/tmp/site.yml"_s);
        const auto items = PlaintextSecrets::find(inv);
        QCOMPARE(names(items),
            (QStringList {
                u"/all/children/redis-ms/vars/redis_password=redis-ms/redis_password"_s,
                // the monitored cluster's password has that cluster's name
                u"/all/children/redis-meta/vars/redis_sentinel_monitor/0/password=redis-ms/redis_password"_s,
                u"/all/children/minio/vars/minio_users/0/secret_key=minio/pgbackrest"_s,
                u"/all/children/pg-meta/vars/pg_users/0/password=pg-meta/dify"_s,
                // an app's password equal to a user's follows the user's name
                u"/all/children/dify/vars/apps/dify/conf/DB_PASSWORD=pg-meta/dify"_s,
                u"/all/children/dify/vars/apps/dify/conf/SECRET_KEY=dify/secret_key"_s,
                u"/all/vars/grafana_admin_password=site/grafana_admin_password"_s,
                u"/all/vars/pgbackrest_repo/minio/s3_key_secret=site/pgbackrest"_s,
                u"/all/vars/pgbackrest_repo/minio/cipher_pass=site/cipher_pass"_s,
            }));
        QCOMPARE(items[2].user, u"pgbackrest"_s);
        QCOMPARE(items[6].owner, u"site"_s);
    }

    void clashesAndTakenNames()
    {
        const Inventory inv = parse(R"(all:
  children:
    inv:
      hosts: { 10.10.10.10: { pg_seq: 1, pg_role: primary } }
      vars:
        pg_cluster: inv
        pg_users: [ { name: app ,password: first } , { name: meta ,password: samesame } ]
        pg_default_roles: [ { name: meta ,password: samesame } ]
        pg_users_note: '${secret:inv/taken}'
    other:
      hosts: { 10.10.10.11: { pg_seq: 1, pg_role: primary, pg_cluster: inv, pg_users: [ { name: taken ,password: x } ] } }
  vars:
    admin_ip: 10.10.10.10
    pg_users: [ { name: app ,password: second } ]
)");
        const auto items = PlaintextSecrets::find(inv);
        QCOMPARE(names(items),
            (QStringList {
                u"/all/children/inv/vars/pg_users/0/password=inv/app"_s,
                u"/all/children/inv/vars/pg_users/1/password=inv/meta"_s,
                u"/all/children/inv/vars/pg_default_roles/0/password=inv/meta"_s, // same name, same value: shared
                u"/all/children/other/hosts/10.10.10.11/pg_users/0/password=inv/taken-2"_s, // already referenced
                u"/all/vars/pg_users/0/password=inv/app-2"_s, // same name, other value: numbered
            }));
    }

    void nothingToMove()
    {
        const Inventory inv = parse("all:\n  children: {}\n  vars: { admin_ip: 10.10.10.10, pg_admin_password: "
                                    "'${secret:x/pg_admin_password}', redis_password: '' }\n");
        QVERIFY(PlaintextSecrets::find(inv).isEmpty());
    }

    void pigstyConf_data()
    {
        STACKYARD_REQUIRE_SHARED_DATA();
        QTest::addColumn<QString>("path");
        const QStringList files = test::SharedData::pigstyConfFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << test::SharedData::pigstyConfDir() + u'/' + f;
    }
    void pigstyConf()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        const Inventory inv = parse(text, path);
        const auto items = PlaintextSecrets::find(inv);

        QHash<QString, QString> valueOfName;
        int lastLine = 0;
        for (const auto &item : items) {
            // Each item is where it says, a secret key with a plain-text value.
            const yaml::Tree::Index at = yaml::Pointer::parse(item.pointer.toStdString())->resolve(inv.tree());
            QVERIFY2(at != yaml::Tree::npos, qPrintable(item.pointer));
            QCOMPARE(QString::fromStdString(inv.tree().scalar(at)), item.value);
            QCOMPARE(inv.position(at), std::make_pair(item.line, item.column));
            QVERIFY2(PlaintextSecrets::isSecretKey(item.key), qPrintable(item.key));
            QVERIFY(PlaintextSecrets::isPlaintext(item.value.toStdString()));
            QVERIFY2(SecretRef::isValidName(item.suggestedName), qPrintable(item.suggestedName));
            QVERIFY(item.line >= lastLine);
            lastLine = item.line;
            // One name, one value.
            const auto it = valueOfName.constFind(item.suggestedName);
            QVERIFY2(it == valueOfName.cend() || *it == item.value, qPrintable(item.suggestedName));
            valueOfName.insert(item.suggestedName, item.value);
        }

        // Every password the validator warns about is found.
        QSet<QString> found;
        for (const auto &item : items)
            found.insert(item.pointer);
        const QSet<QString> warned = secretWarnings(inv);
        for (const QString &pointer : warned)
            QVERIFY2(found.contains(pointer), qPrintable(u"not found: "_s + pointer));

        // Moving them all leaves nothing behind, breaks nothing and keeps every comment.
        const std::string after = moved(text, items);
        const Inventory movedInv = parse(after, path);
        QVERIFY(PlaintextSecrets::find(movedInv).isEmpty());
        QVERIFY(secretWarnings(movedInv).isEmpty());
        QCOMPARE(errors(movedInv), errors(inv));
        const auto comments = [](const std::string &t) {
            QStringList out;
            for (const QString &line : QString::fromStdString(t).split(u'\n'))
                if (line.trimmed().startsWith(u'#'))
                    out << line;
            return out;
        };
        QCOMPARE(comments(after), comments(text));
    }
};

QTEST_GUILESS_MAIN(TestPlaintextSecrets)
#include "tst_plaintextsecrets.moc"
