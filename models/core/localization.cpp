// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QPointer<QTranslator> gOwn;
QPointer<QTranslator> gQt;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&gOwn, &gQt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace

QList<Localization::Language> Localization::available()
{
    return {{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"中文（简体）"_s}};
}

QString Localization::apply(const QString &language)
{
    removeInstalled();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto *own = new QTranslator(QCoreApplication::instance());
    // English is the source language; its catalogue holds only the plural forms. A language
    // without a catalogue falls back to English.
    if (!own->load(locale, u"stackyard"_s, u"_"_s, u":/i18n"_s)) {
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        if (!own->load(u":/i18n/stackyard_en.qm"_s)) {
            delete own;
            own = nullptr;
        }
    }
    if (own) {
        QCoreApplication::installTranslator(own);
        gOwn = own;
    }

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (locale.language() != QLocale::English
        && qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        gQt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    const QString code = own ? own->language() : QString();
    return code.isEmpty() || code.startsWith(u"en"_s) ? u"en"_s : code;
}

} // namespace stackyard
