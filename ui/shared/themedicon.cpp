// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/themedicon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &name)
        : mName(name)
    {
        QFile file(u":/icons/"_s + name + u".svg"_s);
        if (file.open(QIODevice::ReadOnly)) // a compiled-in resource, not disk I/O
            mSvg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = mSvg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        if (!renderer.isValid())
            return;
        QSizeF size = renderer.defaultSize();
        size.scale(rect.size(), Qt::KeepAspectRatio);
        const QRectF target(rect.x() + (rect.width() - size.width()) / 2.0,
                            rect.y() + (rect.height() - size.height()) / 2.0, size.width(), size.height());
        renderer.render(painter, target);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(*this); }
    QString key() const override { return u"stackyard-themed"_s; }
    QString iconName() override { return mName; }
    bool isNull() override { return mSvg.isEmpty(); }

private:
    QString mName;
    QByteArray mSvg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

} // namespace stackyard
