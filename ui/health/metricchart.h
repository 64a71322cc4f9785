// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace stackyard {

// One time-series chart of the health detail: a metric of several targets (one line each) over
// the chosen window, an optional threshold line, and the value under the mouse in a tooltip.
// Points come from a source function (x: milliseconds since the epoch, UTC); refresh() re-reads
// them, so a paused chart simply is not refreshed.
class MetricChart : public QChartView
{
    Q_OBJECT

public:
    using PointsSource = std::function<QList<QPointF>(const QString &targetId, const QString &metric, qint64 fromMs, qint64 toMs)>;
    // How a value is written on the axis and in the tooltip.
    using Formatter = std::function<QString(double value)>;

    MetricChart(const QString &title, const QString &metric, QWidget *parent = nullptr);

    const QString &metric() const { return mMetric; }
    // The lines: target id and the label in the legend.
    void setTargets(const QList<QPair<QString, QString>> &targets);
    void setSource(PointsSource source) { mSource = std::move(source); }
    void setFormatter(Formatter formatter) { mFormatter = std::move(formatter); }
    // A dashed line at value (an alert threshold); nullopt hides it.
    void setThreshold(std::optional<double> value, const QString &label);
    void setWindowMs(qint64 ms) { mWindowMs = ms; }
    qint64 windowMs() const { return mWindowMs; }
    void refresh(qint64 nowMs);

    // For tests: points of each line as last refreshed, and the threshold.
    int lineCount() const { return int(mLines.size()); }
    QList<QPointF> linePoints(int line) const;
    std::optional<double> threshold() const { return mThresholdValue; }

private:
    void hovered(QLineSeries *series, const QPointF &point, bool state);
    QString format(double value) const;

    QString mMetric;
    QList<QPair<QString, QString>> mTargets;
    QList<QLineSeries *> mLines;
    QLineSeries *mThreshold;
    std::optional<double> mThresholdValue;
    QDateTimeAxis *mTimeAxis;
    QValueAxis *mValueAxis;
    PointsSource mSource;
    Formatter mFormatter;
    qint64 mWindowMs = 5 * 60 * 1000;
};

} // namespace stackyard
