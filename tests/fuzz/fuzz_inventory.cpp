// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: load + validate + edit + save of arbitrary inventory text. It must never
// crash, hang or leak; an edit must either apply (and its inverse restore the text exactly) or
// be refused. Built by the clang fuzz build (STACKYARD_FUZZ=ON); run by tests/fuzz/run-fuzzer.
#include "inventory/effectivevariables.h"
#include "inventory/inventorydocument.h"
#include "inventory/validation/validator.h"
#include "yaml/yamledit.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace stackyard;

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

    // Edit a few nodes picked by the input itself: set scalars, add keys, remove entries.
    static QTemporaryDir dir;
    InventoryDocument document;
    document.setLoaded(dir.filePath(QStringLiteral("fuzz.yml")), *inventory);
    const yaml::Tree &tree = inventory->tree();
    const std::size_t nodes = tree.size();
    for (std::size_t k = 0; k < 6 && nodes > 0; ++k) {
        const yaml::Tree &current = document.inventory().tree();
        if (current.size() == 0)
            break;
        const auto i = yaml::Tree::Index((std::size_t(data[k % size]) * 131 + k * 7919) % current.size());
        const yaml::Pointer pointer = yaml::Pointer::of(current, i);
        const yaml::Editor editor(current);
        Result<yaml::TextEdit> edit = Error{};
        switch (k % 3) {
        case 0:
            edit = editor.setScalar(pointer, "fuzz: 'value' #1", true);
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
        std::string restored = document.text();
        edit->inverse(before).applyTo(restored);
        if (restored != before)
            std::abort(); // the inverse must restore the exact text
    }
    (void)document.saveNow();
    return 0;
}
