// SPDX-License-Identifier: GPL-3.0-or-later
// ${secret:NAME} references: what parses, what is rejected, formatting, suggested names.
#include "secrets/secretref.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestSecretRef : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isRef");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"${secret:db}"_s << true << u"db"_s;
        QTest::newRow("path") << u"${secret:pg-meta/dbuser_meta}"_s << true << u"pg-meta/dbuser_meta"_s;
        QTest::newRow("all characters") << u"${secret:A-z_0.9/x}"_s << true << u"A-z_0.9/x"_s;
        QTest::newRow("one character") << u"${secret:a}"_s << true << u"a"_s;
        QTest::newRow("200 characters") << u"${secret:%1}"_s.arg(QString(200, u'n')) << true << QString(200, u'n');

        QTest::newRow("empty name") << u"${secret:}"_s << false << QString();
        QTest::newRow("space in name") << u"${secret:a b}"_s << false << QString();
        QTest::newRow("text before") << u"x${secret:a}"_s << false << QString();
        QTest::newRow("text after") << u"${secret:a}x"_s << false << QString();
        QTest::newRow("201 characters") << u"${secret:%1}"_s.arg(QString(201, u'n')) << false << QString();
        QTest::newRow("leading space") << u" ${secret:a}"_s << false << QString();
        QTest::newRow("trailing newline") << u"${secret:a}\n"_s << false << QString();
        QTest::newRow("no closing brace") << u"${secret:a"_s << false << QString();
        QTest::newRow("nested") << u"${secret:${secret:a}}"_s << false << QString();
        QTest::newRow("colon in name") << u"${secret:a:b}"_s << false << QString();
        QTest::newRow("non-ASCII name") << u"${secret:密码}"_s << false << QString();
        QTest::newRow("upper-case keyword") << u"${SECRET:a}"_s << false << QString();
        QTest::newRow("env style") << u"${a}"_s << false << QString();
        QTest::newRow("plain password") << u"DBUser.Meta"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("prefix only") << u"${secret:"_s << false << QString();
    }

    void parse()
    {
        QFETCH(QString, value);
        QFETCH(bool, isRef);
        QFETCH(QString, name);
        const std::optional<QString> parsed = SecretRef::parse(value);
        QCOMPARE(parsed.has_value(), isRef);
        if (isRef) {
            QCOMPARE(*parsed, name);
            QCOMPARE(SecretRef::format(*parsed), value);
        }
    }

    void isValidName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"redis-ms/redis_password"_s << true;
        QTest::newRow("dots") << u"a.b.c"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("brace") << u"a}"_s << false;
        QTest::newRow("dollar") << u"$a"_s << false;
        QTest::newRow("tab") << u"a\tb"_s << false;
        QTest::newRow("umlaut") << u"pässword"_s << false;
        QTest::newRow("max") << QString(SecretRef::maxNameLength, u'x') << true;
        QTest::newRow("too long") << QString(SecretRef::maxNameLength + 1, u'x') << false;
    }

    void isValidName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(SecretRef::isValidName(name), valid);
    }

    void format()
    {
        QCOMPARE(SecretRef::format(u"pg-meta/dbuser_meta"), u"${secret:pg-meta/dbuser_meta}"_s);
        QCOMPARE(SecretRef::parse(SecretRef::format(u"x")), std::optional<QString>(u"x"_s));
    }

    void suggestName_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pg user") << u"pg-meta"_s << u"password"_s << u"dbuser_meta"_s << u"pg-meta/dbuser_meta"_s;
        QTest::newRow("redis field") << u"redis-ms"_s << u"redis_password"_s << QString() << u"redis-ms/redis_password"_s;
        QTest::newRow("global admin") << u"all"_s << u"pg_admin_password"_s << u"dbuser_dba"_s << u"all/dbuser_dba"_s;
        QTest::newRow("spaces") << u"my cluster"_s << u"password"_s << u"app user"_s << u"my-cluster/app-user"_s;
        QTest::newRow("slash in part") << u"a/b"_s << u"pw"_s << QString() << u"a-b/pw"_s;
        QTest::newRow("runs collapse") << u"  pg  ##  x  "_s << u"pw"_s << QString() << u"pg-x/pw"_s;
        QTest::newRow("non-ASCII user") << u"pg-test"_s << u"password"_s << u"用户"_s << u"pg-test/password"_s;
        QTest::newRow("non-ASCII cluster") << u"集群"_s << u"password"_s << u"dbuser"_s << u"dbuser"_s;
        QTest::newRow("no cluster") << QString() << u"redis_password"_s << QString() << u"redis_password"_s;
        QTest::newRow("nothing usable") << u"集群"_s << QString() << u"用户"_s << u"secret"_s;
        QTest::newRow("empty") << QString() << QString() << QString() << u"secret"_s;
        QTest::newRow("long") << QString(150, u'c') << u"password"_s << QString(150, u'u')
                              << QString(150, u'c') + u'/' + QString(49, u'u');
        QTest::newRow("long, cut at separator")
            << QString(200, u'c') << u"password"_s << u"dbuser"_s << QString(200, u'c');
    }

    void suggestName()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, field);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        const QString name = SecretRef::suggestName(cluster, field, user);
        QCOMPARE(name, expected);
        QVERIFY2(SecretRef::isValidName(name), qPrintable(name));
        QCOMPARE(SecretRef::parse(SecretRef::format(name)), std::optional<QString>(name));
    }
};

QTEST_GUILESS_MAIN(TestSecretRef)
#include "tst_secretref.moc"
