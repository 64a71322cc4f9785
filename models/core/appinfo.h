// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stackyard::appinfo {

// Identity shared by the GUI and the CLI (QSettings scope, version strings, data paths).
inline constexpr const char *organizationName = "Stackyard";
inline constexpr const char *organizationDomain = "stackyard.org";
inline constexpr const char *applicationId = STACKYARD_APP_ID;
inline constexpr const char *version = STACKYARD_VERSION;

// Sets organization/application names and version on the running QCoreApplication.
void initialize(const QString &applicationName);

// "stackyard 0.1.0 (Qt 6.4.2, libpq 15.x, libssh 0.10.x, hiredis 0.14.x, yaml-cpp)".
QString versionReport(const QString &program);

} // namespace stackyard::appinfo
