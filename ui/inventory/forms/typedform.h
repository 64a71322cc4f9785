// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/forms/formpage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace YAML {
class Node;
}

namespace stackyard {

class Inventory;

// The base of the typed forms: reads values of the current document by JSON Pointer (never
// cached: every refresh() resolves them again) and writes them through the session, one undo
// step per change and none when the document already has the value. Also the shared layout:
// a title, a hint, then the form's own rows in a scroll area.
class TypedForm : public FormPage
{
    Q_OBJECT

public:
    explicit TypedForm(InventorySession *session, QWidget *parent = nullptr);

protected:
    // Reading. Pointers are JSON Pointer strings; a missing value reads as "" / npos.
    const Inventory *inventory() const;
    int nodeAt(const QString &pointer) const;
    bool has(const QString &pointer) const;
    QString scalarAt(const QString &pointer) const;
    // The items of the sequence at pointer: a string item itself, a mapping item its `name`.
    QStringList namesAt(const QString &pointer) const;
    static QString child(const QString &pointer, const QString &token);
    // "/all/children/<group>" and its vars.
    QString groupPointer() const;
    QString groupVarsPointer() const;
    // What an unset variable falls back to, for a placeholder: "15 (all.vars)", "18 (default)";
    // fromGroup also looks at the group's vars first (for host variables).
    QString inheritedText(const QString &name, bool fromGroup) const;
    // The default of a variable as plain text (lists joined by ", ").
    static QString defaultText(const QString &name);

    // Writing. Each returns true when the document now has what was asked (written or already
    // there); a refused write is reported (the panel shows it) and returns false.
    // text is compared with what the document shows; "" removes the key.
    bool writeText(const QString &pointer, const QString &text, bool asString);
    bool writeValue(const QString &pointer, const YAML::Node &value, const QString &undoText);
    // Partially checked removes the key (the default applies again).
    bool writeCheck(const QString &pointer, Qt::CheckState state);
    bool removeAt(const QString &pointer, const QString &undoText);
    // Adds a new key (pointer names it; missing mappings on the way are created).
    bool addAt(const QString &pointer, const YAML::Node &value, const QString &undoText);
    // Sets the sequence of strings at pointer to items ("a, b" typed by the user, see
    // splitList()); an empty list removes the key.
    bool writeList(const QString &pointer, const QStringList &items);
    static QStringList splitList(const QString &text);
    // Appends item to the sequence at listPointer, creating the sequence when it is missing.
    bool appendTo(const QString &listPointer, const YAML::Node &item, const QString &undoText);
    bool check(const Result<bool> &result);
    // A YAML string scalar (quoted on output when it would read as a number or boolean).
    static YAML::Node stringNode(const QString &text);

    // Widgets. A tri-state box: checked true, unchecked false, partially checked = not set.
    void showCheck(QCheckBox *box, const QString &pointer) const;
    static Qt::CheckState checkStateOf(const QString &scalar, bool present);
    // A fixed list of choices; unsetText (when not empty) is a first item meaning "not set".
    // A value of the document outside choices is added so it is shown as it is.
    static void fillChoices(QComboBox *combo, const QStringList &choices, const QString &current,
                            const QString &unsetText);
    // An editable combo box: suggestions, the current text and a placeholder for "not set".
    static void fillEditable(QComboBox *combo, const QStringList &suggestions, const QString &current,
                             const QString &placeholder);
    // The value a fillChoices() combo box shows ("" for the "not set" item).
    static QString choiceOf(const QComboBox *combo);

    // True while widgets are filled from the document (their signals are not edits).
    bool filling() const { return isRefreshing() || mFilling; }
    // Fills the widgets again (after a refused edit, or a language change).
    void refill();

    QLabel *titleLabel() const { return mTitle; }
    QLabel *hintLabel() const { return mHint; }
    // The layout below the hint, inside the scroll area, for the form's rows and groups.
    QVBoxLayout *body() const { return mBody; }
    // A new form layout added to body(), labels aligned like the platform's.
    QFormLayout *addFormLayout();
    // Table rows as high as a line of text (the style's default is roomier).
    static void compactRows(QTableView *table);
    // A language change also refills the widgets (their "not set" texts are translated).
    void changeEvent(QEvent *event) override;

private:
    QLabel *mTitle;
    QLabel *mHint;
    QVBoxLayout *mBody;
    bool mFilling = false;
};

} // namespace stackyard
