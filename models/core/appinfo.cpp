// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace stackyard::appinfo {

void initialize(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QLatin1String(organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(organizationDomain));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QLatin1String(version));
}

QString versionReport(const QString &program)
{
    const int pq = PQlibVersion();
    const QStringList parts{
        u"Qt "_s + QLatin1String(qVersion()),
        u"libpq %1.%2"_s.arg(pq / 10000).arg(pq % 10000),
        u"libssh "_s + QLatin1String(ssh_version(0)),
        u"hiredis %1.%2.%3"_s.arg(HIREDIS_MAJOR).arg(HIREDIS_MINOR).arg(HIREDIS_PATCH),
    };
    return u"%1 %2 (%3)"_s.arg(program, QLatin1String(version), parts.join(u", "_s));
}

} // namespace stackyard::appinfo
