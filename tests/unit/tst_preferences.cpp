// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences and recent files: stored and read back, bad stored values clamped or ignored.
#include "settings/preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString file() const { return mDir.filePath(u"settings.ini"_s); }

private slots:
    void init()
    {
        QFile::remove(file());
    }

    void defaults()
    {
        QSettings settings(file(), QSettings::IniFormat);
        const Preferences p = Preferences::load(settings);
        QCOMPARE(p.language, QString());
        QCOMPARE(p.theme, Preferences::Theme::System);
        QCOMPARE(p.pollIntervalSeconds, Preferences::defaultPollInterval);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("interval");
        QTest::newRow("system") << QString() << int(Preferences::Theme::System) << 10;
        QTest::newRow("zh dark") << u"zh_CN"_s << int(Preferences::Theme::Dark) << 1;
        QTest::newRow("en light") << u"en"_s << int(Preferences::Theme::Light) << 3600;
    }

    void roundTrip()
    {
        QFETCH(QString, language);
        QFETCH(int, theme);
        QFETCH(int, interval);
        Preferences p;
        p.language = language;
        p.theme = Preferences::Theme(theme);
        p.pollIntervalSeconds = interval;
        {
            QSettings settings(file(), QSettings::IniFormat);
            p.save(settings);
        }
        QSettings settings(file(), QSettings::IniFormat);
        QCOMPARE(Preferences::load(settings), p);
    }

    void badStoredValues_data()
    {
        QTest::addColumn<QVariant>("interval");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("expectedInterval");
        QTest::addColumn<int>("expectedTheme");
        QTest::newRow("too small") << QVariant(0) << u"dark"_s << 1 << int(Preferences::Theme::Dark);
        QTest::newRow("too large") << QVariant(99999) << u"light"_s << 3600 << int(Preferences::Theme::Light);
        QTest::newRow("not a number") << QVariant(u"often"_s) << u"purple"_s << 10 << int(Preferences::Theme::System);
    }

    void badStoredValues()
    {
        QFETCH(QVariant, interval);
        QFETCH(QString, theme);
        QFETCH(int, expectedInterval);
        QFETCH(int, expectedTheme);
        QSettings settings(file(), QSettings::IniFormat);
        settings.setValue(u"preferences/pollIntervalSeconds"_s, interval);
        settings.setValue(u"preferences/theme"_s, theme);
        const Preferences p = Preferences::load(settings);
        QCOMPARE(p.pollIntervalSeconds, expectedInterval);
        QCOMPARE(int(p.theme), expectedTheme);
    }

    void recentFiles()
    {
        QStringList files;
        for (int i = 0; i < 12; ++i)
            files = RecentFiles::touched(files, u"/srv/inv%1.yml"_s.arg(i));
        QCOMPARE(files.size(), RecentFiles::maxCount);
        QCOMPARE(files.first(), u"/srv/inv11.yml"_s);
        QCOMPARE(files.last(), u"/srv/inv2.yml"_s);
        // Opening one again moves it to the front without duplicating it.
        files = RecentFiles::touched(files, u"/srv/./inv5.yml"_s);
        QCOMPARE(files.first(), u"/srv/inv5.yml"_s);
        QCOMPARE(files.count(u"/srv/inv5.yml"_s), 1);
        QCOMPARE(files.size(), RecentFiles::maxCount);

        QSettings settings(file(), QSettings::IniFormat);
        RecentFiles::save(settings, files + QStringList{QString(), files.first()});
        QCOMPARE(RecentFiles::load(settings), files);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
