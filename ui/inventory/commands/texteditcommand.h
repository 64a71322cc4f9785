// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/yamledit.h"

#include <QUndoCommand>

#include <vector>

namespace stackyard {

class InventoryDocument;

// Base of the inventory's undo commands: a list of text edits applied to the document in order
// (redo) and their inverses applied in reverse (undo). The edits were already applied when the
// command is pushed, so the first redo() does nothing. Subclasses name the kind of edit.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(InventoryDocument *document, const yaml::TextEdit &edit, const std::string &before,
                    const QString &text);

    void redo() override;
    void undo() override;

protected:
    // Adds another applied edit to this command (for merging).
    void append(const TextEditCommand &other);

    InventoryDocument *mDocument;

private:
    struct Step
    {
        yaml::TextEdit edit;
        yaml::TextEdit inverse;
    };
    std::vector<Step> mSteps;
    bool mFirstRedo = true;
};

// A value set in a form or by stackyardctl-like pointer edits. Consecutive sets of the same
// value (typing in one field) merge into one undo step.
class SetValueCommand : public TextEditCommand
{
public:
    SetValueCommand(InventoryDocument *document, const yaml::TextEdit &edit, const std::string &before,
                    const QString &text, const std::string &pointer);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::string mPointer;
};

// A new mapping entry or list item: host, user, database, HBA rule, Redis instance, cluster.
class AddEntryCommand : public TextEditCommand
{
public:
    using TextEditCommand::TextEditCommand;
};

// An entry or list item removed with its lines.
class RemoveEntryCommand : public TextEditCommand
{
public:
    using TextEditCommand::TextEditCommand;
};

// Typing in the raw YAML view; consecutive typing merges into one step.
class YamlTextCommand : public TextEditCommand
{
public:
    using TextEditCommand::TextEditCommand;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace stackyard
