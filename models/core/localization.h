// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace stackyard {

// Loads Stackyard's and Qt's own translations into the running application. Used by the console
// (at start-up and live from Preferences) and by stackyardctl.
class Localization
{
public:
    struct Language
    {
        QString code;       // "en", "zh_CN"
        QString nativeName; // "English", "中文（简体）"
    };

    // Languages Stackyard ships a translation for.
    static QList<Language> available();

    // Installs the translators for language ("" follows the system locale) and removes those of
    // the previous call. Returns the code of the language now in effect ("en" when nothing matched).
    static QString apply(const QString &language);
};

} // namespace stackyard
