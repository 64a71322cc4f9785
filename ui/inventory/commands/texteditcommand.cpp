// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/commands/texteditcommand.h"

#include "inventory/inventorydocument.h"

namespace stackyard {

TextEditCommand::TextEditCommand(InventoryDocument *document, const yaml::TextEdit &edit, const std::string &before,
                                 const QString &text)
    : QUndoCommand(text)
    , mDocument(document)
{
    mSteps.push_back({edit, edit.inverse(before)});
}

void TextEditCommand::redo()
{
    if (mFirstRedo) {
        mFirstRedo = false;
        return;
    }
    for (const Step &step : mSteps)
        mDocument->applyText(step.edit);
}

void TextEditCommand::undo()
{
    for (auto it = mSteps.rbegin(); it != mSteps.rend(); ++it)
        mDocument->applyText(it->inverse);
}

void TextEditCommand::append(const TextEditCommand &other)
{
    mSteps.insert(mSteps.end(), other.mSteps.begin(), other.mSteps.end());
}

SetValueCommand::SetValueCommand(InventoryDocument *document, const yaml::TextEdit &edit, const std::string &before,
                                 const QString &text, const std::string &pointer)
    : TextEditCommand(document, edit, before, text)
    , mPointer(pointer)
{
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (o->mPointer != mPointer)
        return false;
    append(*o);
    return true;
}

bool YamlTextCommand::mergeWith(const QUndoCommand *other)
{
    append(*static_cast<const YamlTextCommand *>(other));
    return true;
}

} // namespace stackyard
