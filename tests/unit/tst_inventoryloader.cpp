// SPDX-License-Identifier: GPL-3.0-or-later
// Loading off the calling thread, stale results dropped, the embedded sample installed once.
#include "inventory/inventoryloader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stackyard;

class TestInventoryLoader : public QObject
{
    Q_OBJECT

private:
    static QString sample() { return qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/examples/local.yml"_s; }

private slots:
    void loadsAsynchronously()
    {
        InventoryLoader loader;
        QSignalSpy loaded(&loader, &InventoryLoader::loaded);
        QSignalSpy failed(&loader, &InventoryLoader::failed);
        const quint64 generation = loader.load(sample());
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.isEmpty()); // never delivered synchronously
        QVERIFY(loaded.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), generation);
        QCOMPARE(loaded.at(0).at(1).value<Inventory>().groups().size(), 3);
        QVERIFY(!loader.isLoading());
    }

    void missingFileFails()
    {
        InventoryLoader loader;
        QSignalSpy failed(&loader, &InventoryLoader::failed);
        loader.load(u"/nonexistent/inventory.yml"_s);
        QVERIFY(failed.wait(10000));
        const Error error = failed.at(0).at(1).value<Error>();
        QCOMPARE(error.where, u"/nonexistent/inventory.yml"_s);
        QCOMPARE(error.what, u"Cannot read the inventory file"_s);
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(!error.hint.isEmpty());
    }

    void onlyTheNewestLoadIsReported()
    {
        InventoryLoader loader;
        QSignalSpy loaded(&loader, &InventoryLoader::loaded);
        QSignalSpy failed(&loader, &InventoryLoader::failed);
        loader.load(u"/nonexistent/first.yml"_s);
        const quint64 second = loader.load(sample());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(100); // give a stale result time to (wrongly) arrive
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), second);
    }

    void cancelDropsTheResult()
    {
        InventoryLoader loader;
        QSignalSpy loaded(&loader, &InventoryLoader::loaded);
        loader.load(sample());
        loader.cancel();
        QVERIFY(!loader.isLoading());
        QVERIFY(!loaded.wait(300));
    }

    void destroyedLoaderIsSafe()
    {
        auto *loader = new InventoryLoader;
        loader->load(sample());
        delete loader;
        QTest::qWait(200); // the worker's result must find no loader and do nothing
    }

    void sampleIsInstalledOnceAndLoaded()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"data/local.yml"_s);
        InventoryLoader loader;
        QSignalSpy loaded(&loader, &InventoryLoader::loaded);
        loader.loadSample(target);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(1).value<Inventory>().fileName(), target);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QFile original(sample());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original.readAll());
        f.close();

        // A user's edits to the copy are never overwritten.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("all:\n  children: {}\n");
        f.close();
        QCOMPARE(InventoryLoader::installSample(target).value(), target);
        QCOMPARE(InventoryLoader::loadNow(target)->groups().size(), 0);
    }

    void sampleInUnwritablePlaceFails()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere; the permission error cannot be provoked");
        const auto result = InventoryLoader::installSample(u"/proc/stackyard/local.yml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, u"/proc/stackyard"_s);
    }
};

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
