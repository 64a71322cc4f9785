// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace stackyard {

// A short list of names (a user's roles, a database's schemas): the names, an editable combo
// box offering usual values with Add, and Remove for the selected name. It only asks: the form
// writes the change and refills the list from the document.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ListEditor(QWidget *parent = nullptr);

    // Shows names (tooltips per row, optional); keeps the selected row when it still exists.
    void setItems(const QStringList &names, const QStringList &tooltips = {});
    void setSuggestions(const QStringList &values);
    void setPlaceholderText(const QString &text);
    QListWidget *list() const { return mList; }
    QComboBox *input() const { return mInput; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }

signals:
    void addRequested(const QString &text);
    void removeRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestAdd();

    QListWidget *mList;
    QComboBox *mInput;
    QPushButton *mAdd;
    QPushButton *mRemove;
};

} // namespace stackyard
