// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {
const QString kLanguage = u"preferences/language"_s;
const QString kTheme = u"preferences/theme"_s;
const QString kPollInterval = u"preferences/pollIntervalSeconds"_s;
const QString kRecent = u"recentFiles"_s;
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.language = settings.value(kLanguage).toString();
    p.theme = themeFromKey(settings.value(kTheme).toString());
    bool ok = false;
    const int interval = settings.value(kPollInterval, defaultPollInterval).toInt(&ok);
    p.pollIntervalSeconds = ok ? std::clamp(interval, minPollInterval, maxPollInterval) : defaultPollInterval;
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, themeKey(theme));
    settings.setValue(kPollInterval, std::clamp(pollIntervalSeconds, minPollInterval, maxPollInterval));
}

QString Preferences::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Preferences::Theme Preferences::themeFromKey(const QString &key)
{
    if (key == u"light"_s)
        return Theme::Light;
    if (key == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

QStringList RecentFiles::load(const QSettings &settings)
{
    QStringList files = settings.value(kRecent).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    while (files.size() > maxCount)
        files.removeLast();
    return files;
}

void RecentFiles::save(QSettings &settings, const QStringList &files)
{
    settings.setValue(kRecent, files);
}

QStringList RecentFiles::touched(QStringList files, const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > maxCount)
        files.removeLast();
    return files;
}

} // namespace stackyard
