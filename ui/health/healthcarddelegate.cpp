// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthcarddelegate.h"

#include "health/healthcolors.h"
#include "health/healthoverviewmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace stackyard {

namespace {

constexpr int kMargin = 6;
constexpr int kPadding = 12;

void paintSparkline(QPainter *painter, const QRectF &area, const QList<double> &points, const QColor &colour)
{
    if (points.size() < 2)
        return;
    double most = 0;
    for (double v : points)
        most = std::max(most, v);
    if (most <= 0)
        most = 1;
    QPainterPath path;
    const double step = area.width() / double(HealthOverviewModel::kSparklinePoints - 1);
    const double x0 = area.right() - step * double(points.size() - 1);
    for (int i = 0; i < points.size(); ++i) {
        const QPointF p(x0 + step * i, area.bottom() - area.height() * points.at(i) / most);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    QPainterPath fill = path;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();
    QColor soft = colour;
    soft.setAlpha(40);
    painter->fillPath(fill, soft);
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(Qt::NoBrush); // the line only: its area is filled above
    painter->drawPath(path);
}

} // namespace

QSize HealthCardDelegate::cardSize()
{
    return {260, 132};
}

QSize HealthCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return cardSize() + QSize(2 * kMargin, 2 * kMargin);
}

void HealthCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const auto status = HealthStatus(index.data(HealthOverviewModel::StatusRole).toInt());
    const QColor statusColour = healthStatusColor(status, palette);
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(card, 8, 8);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->fillPath(outline, palette.color(QPalette::Base));
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(outline);
    if (hovered && !selected) {
        QColor glow = palette.color(QPalette::Highlight);
        glow.setAlpha(25);
        painter->fillPath(outline, glow);
    }
    // The status stripe along the left edge.
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), statusColour);
    painter->restore();

    const QRectF inner = card.adjusted(kPadding + 4, kPadding - 2, -kPadding, -kPadding + 2);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetricsF titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString title = index.data(HealthOverviewModel::NameRole).toString();
    painter->drawText(QRectF(inner.left() + 14, inner.top(), inner.width() - 110, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideMiddle, inner.width() - 124));
    // Status dot before the title.
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColour);
    painter->drawEllipse(QPointF(inner.left() + 5, inner.top() + titleMetrics.height() / 2), 5, 5);

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(small);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString kind = index.data(HealthOverviewModel::KindNameRole).toString() + QStringLiteral(" · ")
                         + index.data(HealthOverviewModel::CountsRole).toString();
    painter->drawText(QRectF(inner.right() - 110, inner.top(), 110, titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(kind, Qt::ElideLeft, 110));

    QFont big = option.font;
    big.setPointSizeF(option.font.pointSizeF() * 1.6);
    big.setBold(true);
    const QFontMetricsF bigMetrics(big);
    const double figureTop = inner.top() + titleMetrics.height() + 4;
    painter->setFont(big);
    painter->setPen(palette.color(QPalette::Text));
    QString figure = index.data(HealthOverviewModel::KeyFigureRole).toString();
    if (figure.isEmpty())
        figure = healthStatusDisplayName(status);
    painter->drawText(QRectF(inner.left(), figureTop, inner.width(), bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bigMetrics.elidedText(figure, Qt::ElideRight, inner.width()));

    const double detailTop = figureTop + bigMetrics.height() + 2;
    painter->setFont(small);
    painter->setPen(status == HealthStatus::Up ? palette.color(QPalette::PlaceholderText) : statusColour);
    painter->drawText(QRectF(inner.left(), detailTop, inner.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(HealthOverviewModel::DetailRole).toString(), Qt::ElideRight,
                                              inner.width()));

    const QRectF spark(inner.left(), detailTop + smallMetrics.height() + 4, inner.width(),
                       inner.bottom() - (detailTop + smallMetrics.height() + 4));
    if (spark.height() > 6)
        paintSparkline(painter, spark, index.data(HealthOverviewModel::SparklineRole).value<QList<double>>(),
                       palette.color(QPalette::Highlight));
    painter->restore();
}

} // namespace stackyard
