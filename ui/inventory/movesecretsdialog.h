// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/plaintextsecrets.h"

#include <QDialog>

#include <string>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace stackyard {

class InventorySession;
class SecretWriter;
struct Error;

// Inventory ▸ Move Passwords to the Keychain: lists every plain-text password of the open
// inventory (line, key, owner) with an editable keychain name, stores the chosen ones in the
// keychain (asynchronously, with progress, never replacing a different secret), and only when
// every one is stored rewrites the values to ${secret:NAME} as one undo step. When a keychain
// write fails the file is not touched and the dialog says which secret failed and why.
class MoveSecretsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { LineColumn, KeyColumn, NameColumn, ValueColumn, ColumnCount };

    explicit MoveSecretsDialog(InventorySession *session, QWidget *parent = nullptr);
    ~MoveSecretsDialog() override;

    QTableView *table() const { return mTable; }
    QStandardItemModel *model() const { return mModel; }
    QPushButton *moveButton() const { return mMove; }
    QString statusText() const;
    bool isBusy() const { return mWriter != nullptr; }

    // Reads the inventory again (what the dialog does when it opens).
    void rescan();
    // Stores the checked rows' passwords and, when all are stored, writes the references.
    void moveToKeychain();
    // Closing waits while the keychain is being written.
    void reject() override;

signals:
    // The references are written: count values in one undo step.
    void moved(int count);
    // Nothing was changed in the file; message says why.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        PlaintextSecrets::Item item;
        QString name;
    };

    QList<Row> checkedRows() const;
    void writeReferences(const QList<Row> &rows);
    void fail(const QString &message);
    void setBusy(bool busy);
    void retranslate();
    void updateSummary();

    InventorySession *mSession;
    QList<PlaintextSecrets::Item> mItems;
    std::string mScannedText;
    QLabel *mIntro;
    QStandardItemModel *mModel;
    QTableView *mTable;
    QLabel *mSummary;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QDialogButtonBox *mButtons;
    QPushButton *mMove;
    SecretWriter *mWriter = nullptr;
};

} // namespace stackyard
