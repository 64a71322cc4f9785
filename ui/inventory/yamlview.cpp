// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/yamlview.h"

#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "shared/codeeditor.h"
#include "shared/yamlhighlighting.h"
#include "shell/theme.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace stackyard {

namespace {

// The UTF-16 position in text of a UTF-8 byte offset.
int utf16Offset(const std::string &text, std::int32_t bytes)
{
    return int(QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(std::size_t(bytes), text.size()))).size());
}

} // namespace

YamlView::YamlView(InventorySession *session, QWidget *parent)
    : QWidget(parent)
    , mSession(session)
    , mEditor(new CodeEditor(this))
{
    mEditor->setObjectName(QStringLiteral("inventoryYaml"));
    mEditor->setUndoRedoEnabled(false); // the session's undo stack owns undo, for forms and text alike
    mEditor->viewport()->installEventFilter(this);
    mHighlighter = attachYamlHighlighting(mEditor->document(), isDarkPalette(palette()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mEditor);

    mTypingTimer.setSingleShot(true);
    mTypingTimer.setInterval(400);
    connect(&mTypingTimer, &QTimer::timeout, this, &YamlView::commitTyping);
    connect(mEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (!mUpdating)
            mTypingTimer.start();
    });
    connect(session, &InventorySession::changed, this, &YamlView::applyDocumentEdit);
    connect(session, &InventorySession::findingsChanged, this, &YamlView::showFindings);
    connect(session, &InventorySession::opened, this, &YamlView::reset);
    connect(session, &InventorySession::closed, this, &YamlView::reset);
}

void YamlView::reset()
{
    mTypingTimer.stop();
    mUpdating = true;
    mEditor->setPlainText(QString::fromStdString(mSession->document()->text()));
    mUpdating = false;
    showFindings();
}

void YamlView::commitTyping()
{
    mSession->replaceText(mEditor->toPlainText());
}

void YamlView::applyDocumentEdit(const yaml::TextEdit &edit)
{
    // Our own typing is already in the editor.
    if (mEditor->toPlainText().toStdString() == mSession->document()->text())
        return;
    if (mTypingTimer.isActive()) { // unsent typing loses to the document: send it first
        mTypingTimer.stop();
        commitTyping();
        return;
    }
    // Replay the minimal edit so the scroll position and the cursor stay where they were.
    const std::string &text = mSession->document()->text();
    const int from = utf16Offset(text, edit.offset);
    const QString inserted = QString::fromStdString(edit.text);
    // The editor still shows the old text: what the edit removed is the length difference.
    const int oldLength = mEditor->document()->characterCount() - 1;
    const int newLength = int(QString::fromStdString(text).size());
    const int removed = oldLength - newLength + int(inserted.size());
    mUpdating = true;
    QTextCursor cursor(mEditor->document());
    cursor.setPosition(from);
    cursor.setPosition(from + removed, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    mUpdating = false;
    if (mEditor->toPlainText().toStdString() != text) // defensive: never show stale text
        reset();
}

void YamlView::showFindings()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const Finding &f : mSession->findings()) {
        const QTextBlock block = mEditor->document()->findBlockByNumber(f.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(f.isError() ? QColor(0xd1, 0x38, 0x3d) : QColor(0xd9, 0x9a, 0x00));
        mark.format.setToolTip(f.message);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, f.column - 1, block.length() - 1));
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection())
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.cursor = cursor;
        marks.append(mark);
    }
    mEditor->setMarks(marks);
}

void YamlView::goTo(int line, int column)
{
    mEditor->goTo(line, column);
}

bool YamlView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mEditor->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = mEditor->cursorForPosition(help->pos());
        const int line = at.blockNumber() + 1;
        QStringList messages;
        for (const Finding &f : mSession->findings())
            if (f.line == line)
                messages << (f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), mEditor->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void YamlView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateYamlHighlighting(mHighlighter, isDarkPalette(palette()));
    QWidget::changeEvent(event);
}

} // namespace stackyard
