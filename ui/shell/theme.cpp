// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    // Captured on first use, before Stackyard changes anything.
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setGroupColors(QPalette &p, QPalette::ColorGroup group, const QColor &text, const QColor &buttonText)
{
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::ButtonText, buttonText);
}

} // namespace

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1), QColor(0xf7, 0xf7, 0xf8));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xc9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8e));
    setGroupColors(p, QPalette::Active, QColor(0x1e, 0x21, 0x25), QColor(0x1e, 0x21, 0x25));
    setGroupColors(p, QPalette::Inactive, QColor(0x1e, 0x21, 0x25), QColor(0x1e, 0x21, 0x25));
    setGroupColors(p, QPalette::Disabled, QColor(0x9a, 0xa0, 0xa6), QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x23, 0x26, 0x2b);
    const QColor base(0x1b, 0x1d, 0x21);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabled(0x6f, 0x75, 0x7d);
    QPalette p(QColor(0x31, 0x35, 0x3b), window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x74, 0xaa, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x35, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x88, 0x8e, 0x96));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    setGroupColors(p, QPalette::Active, text, text);
    setGroupColors(p, QPalette::Inactive, text, text);
    setGroupColors(p, QPalette::Disabled, disabled, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4f, 0x57));
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyTheme(Preferences::Theme theme)
{
    const SystemLook &system = systemLook();
    switch (theme) {
    case Preferences::Theme::System:
        QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
        break;
    case Preferences::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace stackyard
