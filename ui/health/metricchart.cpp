// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/metricchart.h"

#include "shell/theme.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace stackyard {

MetricChart::MetricChart(const QString &title, const QString &metric, QWidget *parent)
    : QChartView(parent)
    , mMetric(metric)
    , mThreshold(new QLineSeries)
    , mTimeAxis(new QDateTimeAxis)
    , mValueAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (isDarkPalette(palette()))
        chart->setTheme(QChart::ChartThemeDark);
    mTimeAxis->setFormat(QStringLiteral("HH:mm"));
    mTimeAxis->setTickCount(6);
    mValueAxis->setLabelFormat(QStringLiteral("%.0f"));
    mValueAxis->setMin(0);
    chart->addAxis(mTimeAxis, Qt::AlignBottom);
    chart->addAxis(mValueAxis, Qt::AlignLeft);
    mThreshold->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
    chart->addSeries(mThreshold);
    mThreshold->attachAxis(mTimeAxis);
    mThreshold->attachAxis(mValueAxis);
    mThreshold->setVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void MetricChart::setTargets(const QList<QPair<QString, QString>> &targets)
{
    for (QLineSeries *line : std::as_const(mLines)) {
        chart()->removeSeries(line);
        delete line;
    }
    mLines.clear();
    mTargets = targets;
    for (const auto &[id, label] : targets) {
        auto *line = new QLineSeries;
        line->setName(label);
        chart()->addSeries(line);
        line->attachAxis(mTimeAxis);
        line->attachAxis(mValueAxis);
        connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) { hovered(line, point, state); });
        mLines << line;
    }
    // The threshold's legend entry only says what the dashed line is.
    for (QLegendMarker *marker : chart()->legend()->markers(mThreshold))
        marker->setVisible(mThresholdValue.has_value());
}

void MetricChart::setThreshold(std::optional<double> value, const QString &label)
{
    mThresholdValue = value;
    mThreshold->setName(label);
    mThreshold->setVisible(value.has_value());
    for (QLegendMarker *marker : chart()->legend()->markers(mThreshold))
        marker->setVisible(value.has_value());
}

void MetricChart::refresh(qint64 nowMs)
{
    const qint64 from = nowMs - mWindowMs;
    double most = 0;
    for (int i = 0; i < mLines.size(); ++i) {
        const QList<QPointF> points = mSource ? mSource(mTargets.at(i).first, mMetric, from, nowMs) : QList<QPointF>();
        for (const QPointF &p : points)
            most = std::max(most, p.y());
        mLines.at(i)->replace(points);
    }
    if (mThresholdValue) {
        most = std::max(most, *mThresholdValue);
        mThreshold->replace({QPointF(double(from), *mThresholdValue), QPointF(double(nowMs), *mThresholdValue)});
    }
    mTimeAxis->setFormat(mWindowMs > 2 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    mTimeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(nowMs));
    // A little headroom above the highest value; never a zero-height axis.
    mValueAxis->setRange(0, most > 0 ? most * 1.15 : 1);
    mValueAxis->setLabelFormat(most < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

QList<QPointF> MetricChart::linePoints(int line) const
{
    return line >= 0 && line < mLines.size() ? mLines.at(line)->points() : QList<QPointF>();
}

QString MetricChart::format(double value) const
{
    return mFormatter ? mFormatter(value) : QLocale().toString(value, 'f', value < 10 ? 2 : 0);
}

void MetricChart::hovered(QLineSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).time(), QLocale::LongFormat);
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2 — %3").arg(series->name(), time, format(point.y())), this);
}

} // namespace stackyard
