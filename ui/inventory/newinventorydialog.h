// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stackyard {

class CodeEditor;

// File ▸ New Inventory: Stackyard's inventory templates (single node, HA PostgreSQL, AI stack)
// with a description and a preview of their YAML, the address of the first server (replacing
// 10.10.10.10, as Pigsty's ./configure does) and the file to create. Create writes the file
// atomically off the GUI thread, asking before it replaces an existing file, then emits
// created(path) for the window to open it.
class NewInventoryDialog : public QDialog
{
    Q_OBJECT

public:
    struct Template
    {
        QString id; // "single-node"
        QString resource; // ":/templates/single-node.yml"
        QString title;
        QString description;
    };
    static QList<Template> templates();
    // The template's text, or "" when the resource is missing.
    static QString templateText(const QString &id);

    explicit NewInventoryDialog(const QString &directory, QWidget *parent = nullptr);

    void selectTemplate(const QString &id);
    QString currentTemplate() const;
    void setAddress(const QString &address);
    void setTargetPath(const QString &path);
    QString targetPath() const;
    // The text Create writes: the template with the address filled in.
    QString text() const;
    QString statusText() const;

public slots:
    // What the Create button does.
    void create();

signals:
    void created(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void write(const QString &path);
    void templateChanged();
    void updateButtons();
    void retranslate();

    QList<Template> mTemplates;
    QListWidget *mList;
    QLabel *mDescription;
    CodeEditor *mPreview;
    QLabel *mAddressLabel;
    QLineEdit *mAddress;
    QLabel *mPathLabel;
    QLineEdit *mPath;
    QPushButton *mBrowse;
    QLabel *mStatus;
    QDialogButtonBox *mButtons;
    QPushButton *mCreate;
    QString mDirectory;
    bool mBusy = false;
};

} // namespace stackyard
