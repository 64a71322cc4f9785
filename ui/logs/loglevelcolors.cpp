// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/loglevelcolors.h"

#include "logs/logmodel.h"

namespace stackyard {

QColor logLevelColor(LogLevel level, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (level) {
    case LogLevel::Debug:
        return palette.color(QPalette::PlaceholderText);
    case LogLevel::Notice:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case LogLevel::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0x9a, 0x67, 0x00);
    case LogLevel::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case LogLevel::Fatal:
        return dark ? QColor(0xff, 0x5f, 0xc8) : QColor(0xa0, 0x00, 0x6e);
    case LogLevel::Info:
    case LogLevel::Unknown:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor LogLevelDelegate::textColor(const QModelIndex &index, const QPalette &palette) const
{
    return logLevelColor(LogLevel(index.data(LogModel::LevelRole).toInt()), palette);
}

void LogLevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto level = LogLevel(index.data(LogModel::LevelRole).toInt());
    option->palette.setColor(QPalette::Text, logLevelColor(level, option->palette));
    if (level == LogLevel::Fatal)
        option->font.setBold(true);
}

} // namespace stackyard
