// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: load + validate + edit + save of arbitrary inventory text. It must never
// crash, hang or leak; an edit must either apply (and its inverse restore the text exactly) or
// be refused. Built by the clang fuzz build (STACKYARD_FUZZ=ON); run by tests/fuzz/run-fuzzer.
#include "inventory/effectivevariables.h"
#include "inventory/inventorydocument.h"
#include "inventory/validation/validator.h"
#include "yaml/yamledit.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <cstdlib>

using namespace stackyard;

namespace {

// The tree updated in place must equal a fresh parse of the same text, node for node.
void checkSameAsFullParse(const yaml::Tree &incremental)
{
    const auto full = yaml::Tree::parse(incremental.text());
    if (!full || full->size() != incremental.size() || full->root() != incremental.root())
        std::abort();
    for (yaml::Tree::Index i = 0; i < yaml::Tree::Index(full->size()); ++i) {
        const yaml::Tree::Node &a = incremental.node(i);
        const yaml::Tree::Node &b = full->node(i);
        if (a.kind != b.kind || a.style != b.style || a.start != b.start || a.end != b.end || a.line != b.line
            || a.column != b.column || a.value != b.value || a.parent != b.parent || a.children != b.children)
            std::abort();
    }
}

// Whether every scalar's recorded range reads back as its value. Edits are made only on such
// trees: on a text whose ranges cannot be read exactly (malformed quoting, bytes that are not
// UTF-8…) the editor is not expected to produce a minimal edit, only to do no harm.
bool rangesAreExact(const yaml::Tree &tree)
{
    for (yaml::Tree::Index i = 0; i < yaml::Tree::Index(tree.size()); ++i) {
        const yaml::Tree::Node &n = tree.node(i);
        if (n.kind != yaml::Tree::Kind::Scalar)
            continue;
        const std::string source(tree.source(i));
        try {
            const YAML::Node back = YAML::Load(n.style == yaml::Tree::Style::Literal || n.style == yaml::Tree::Style::Folded
                                                   ? "k: " + source + "\n"
                                                   : "k: " + source);
            if (!back[std::string("k")].IsScalar() || back[std::string("k")].Scalar() != n.value)
                return false;
        } catch (const YAML::Exception &) {
            return false;
        }
    }
    return true;
}

// The groups and hosts kept across an in-place edit equal those a fresh read finds.
void checkSameIndexAsFullParse(const Inventory &incremental)
{
    const auto full = Inventory::parse(incremental.text(), incremental.fileName());
    if (!full || full->hostKeys() != incremental.hostKeys() || full->groups().size() != incremental.groups().size())
        std::abort();
    for (qsizetype g = 0; g < full->groups().size(); ++g) {
        const Inventory::Group &a = incremental.groups().at(g);
        const Inventory::Group &b = full->groups().at(g);
        if (a.name != b.name || a.kind != b.kind || a.key != b.key || a.body != b.body || a.vars != b.vars
            || a.hosts != b.hosts || a.hostKeys != b.hostKeys)
            std::abort();
    }
}

} // namespace

// The document watches its file: that needs an application object for its event machinery.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto inventory = Inventory::parse(text, QStringLiteral("fuzz.yml"));
    if (!inventory)
        return 0;
    const Findings findings = Validator::check(inventory->tree(), QStringLiteral("fuzz.yml"));
    for (const Finding &f : findings)
        if (f.line < 1 || f.column < 1)
            std::abort(); // every finding must have a position
    if (!inventory->hostKeys().isEmpty())
        (void)EffectiveVariables::forHost(*inventory, inventory->hostKeys().constFirst(), false);

    if (!rangesAreExact(inventory->tree()))
        return 0;

    // Edit a few nodes picked by the input itself: set scalars, add keys, remove entries.
    static QTemporaryDir dir;
    InventoryDocument document;
    document.setLoaded(dir.filePath(QStringLiteral("fuzz.yml")), *inventory);
    const yaml::Tree &tree = inventory->tree();
    const std::size_t nodes = tree.size();
    for (std::size_t k = 0; k < 8 && nodes > 0; ++k) {
        const yaml::Tree &current = document.inventory().tree();
        if (current.size() == 0)
            break;
        const auto i = yaml::Tree::Index((std::size_t(data[k % size]) * 131 + k * 7919) % current.size());
        const yaml::Pointer pointer = yaml::Pointer::of(current, i);
        const yaml::Editor editor(current);
        Result<yaml::TextEdit> edit = Error{};
        switch (k % 4) {
        case 0:
            edit = editor.setScalar(pointer, "fuzz: 'value' #1", true);
            break;
        case 3:
            // A plain value (the in-place token swap) and a number kept a string (quoted).
            edit = editor.setScalar(pointer, data[k % size] % 2 ? "fuzz-value_1" : "5432", data[k % size] % 3 == 0);
            break;
        case 1:
            edit = editor.set(pointer.child("fuzz_key"), YAML::Load("{ a: [ 1, 2 ], b: x }"));
            break;
        default:
            edit = editor.remove(pointer);
            break;
        }
        if (!edit)
            continue;
        const std::string before = document.text();
        if (!document.apply(*edit))
            continue;
        checkSameAsFullParse(document.inventory().tree());
        checkSameIndexAsFullParse(document.inventory());
        std::string restored = document.text();
        edit->inverse(before).applyTo(restored);
        if (restored != before)
            std::abort(); // the inverse must restore the exact text
    }
    (void)document.saveNow();
    return 0;
}
