// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace stackyard {

// The centred "nothing here yet" view of a panel: an icon, a headline, a paragraph that says
// what the panel will show, and buttons for the actions that make it useful.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &iconName, QWidget *parent = nullptr);

    void setHeadline(const QString &text);
    void setDescription(const QString &text);
    // Replaces the buttons; the first one is the default (primary) action.
    void setActions(const QList<QAction *> &actions);

    QString headline() const;
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderIcon();

    QString mIconName;
    QLabel *mIcon;
    QLabel *mHeadline;
    QLabel *mDescription;
    QHBoxLayout *mButtons;
};

} // namespace stackyard
