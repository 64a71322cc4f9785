// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/yamlhighlighting.h"

#include "shared/yamlhighlighter.h"

#ifdef STACKYARD_HAVE_KF6_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace stackyard {

#ifdef STACKYARD_HAVE_KF6_SYNTAX_HIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

void applyKfTheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, bool dark)
{
    highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                          : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
}
} // namespace

QObject *attachYamlHighlighting(QTextDocument *document, bool dark)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(u"YAML"_s));
    applyKfTheme(highlighter, dark);
    return highlighter;
}

void updateYamlHighlighting(QObject *highlighter, bool dark)
{
    if (auto *h = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter))
        applyKfTheme(h, dark);
}

const char *yamlHighlightingEngine()
{
    return "KSyntaxHighlighting";
}
#else
QObject *attachYamlHighlighting(QTextDocument *document, bool dark)
{
    return new YamlHighlighter(document, dark);
}

void updateYamlHighlighting(QObject *highlighter, bool dark)
{
    if (auto *h = qobject_cast<YamlHighlighter *>(highlighter))
        h->setDark(dark);
}

const char *yamlHighlightingEngine()
{
    return "built-in";
}
#endif

} // namespace stackyard
