// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace stackyard {

// Stackyard's own YAML highlighter, used when KF6SyntaxHighlighting is not available: keys
// (block and flow style), strings, numbers, booleans/null, anchors and aliases, tags, document
// markers, Pigsty placeholders (${admin_ip}, $v) and comments. Colours follow the palette.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document, bool dark);

    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };

    void buildRules(bool dark);
    // Where a '#' starts a comment in text (outside quotes, after whitespace), or -1.
    static qsizetype commentStart(const QString &text);

    QList<Rule> mRules;
    QTextCharFormat mComment;
};

} // namespace stackyard
