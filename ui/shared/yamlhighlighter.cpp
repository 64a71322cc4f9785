// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/yamlhighlighter.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    buildRules(dark);
}

void YamlHighlighter::setDark(bool dark)
{
    buildRules(dark);
    rehighlight();
}

void YamlHighlighter::buildRules(bool dark)
{
    const QColor key = dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x4f, 0x99);
    const QColor string = dark ? QColor(0x9c, 0xd6, 0x8a) : QColor(0x2a, 0x7a, 0x2a);
    const QColor number = dark ? QColor(0xf0, 0xa8, 0x6c) : QColor(0xa6, 0x4b, 0x00);
    const QColor keyword = dark ? QColor(0xd7, 0x9c, 0xf5) : QColor(0x7a, 0x2f, 0x9e);
    const QColor anchor = dark ? QColor(0x5f, 0xd4, 0xd4) : QColor(0x00, 0x7a, 0x7a);
    const QColor placeholder = dark ? QColor(0xff, 0xc8, 0x57) : QColor(0xb0, 0x6a, 0x00);
    const QColor marker = dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x60, 0x60, 0x60);
    mComment = charFormat(dark ? QColor(0x8a, 0x93, 0x9e) : QColor(0x6a, 0x73, 0x7d), false, true);

    const auto rx = [](const QString &pattern) { return QRegularExpression(pattern); };
    mRules = {
        {rx(uR"((?<![\w.])[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?![\w.]))"_s), charFormat(number), 0},
        {rx(uR"(\b(?:true|false|yes|no|on|off|null|True|False|Null|TRUE|FALSE|NULL)\b|~)"_s), charFormat(keyword), 0},
        {rx(uR"([&*][\w.-]+)"_s), charFormat(anchor), 0},
        {rx(uR"(!!?[\w/-]+)"_s), charFormat(anchor, false, true), 0},
        // Block keys: "  key:" and "- key:" at the start of a line.
        {rx(uR"(^\s*(?:-\s+)*([^\s#'"{}\[\],][^#'"{}\[\]]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))"_s), charFormat(key, true), 1},
        // Keys inside flow mappings: "{ name: x ,password: y }".
        {rx(uR"([{,]\s*([\w.$-]+)\s*:(?=\s|$))"_s), charFormat(key), 1},
        {rx(uR"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')"_s), charFormat(string), 0},
        {rx(uR"(\$\{[^}]*\}|\$[A-Za-z_]\w*)"_s), charFormat(placeholder, true), 0},
        {rx(uR"(^(?:---|\.\.\.)(?=\s|$))"_s), charFormat(marker, true), 0},
    };
}

qsizetype YamlHighlighter::commentStart(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const qsizetype comment = commentStart(text);
    const QString code = comment >= 0 ? text.left(comment) : text;
    for (const Rule &rule : std::as_const(mRules)) {
        auto it = rule.pattern.globalMatch(code);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
    if (comment >= 0)
        setFormat(int(comment), int(text.size() - comment), mComment);
}

} // namespace stackyard
