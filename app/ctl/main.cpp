// SPDX-License-Identifier: GPL-3.0-or-later
// stackyardctl: Stackyard's command line, over the same model library as the console.
#include "core/appinfo.h"
#include "core/localization.h"
#include "ctl/cli.h"
#include "ctl/healthcommand.h"
#include "ctl/hostcommands.h"
#include "ctl/inventorycommands.h"
#include "ctl/inventoryeditcommands.h"
#include "ctl/inventoryshowcommand.h"
#include "ctl/logscommand.h"
#include "ctl/provisioncommand.h"
#include "ctl/secretcommands.h"
#include "settings/preferences.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    stackyard::appinfo::initialize(u"Stackyard"_s);
    stackyard::Localization::apply(stackyard::Preferences::load(QSettings()).language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    stackyard::ctl::Io io{out, err};
    const stackyard::ctl::Cli cli(stackyard::ctl::inventoryCommands() + QList{stackyard::ctl::inventoryShowCommand()}
                                  + stackyard::ctl::inventoryEditCommands() + stackyard::ctl::secretCommands()
                                  + stackyard::ctl::hostCommands()
                                  + QList{stackyard::ctl::provisionRunsCommand(), stackyard::ctl::provisionCommand(),
                                          stackyard::ctl::healthCommand(), stackyard::ctl::logsCommand()});
    return cli.run(QCoreApplication::arguments(), io);
}
