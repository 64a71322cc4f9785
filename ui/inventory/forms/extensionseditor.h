// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace stackyard {

// The extensions of a database as a table (name, schema, version) with Add and Remove. It only
// asks: the form writes each change and refills the table from the document.
class ExtensionsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, SchemaColumn, VersionColumn, ColumnCount };
    struct Extension
    {
        QString name;
        QString schema;
        QString version;
        QString source; // as written in the file, for the tooltip
    };

    explicit ExtensionsEditor(QWidget *parent = nullptr);

    void setExtensions(const QList<Extension> &extensions);
    QTableWidget *table() const { return mTable; }
    QComboBox *input() const { return mInput; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    // The item's field a column edits: name, schema, version.
    static QString fieldName(int column);

signals:
    void cellEdited(int row, int column, const QString &value);
    void addRequested(const QString &name);
    void removeRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestAdd();

    QTableWidget *mTable;
    QComboBox *mInput;
    QPushButton *mAdd;
    QPushButton *mRemove;
    bool mFilling = false;
};

} // namespace stackyard
