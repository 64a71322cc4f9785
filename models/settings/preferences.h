// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace stackyard {

// What the user chose in Preferences, as a value. Stored in QSettings by load()/save(); the
// console and stackyardctl read the same values.
struct Preferences
{
    enum class Theme { System, Light, Dark };

    // "" follows the system locale; otherwise a language code with a translation ("en", "zh_CN").
    QString language;
    Theme theme = Theme::System;
    // Seconds between health polls of each instance.
    int pollIntervalSeconds = defaultPollInterval;

    static constexpr int defaultPollInterval = 10;
    static constexpr int minPollInterval = 1;
    static constexpr int maxPollInterval = 3600;

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);

    bool operator==(const Preferences &) const = default;
};

// Most-recently-used inventory files, newest first, without duplicates, at most maxCount.
class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    static QStringList load(const QSettings &settings);
    static void save(QSettings &settings, const QStringList &files);
    // Returns the list with path moved (or added) to the front and trimmed to maxCount.
    static QStringList touched(QStringList files, const QString &path);
};

} // namespace stackyard
