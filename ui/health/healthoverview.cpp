// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthoverview.h"

#include "health/healthcarddelegate.h"
#include "health/healthoverviewmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Filters by text (name, kind, details), by what to show, and sorts worst first, by name or kind.
class CardFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    HealthOverview::Show show = HealthOverview::Show::All;
    HealthOverview::Sort sort = HealthOverview::Sort::WorstFirst;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const auto kind = TargetKind(i.data(HealthOverviewModel::KindRole).toInt());
        switch (show) {
        case HealthOverview::Show::All:
            break;
        case HealthOverview::Show::Problems:
            if (i.data(HealthOverviewModel::SeverityRole).toInt() == 0)
                return false;
            break;
        case HealthOverview::Show::Postgres:
            if (kind != TargetKind::Postgres)
                return false;
            break;
        case HealthOverview::Show::Redis:
            if (kind != TargetKind::Redis)
                return false;
            break;
        case HealthOverview::Show::Apps:
            if (kind != TargetKind::Http)
                return false;
            break;
        case HealthOverview::Show::Hosts:
            if (kind != TargetKind::Host)
                return false;
            break;
        }
        if (text.isEmpty())
            return true;
        for (int role : {int(HealthOverviewModel::NameRole), int(HealthOverviewModel::KindNameRole), int(HealthOverviewModel::DetailRole)})
            if (i.data(role).toString().contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }

    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        const QString nameA = a.data(HealthOverviewModel::NameRole).toString();
        const QString nameB = b.data(HealthOverviewModel::NameRole).toString();
        if (sort == HealthOverview::Sort::WorstFirst) {
            const int sa = a.data(HealthOverviewModel::SeverityRole).toInt();
            const int sb = b.data(HealthOverviewModel::SeverityRole).toInt();
            if (sa != sb)
                return sa > sb;
        } else if (sort == HealthOverview::Sort::Kind) {
            const int ka = a.data(HealthOverviewModel::KindRole).toInt();
            const int kb = b.data(HealthOverviewModel::KindRole).toInt();
            if (ka != kb)
                return ka < kb;
        }
        return QString::localeAwareCompare(nameA, nameB) < 0;
    }
};

} // namespace

HealthOverview::HealthOverview(HealthOverviewModel *model, QWidget *parent)
    : QWidget(parent)
    , mModel(model)
    , mFilter(new QLineEdit(this))
    , mShow(new QComboBox(this))
    , mSort(new QComboBox(this))
    , mSummary(new QLabel(this))
    , mProxy(new CardFilter(this))
    , mView(new QListView(this))
{
    mFilter->setObjectName(u"healthFilter"_s);
    mFilter->setClearButtonEnabled(true);
    mShow->setObjectName(u"healthShow"_s);
    mSort->setObjectName(u"healthSort"_s);
    mSummary->setObjectName(u"healthSummary"_s);
    for (int i = 0; i < 6; ++i)
        mShow->addItem(QString());
    for (int i = 0; i < 3; ++i)
        mSort->addItem(QString());

    mProxy->setSourceModel(model);
    mProxy->setDynamicSortFilter(true);
    mProxy->sort(0);
    mView->setObjectName(u"healthCards"_s);
    mView->setModel(mProxy);
    mView->setViewMode(QListView::IconMode);
    mView->setFlow(QListView::LeftToRight);
    mView->setWrapping(true);
    mView->setResizeMode(QListView::Adjust);
    mView->setMovement(QListView::Static);
    mView->setUniformItemSizes(true);
    mView->setSpacing(0);
    mView->setMouseTracking(true);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setItemDelegate(new HealthCardDelegate(mView));
    mView->setFrameShape(QFrame::NoFrame);
    mView->viewport()->setAutoFillBackground(false);
    connect(mView, &QListView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT groupActivated(i.data(HealthOverviewModel::GroupIdRole).toString());
    });
    connect(mView, &QListView::clicked, this, [this](const QModelIndex &i) {
        Q_EMIT groupActivated(i.data(HealthOverviewModel::GroupIdRole).toString());
    });

    connect(mFilter, &QLineEdit::textChanged, this, &HealthOverview::setFilterText);
    connect(mShow, &QComboBox::currentIndexChanged, this, [this](int i) { setShow(Show(i)); });
    connect(mSort, &QComboBox::currentIndexChanged, this, [this](int i) { setSort(Sort(i)); });
    connect(model, &QAbstractItemModel::dataChanged, this, &HealthOverview::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &HealthOverview::updateSummary);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mFilter, 2);
    bar->addWidget(mShow);
    bar->addWidget(mSort);
    bar->addStretch(1);
    bar->addWidget(mSummary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(mView, 1);
    retranslate();
}

void HealthOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HealthOverview::retranslate()
{
    mFilter->setPlaceholderText(tr("Filter by name, kind or figure…"));
    const QStringList shows{tr("Everything"), tr("Problems only"), tr("PostgreSQL"), tr("Redis"), tr("Apps"), tr("Hosts")};
    for (int i = 0; i < shows.size(); ++i)
        mShow->setItemText(i, shows.at(i));
    const QStringList sorts{tr("Worst first"), tr("By name"), tr("By kind")};
    for (int i = 0; i < sorts.size(); ++i)
        mSort->setItemText(i, sorts.at(i));
    updateSummary();
}

void HealthOverview::setFilterText(const QString &text)
{
    if (mFilter->text() != text)
        mFilter->setText(text);
    static_cast<CardFilter *>(mProxy)->text = text.trimmed();
    static_cast<CardFilter *>(mProxy)->refilter();
}

void HealthOverview::setShow(Show show)
{
    mShow->setCurrentIndex(int(show));
    static_cast<CardFilter *>(mProxy)->show = show;
    static_cast<CardFilter *>(mProxy)->refilter();
}

void HealthOverview::setSort(Sort sort)
{
    mSort->setCurrentIndex(int(sort));
    static_cast<CardFilter *>(mProxy)->sort = sort;
    mProxy->invalidate();
    mProxy->sort(0);
}

void HealthOverview::updateSummary()
{
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < mModel->rowCount(); ++row)
        ++counts[mModel->index(row).data(HealthOverviewModel::SeverityRole).toInt()];
    mSummary->setText(tr("%1 up · %2 degraded · %3 down · %4 unknown").arg(counts[0]).arg(counts[2]).arg(counts[3]).arg(counts[1]));
}

} // namespace stackyard
