// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/inventoryedits.h"

#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "yaml/yamledit.h"
#include "yaml/yamltree.h"

#include <QUndoStack>

#include <yaml-cpp/yaml.h>

namespace stackyard {

namespace {

Result<yaml::Pointer> pointerOf(const QString &text)
{
    return yaml::Pointer::parse(text.toStdString());
}

} // namespace

void InventoryEdits::add(const QString &pointer, const YAML::Node &value, const QString &what)
{
    mEdits.append(Edit { true, pointer, YAML::Clone(value), what });
}

void InventoryEdits::set(const QString &pointer, const YAML::Node &value, const QString &what)
{
    mEdits.append(Edit { false, pointer, YAML::Clone(value), what });
}

Result<std::string> InventoryEdits::applyTo(std::string text) const
{
    for (const Edit &edit : mEdits) {
        const auto tree = yaml::Tree::parse(text);
        if (!tree)
            return tree.error();
        const auto pointer = pointerOf(edit.pointer);
        if (!pointer)
            return pointer.error();
        const auto change = yaml::Editor(*tree).set(*pointer, edit.value);
        if (!change)
            return change.error();
        change->applyTo(text);
        if (const auto reparsed = yaml::Tree::parse(text); !reparsed)
            return Error { tr("The change of %1 would not be valid YAML").arg(edit.pointer), edit.pointer, {},
                reparsed.error().toString() };
    }
    return text;
}

Result<QString> InventoryEdits::preview(const std::string &text) const
{
    std::string current = text;
    QStringList blocks;
    for (const Edit &edit : mEdits) {
        const auto tree = yaml::Tree::parse(current);
        if (!tree)
            return tree.error();
        const auto pointer = pointerOf(edit.pointer);
        if (!pointer)
            return pointer.error();
        const auto change = yaml::Editor(*tree).set(*pointer, edit.value);
        if (!change)
            return change.error();
        change->applyTo(current);
        const auto after = yaml::Tree::parse(current);
        if (!after)
            return after.error();
        // Whole lines around the inserted text; a pure insertion after a line end starts on
        // the next line.
        std::int32_t from = change->offset;
        if (!change->text.empty() && change->text.front() == '\n')
            ++from;
        const std::int32_t to = change->offset + std::int32_t(change->text.size());
        const std::int32_t start = after->lineStart(std::min<std::int32_t>(from, std::int32_t(current.size())));
        const std::int32_t end = after->lineEnd(std::max(start, to > from ? to - 1 : from));
        QString block = edit.what.isEmpty() ? QString() : QStringLiteral("# ") + edit.what + QLatin1Char('\n');
        block += QString::fromStdString(current.substr(std::size_t(start), std::size_t(end - start)));
        blocks << block;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

Result<bool> InventoryEdits::apply(InventorySession *session, const QString &undoText) const
{
    if (!session->isOpen())
        return Error { tr("No inventory is open"), {}, {}, {} };
    if (mEdits.isEmpty())
        return true;
    // The dry run: every edit must apply on the text as it is now.
    if (const auto dry = applyTo(session->document()->text()); !dry)
        return dry.error();

    const bool macro = mEdits.size() > 1;
    if (macro)
        session->undoStack()->beginMacro(undoText);
    for (const Edit &edit : mEdits) {
        const auto pointer = pointerOf(edit.pointer);
        const Result<bool> done = !pointer ? Result<bool>(pointer.error())
            : edit.add                     ? session->addEntry(*pointer, edit.value, undoText)
                                           : session->setValue(*pointer, edit.value, undoText);
        if (!done) {
            if (macro) {
                session->undoStack()->endMacro();
                session->undoStack()->undo(); // back to the text before the batch
            }
            return done.error();
        }
    }
    if (macro)
        session->undoStack()->endMacro();
    return true;
}

} // namespace stackyard
