// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorydocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>

namespace stackyard {

namespace {

QByteArray hashOf(const std::string &text)
{
    return QCryptographicHash::hash(QByteArrayView(text.data(), qsizetype(text.size())), QCryptographicHash::Sha256);
}

} // namespace

InventoryDocument::InventoryDocument(QObject *parent)
    : QObject(parent)
    , mWatcher(new QFileSystemWatcher(this))
{
    qRegisterMetaType<stackyard::yaml::TextEdit>();
    connect(mWatcher, &QFileSystemWatcher::fileChanged, this, &InventoryDocument::onFileChanged);
}

InventoryDocument::~InventoryDocument() = default;

Result<bool> InventoryDocument::openNow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("InventoryLoader", "Cannot read the inventory file"), path,
                     QCoreApplication::translate("InventoryLoader", "Check that the file exists and that you may read it."),
                     file.errorString()};
    Result<Inventory> inventory = Inventory::parse(file.readAll().toStdString(), path);
    if (!inventory)
        return inventory.error();
    setLoaded(path, *inventory);
    return true;
}

void InventoryDocument::setLoaded(const QString &path, const Inventory &inventory)
{
    const bool wasModified = isModified();
    mPath = path;
    mInventory = inventory;
    mText = inventory.text();
    mSavedText = mText;
    mDiskHash = hashOf(mText);
    mSyntaxError.reset();
    watch(path);
    if (wasModified)
        emit modifiedChanged(false);
}

Result<bool> InventoryDocument::apply(const yaml::TextEdit &edit)
{
    if (mSyntaxError)
        return Error{tr("The inventory has a YAML error; fix it in the YAML view first"), mSyntaxError->where, {}, {}};
    if (edit.offset < 0 || edit.length < 0 || std::size_t(edit.offset + edit.length) > mText.size())
        return Error{tr("The edit does not fit the current text"), mPath, {}, {}};
    // Only the part of the tree around the edit is read again (see yaml::Tree::applyEdit).
    if (const auto applied = mInventory->applyEdit(edit); !applied)
        return Error{tr("The change would make the inventory invalid, so it was not made"), applied.error().where,
                     {}, applied.error().what + u' ' + applied.error().detail};
    const bool wasModified = isModified();
    mText = mInventory->text();
    emit changed(edit);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
    return true;
}

void InventoryDocument::setText(const std::string &text)
{
    if (text == mText)
        return;
    // The changed span, as one edit: common prefix and suffix are kept.
    std::size_t head = 0;
    while (head < text.size() && head < mText.size() && text[head] == mText[head])
        ++head;
    std::size_t tail = 0;
    while (tail < text.size() - head && tail < mText.size() - head
           && text[text.size() - 1 - tail] == mText[mText.size() - 1 - tail])
        ++tail;
    const yaml::TextEdit edit{std::int32_t(head), std::int32_t(mText.size() - head - tail),
                              text.substr(head, text.size() - head - tail)};
    const bool wasModified = isModified();
    mText = text;
    reparse();
    emit changed(edit);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void InventoryDocument::applyText(const yaml::TextEdit &edit)
{
    if (edit.offset < 0 || edit.length < 0 || std::size_t(edit.offset + edit.length) > mText.size())
        return;
    const bool wasModified = isModified();
    edit.applyTo(mText);
    reparse();
    emit changed(edit);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void InventoryDocument::reparse()
{
    Result<Inventory> parsed = Inventory::parse(mText, mPath);
    if (parsed) {
        mInventory = std::move(parsed).value();
        mSyntaxError.reset();
    } else {
        mSyntaxError = parsed.error();
    }
}

Result<bool> InventoryDocument::writeFile(const QString &path, const std::string &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        return Error{QCoreApplication::translate("stackyard::InventoryDocument", "Cannot save the inventory"), path,
                     QCoreApplication::translate("stackyard::InventoryDocument",
                                                 "Check the free space and that you may write to the folder; the file on disk is unchanged."),
                     file.errorString()};
    return true;
}

void InventoryDocument::pauseWatching()
{
    if (!mWatcher->files().isEmpty())
        mWatcher->removePaths(mWatcher->files());
}

void InventoryDocument::markSaved(const QString &path, const std::string &savedText)
{
    const bool wasModified = isModified();
    mPath = path;
    mSavedText = savedText;
    mDiskHash = hashOf(savedText);
    watch(mPath);
    emit saved(mPath);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

Result<bool> InventoryDocument::saveNow(const QString &path)
{
    const QString target = path.isEmpty() ? mPath : path;
    pauseWatching(); // our own write is not a change by another program
    if (const auto written = writeFile(target, mText); !written) {
        watch(mPath);
        return written.error();
    }
    markSaved(target, mText);
    return true;
}

Result<bool> InventoryDocument::reloadNow()
{
    return openNow(mPath);
}

void InventoryDocument::watch(const QString &path)
{
    if (!mWatcher->files().isEmpty())
        mWatcher->removePaths(mWatcher->files());
    if (QFileInfo::exists(path))
        mWatcher->addPath(path);
}

void InventoryDocument::onFileChanged(const QString &path)
{
    // Editors save by writing a new file and renaming it over: watch the new one.
    if (!mWatcher->files().contains(path) && QFileInfo::exists(path))
        mWatcher->addPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (hash == mDiskHash)
        return;
    mDiskHash = hash;
    emit externallyChanged(path);
}

} // namespace stackyard
