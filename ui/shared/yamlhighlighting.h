// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QTextDocument;

namespace stackyard {

// Attaches YAML highlighting to document: KDE's KSyntaxHighlighting when the build found
// KF6SyntaxHighlighting, otherwise Stackyard's YamlHighlighter. The returned object is owned by
// document; call updateYamlHighlighting() with it when the palette changes.
QObject *attachYamlHighlighting(QTextDocument *document, bool dark);
void updateYamlHighlighting(QObject *highlighter, bool dark);

// Which engine attachYamlHighlighting() uses: "KSyntaxHighlighting" or "built-in".
const char *yamlHighlightingEngine();

} // namespace stackyard
