// SPDX-License-Identifier: GPL-3.0-or-later
#include "shareddata.h"

#include <QDir>
#include <QDirIterator>

using namespace Qt::StringLiterals;

namespace stackyard::test {

QString SharedData::pigstyConfDir()
{
    const QString dir = QDir::cleanPath(qEnvironmentVariable("STACKYARD_SOURCE_DIR") + u"/../shared/pigsty/conf"_s);
    return QFileInfo(dir).isDir() ? dir : QString();
}

QStringList SharedData::pigstyConfFiles()
{
    const QString dir = pigstyConfDir();
    if (dir.isEmpty())
        return {};
    QStringList files;
    QDirIterator it(dir, {u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

QString SharedData::missingMessage()
{
    return u"../shared/pigsty/conf is not beside the checkout (STACKYARD_SOURCE_DIR=%1); CI runs with it"_s.arg(
        qEnvironmentVariable("STACKYARD_SOURCE_DIR"));
}

} // namespace stackyard::test
