// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace stackyard {

// A plain-text editor for YAML and config files: fixed-width font, line numbers in a gutter,
// the current line highlighted.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    // Extra selections (underlines, marks) shown with the current-line highlight.
    void setMarks(const QList<QTextEdit::ExtraSelection> &marks);
    // Moves the cursor to a 1-based line and column and scrolls it into view.
    void goTo(int line, int column);
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();

    QWidget *mGutter;
    QList<QTextEdit::ExtraSelection> mMarks;
};

} // namespace stackyard
