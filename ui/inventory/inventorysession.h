// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "inventory/finding.h"
#include "inventory/inventoryoverview.h"
#include "yaml/yamledit.h"

#include <QObject>
#include <QTimer>

class QUndoStack;

namespace YAML {
class Node;
}

namespace stackyard {

class InventoryDocument;
class InventoryLoader;
class Inventory;

// The inventory being edited in the console: the document, its undo stack, and the findings of
// the last validation. Reading, saving and validating happen off the GUI thread; every edit is
// an undo command holding the minimal text edit it made.
class InventorySession : public QObject
{
    Q_OBJECT

public:
    explicit InventorySession(QObject *parent = nullptr);
    ~InventorySession() override;

    InventoryDocument *document() const { return mDocument; }
    QUndoStack *undoStack() const { return mUndoStack; }
    bool isOpen() const;
    bool isBusy() const { return mBusy; }
    const Findings &findings() const { return mFindings; }
    int errorCount() const;
    InventoryOverview overview() const;

    void open(const QString &path);
    void openSample(const QString &targetPath);
    void close();
    void save(const QString &path = {});
    void reload();

    // Undoable edits. Each computes a minimal text edit, applies it, and pushes the command;
    // a refused edit returns the Error and changes nothing.
    Result<bool> setValue(const yaml::Pointer &pointer, const YAML::Node &value, const QString &undoText);
    Result<bool> setText(const yaml::Pointer &pointer, const QString &value, bool asString, const QString &undoText);
    Result<bool> addEntry(const yaml::Pointer &pointer, const YAML::Node &value, const QString &undoText);
    Result<bool> removeEntry(const yaml::Pointer &pointer, const QString &undoText);
    // The raw YAML view's text (may have syntax errors; they become findings).
    void replaceText(const QString &text);

signals:
    void opened(const QString &path);
    void openFailed(const stackyard::Error &error);
    void closed();
    void changed(const stackyard::yaml::TextEdit &edit);
    void findingsChanged();
    void modifiedChanged(bool modified);
    void saved(const QString &path);
    void saveFailed(const stackyard::Error &error);
    void externallyChanged(const QString &path);

private:
    enum class Kind { Set, Add, Remove };
    Result<bool> push(Kind kind, const Result<yaml::TextEdit> &edit, const QString &undoText, const std::string &pointer);
    void scheduleValidation();
    void validate();

    InventoryDocument *mDocument;
    QUndoStack *mUndoStack;
    InventoryLoader *mLoader;
    QTimer mValidationTimer;
    Findings mFindings;
    quint64 mValidationGeneration = 0;
    quint64 mSaveGeneration = 0;
    bool mBusy = false;
};

} // namespace stackyard
