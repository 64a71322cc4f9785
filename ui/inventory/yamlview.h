// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/finding.h"

#include <QTimer>
#include <QWidget>

namespace stackyard {

class CodeEditor;
class InventorySession;
namespace yaml {
struct TextEdit;
}

// The inventory's raw YAML, editable, highlighted, with line numbers; findings are underlined
// (red errors, amber warnings) with the message as tooltip. Typing goes to the session as one
// undoable step per pause; edits made in the forms appear here as they happen.
class YamlView : public QWidget
{
    Q_OBJECT

public:
    explicit YamlView(InventorySession *session, QWidget *parent = nullptr);

    CodeEditor *editor() const { return mEditor; }
    void goTo(int line, int column);
    // Reloads the whole text from the document (after open/close).
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyDocumentEdit(const yaml::TextEdit &edit);
    void commitTyping();
    void showFindings();

    InventorySession *mSession;
    CodeEditor *mEditor;
    QObject *mHighlighter;
    QTimer mTypingTimer;
    bool mUpdating = false;
};

} // namespace stackyard
