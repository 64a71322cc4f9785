// SPDX-License-Identifier: GPL-3.0-or-later
// Translations are embedded and load by preference: 中文 replaces English texts, English and
// an unknown language fall back to the source texts, and switching back removes the catalogue.
#include "core/localization.h"
#include "inventory/inventoryoverview.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Localization::apply(u"en"_s); }

    void available()
    {
        const auto languages = Localization::available();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages.at(1).code, u"zh_CN"_s);
        QCOMPARE(languages.at(1).nativeName, u"中文（简体）"_s);
    }

    void chineseLoads()
    {
        QVERIFY(QFileInfo::exists(u":/i18n/stackyard_zh_CN.qm"_s));
        QCOMPARE(Localization::apply(u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(clusterKindName(ClusterKind::Infra), u"基础设施"_s);
        QCOMPARE(QLocale().name(), u"zh_CN"_s);
    }

    void englishAndUnknownFallBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("no catalogue") << u"sw_KE"_s;
    }

    void englishAndUnknownFallBack()
    {
        QFETCH(QString, language);
        Localization::apply(u"zh_CN"_s);
        QCOMPARE(Localization::apply(language), u"en"_s);
        QCOMPARE(clusterKindName(ClusterKind::Infra), u"Infrastructure"_s);
    }

    void englishPlurals()
    {
        // stackyard_en.ts holds the English plural forms.
        QVERIFY(QFileInfo::exists(u":/i18n/stackyard_en.qm"_s));
        QCOMPARE(Localization::apply(u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("stackyard::InventoryTreeModel", "%n host(s)", nullptr, 1), u"1 host"_s);
        QCOMPARE(QCoreApplication::translate("stackyard::InventoryTreeModel", "%n host(s)", nullptr, 3), u"3 hosts"_s);
        Localization::apply(u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("stackyard::InventoryTreeModel", "%n host(s)", nullptr, 3), u"3 台主机"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
