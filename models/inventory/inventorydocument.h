// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"
#include "yaml/yamledit.h"

#include <QByteArray>
#include <QObject>

#include <optional>

class QFileSystemWatcher;

namespace stackyard {

// An open inventory file: its current text, the last valid parse of it, and whether it differs
// from the file on disk. Every change is a yaml::TextEdit (typed, minimal, invertible), so an
// undo stack can hold them and nothing else rewrites the file. Saves are atomic (QSaveFile).
// Changes made to the file by other programs are noticed and announced, never silently taken.
class InventoryDocument : public QObject
{
    Q_OBJECT

public:
    explicit InventoryDocument(QObject *parent = nullptr);
    ~InventoryDocument() override;

    // Reads path and parses it (on the calling thread: for the CLI, tests and worker threads).
    Result<bool> openNow(const QString &path);
    // Takes over text that was read elsewhere (a worker thread) as the saved state of path.
    void setLoaded(const QString &path, const Inventory &inventory);

    const QString &path() const { return mPath; }
    const std::string &text() const { return mText; }
    // The last text that parsed. While the text has a syntax error, this is the one before it.
    const Inventory &inventory() const { return *mInventory; }
    bool hasInventory() const { return mInventory.has_value(); }
    // The syntax error of the current text, if it has one.
    const std::optional<Error> &syntaxError() const { return mSyntaxError; }
    bool isModified() const { return mText != mSavedText; }

    // Applies one edit computed on the current text. Refused (nothing changes) when the text
    // has a syntax error or the result would not parse.
    Result<bool> apply(const yaml::TextEdit &edit);
    // Replaces the whole text (the raw YAML view); an edit covering the changed span is emitted.
    void setText(const std::string &text);
    // Applies an edit whatever the syntax of the result (undo and redo of raw YAML typing).
    void applyText(const yaml::TextEdit &edit);

    // Writes the text atomically to path() (or another path, which then becomes path()).
    Result<bool> saveNow(const QString &path = {});
    // Reads the file again, dropping unsaved changes.
    Result<bool> reloadNow();

    // The two halves of a save off the calling thread: writeFile() (any thread) writes a
    // snapshot of text() atomically; markSaved() (the document's thread) records that text as
    // saved to path — changes made meanwhile stay unsaved.
    static Result<bool> writeFile(const QString &path, const std::string &text);
    void markSaved(const QString &path, const std::string &savedText);
    // Stops (and later restarts) reporting our own write as a change by another program.
    void pauseWatching();

signals:
    // The text changed by edit (already applied); inventory() is updated when it parsed.
    void changed(const stackyard::yaml::TextEdit &edit);
    void modifiedChanged(bool modified);
    // The file on disk was changed by another program; offer a reload.
    void externallyChanged(const QString &path);
    void saved(const QString &path);

private:
    void reparse();
    void watch(const QString &path);
    void onFileChanged(const QString &path);

    QString mPath;
    std::string mText;
    std::string mSavedText;
    QByteArray mDiskHash; // of the bytes last read from or written to disk
    std::optional<Inventory> mInventory;
    std::optional<Error> mSyntaxError;
    QFileSystemWatcher *mWatcher;
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::yaml::TextEdit)
