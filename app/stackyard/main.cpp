// SPDX-License-Identifier: GPL-3.0-or-later
// stackyard: the desktop console. Only wiring: settings, translations, theme, the main window.
#include "core/appinfo.h"
#include "core/localization.h"
#include "settings/preferences.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Stackyard — a desktop console for self-hosted AI application stacks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"inventory"_s,
                                 QCoreApplication::translate("main", "A Pigsty-compatible YAML inventory to open."),
                                 u"[inventory]"_s);
}

// --help and --version must work without a display, so they are answered before QApplication.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-help", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        stackyard::appinfo::initialize(u"Stackyard"_s);
        stackyard::Localization::apply(stackyard::Preferences::load(QSettings()).language);
        if (QCoreApplication::arguments().contains(u"--version"_s) || QCoreApplication::arguments().contains(u"-v"_s)) {
            std::printf("%s\n", qPrintable(stackyard::appinfo::versionReport(u"stackyard"_s)));
            return 0;
        }
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints help and exits
        return 0;
    }

    QApplication app(argc, argv);
    stackyard::appinfo::initialize(u"Stackyard"_s);
    QGuiApplication::setDesktopFileName(QLatin1String(stackyard::appinfo::applicationId));
    QApplication::setWindowIcon(QIcon(u":/icons/stackyard.svg"_s));

    const stackyard::Preferences preferences = stackyard::Preferences::load(QSettings());
    stackyard::Localization::apply(preferences.language);
    stackyard::applyTheme(preferences.theme);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "stackyard: give at most one inventory file")));
        return 2;
    }

    stackyard::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openInventory(parser.positionalArguments().constFirst());
    return app.exec();
}
