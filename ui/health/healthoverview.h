// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace stackyard {

class HealthOverviewModel;

// The overview: a grid of cards, one per cluster, app and host, with a filter box, a choice of
// what to show (everything, problems only, one kind) and a sort order (worst first, name, kind).
// Activating a card asks for its drill-down.
class HealthOverview : public QWidget
{
    Q_OBJECT

public:
    explicit HealthOverview(HealthOverviewModel *model, QWidget *parent = nullptr);

    QListView *view() const { return mView; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    void setFilterText(const QString &text);
    enum class Show { All, Problems, Postgres, Redis, Apps, Hosts };
    void setShow(Show show);
    enum class Sort { WorstFirst, Name, Kind };
    void setSort(Sort sort);

Q_SIGNALS:
    void groupActivated(const QString &groupId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    HealthOverviewModel *mModel;
    QLineEdit *mFilter;
    QComboBox *mShow;
    QComboBox *mSort;
    QLabel *mSummary;
    QSortFilterProxyModel *mProxy;
    QListView *mView;
};

} // namespace stackyard
