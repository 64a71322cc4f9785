// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventoryloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace stackyard {

InventoryLoader::InventoryLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<stackyard::Inventory>();
    qRegisterMetaType<stackyard::Error>();
}

InventoryLoader::~InventoryLoader() = default;

Result<Inventory> InventoryLoader::loadNow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("InventoryLoader", "Cannot read the inventory file"), path,
                     QCoreApplication::translate("InventoryLoader", "Check that the file exists and that you may read it."),
                     file.errorString()};
    return Inventory::parse(file.readAll().toStdString(), path);
}

Result<QString> InventoryLoader::installSample(const QString &targetPath)
{
    if (QFileInfo::exists(targetPath))
        return targetPath;
    const QString dir = QFileInfo(targetPath).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{QCoreApplication::translate("InventoryLoader", "Cannot create the folder for the sample inventory"),
                     dir, QCoreApplication::translate("InventoryLoader", "Check the permissions of the folder."), {}};
    QFile sample(u":/examples/local.yml"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("InventoryLoader", "The sample inventory is missing from this build"),
                     sample.fileName(), {}, sample.errorString()};
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(sample.readAll()) < 0 || !out.commit())
        return Error{QCoreApplication::translate("InventoryLoader", "Cannot write the sample inventory"), targetPath,
                     QCoreApplication::translate("InventoryLoader", "Check the free space and permissions."),
                     out.errorString()};
    return targetPath;
}

quint64 InventoryLoader::load(const QString &path)
{
    return start([path] { return loadNow(path); });
}

quint64 InventoryLoader::loadSample(const QString &targetPath)
{
    return start([targetPath]() -> Result<Inventory> {
        const Result<QString> installed = installSample(targetPath);
        if (!installed)
            return installed.error();
        return loadNow(installed.value());
    });
}

quint64 InventoryLoader::start(std::function<Result<Inventory>()> work)
{
    const quint64 generation = ++mGeneration;
    mPending = generation;
    QPointer<InventoryLoader> self(this);
    QThreadPool::globalInstance()->start([self, generation, work = std::move(work)] {
        Result<Inventory> result = work();
        // Back on the GUI thread (the loader's thread); the loader may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result = std::move(result)] {
                if (self)
                    self->deliver(generation, result);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void InventoryLoader::cancel()
{
    ++mGeneration;
    mPending = 0;
}

void InventoryLoader::deliver(quint64 generation, const Result<Inventory> &result)
{
    if (generation != mGeneration)
        return; // stale: a newer load or a cancel came after this one
    mPending = 0;
    if (result)
        emit loaded(generation, result.value());
    else
        emit failed(generation, result.error());
}

} // namespace stackyard
