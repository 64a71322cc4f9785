// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/movesecretsdialog.h"

#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/wizards/inventoryedits.h"
#include "inventory/wizards/secretwriter.h"
#include "secrets/secretref.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

MoveSecretsDialog::MoveSecretsDialog(InventorySession *session, QWidget *parent)
    : QDialog(parent)
    , mSession(session)
    , mIntro(new QLabel(this))
    , mModel(new QStandardItemModel(0, ColumnCount, this))
    , mTable(new QTableView(this))
    , mSummary(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mStatus(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , mMove(mButtons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(u"moveSecretsDialog"_s);
    mIntro->setWordWrap(true);
    mTable->setObjectName(u"secretsTable"_s);
    mTable->setModel(mModel);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    mTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    mSummary->setObjectName(u"secretsSummary"_s);
    mSummary->setWordWrap(true);
    mProgress->setObjectName(u"secretsProgress"_s);
    mProgress->hide();
    mStatus->setObjectName(u"secretsStatus"_s);
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mMove->setObjectName(u"moveButton"_s);
    mMove->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addWidget(mTable, 1);
    layout->addWidget(mSummary);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus);
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mMove, &QPushButton::clicked, this, &MoveSecretsDialog::moveToKeychain);
    connect(mModel, &QStandardItemModel::itemChanged, this, &MoveSecretsDialog::updateSummary);
    resize(860, 480);
    retranslate();
    rescan();
}

MoveSecretsDialog::~MoveSecretsDialog() = default;

QString MoveSecretsDialog::statusText() const
{
    return mStatus->text();
}

void MoveSecretsDialog::rescan()
{
    mItems = mSession->isOpen() ? PlaintextSecrets::find(mSession->document()->inventory())
                                : QList<PlaintextSecrets::Item>();
    mScannedText = mSession->document()->text();
    mModel->removeRows(0, mModel->rowCount());
    for (const PlaintextSecrets::Item &item : std::as_const(mItems)) {
        auto *line = new QStandardItem(QString::number(item.line));
        line->setCheckable(true);
        line->setCheckState(Qt::Checked);
        line->setEditable(false);
        line->setToolTip(item.pointer);
        const QString owner = item.user.isEmpty() ? item.owner : item.owner + u" · "_s + item.user;
        auto *key = new QStandardItem(item.key + u"  ("_s + owner + u')');
        key->setEditable(false);
        key->setToolTip(item.pointer);
        auto *name = new QStandardItem(item.suggestedName);
        name->setToolTip(
            tr("The name in the keychain; the inventory will say %1").arg(SecretRef::format(item.suggestedName)));
        auto *value = new QStandardItem(QString(8, QChar(0x2022)));
        value->setEditable(false);
        value->setToolTip(tr("The value stays hidden."));
        mModel->appendRow({ line, key, name, value });
    }
    updateSummary();
}

QList<MoveSecretsDialog::Row> MoveSecretsDialog::checkedRows() const
{
    QList<Row> rows;
    for (int r = 0; r < mModel->rowCount() && r < mItems.size(); ++r)
        if (mModel->item(r, LineColumn)->checkState() == Qt::Checked)
            rows.append(Row { mItems.at(r), mModel->item(r, NameColumn)->text().trimmed() });
    return rows;
}

void MoveSecretsDialog::updateSummary()
{
    const int checked = int(checkedRows().size());
    if (mItems.isEmpty())
        mSummary->setText(tr("No plain-text passwords: every password of this inventory is a keychain reference, a "
                             "hash or empty."));
    else
        mSummary->setText(tr("%n password(s) selected. Double-click a keychain name to change it.", nullptr, checked));
    mMove->setEnabled(checked > 0 && !isBusy());
}

void MoveSecretsDialog::moveToKeychain()
{
    if (isBusy())
        return;
    const QList<Row> rows = checkedRows();
    if (rows.isEmpty())
        return;
    if (mSession->document()->text() != mScannedText) {
        rescan();
        fail(tr("The inventory changed since the passwords were listed; the list is updated. Check it and try "
                "again."));
        return;
    }
    // One name holds one value.
    QHash<QString, QString> valueOf;
    QList<SecretWriter::Item> items;
    for (const Row &row : rows) {
        if (!SecretRef::isValidName(row.name)) {
            fail(tr("Line %1: \"%2\" is not a valid keychain name (1 to 200 letters, digits, '.', '_', '/' or '-').")
                     .arg(row.item.line)
                     .arg(row.name));
            return;
        }
        if (const auto it = valueOf.constFind(row.name); it != valueOf.cend()) {
            if (*it != row.item.value) {
                fail(tr("Line %1: the name %2 is already used for a different password in this list; give it "
                        "another name.")
                         .arg(row.item.line)
                         .arg(row.name));
                return;
            }
            continue;
        }
        valueOf.insert(row.name, row.item.value);
        items.append(SecretWriter::Item { row.name, row.item.value, false });
    }

    mWriter = new SecretWriter(items, this);
    connect(mWriter, &SecretWriter::progress, this, [this](int done, int total) {
        mProgress->setRange(0, total);
        mProgress->setValue(done);
        mStatus->setText(tr("Storing in the keychain… %1 of %2").arg(done).arg(total));
    });
    connect(mWriter, &SecretWriter::finished, this, [this, rows] {
        mWriter->deleteLater();
        mWriter = nullptr;
        setBusy(false);
        writeReferences(rows);
    });
    connect(mWriter, &SecretWriter::failed, this, [this](const QString &name, const Error &error) {
        mWriter->deleteLater();
        mWriter = nullptr;
        setBusy(false);
        QString message
            = tr("Nothing in the inventory was changed: the secret %1 could not be stored (%2).").arg(name, error.what);
        if (!error.hint.isEmpty())
            message += u"\n"_s + error.hint;
        if (!error.detail.isEmpty())
            message += u"\n("_s + error.detail + u')';
        fail(message);
    });
    setBusy(true);
    mWriter->start();
}

void MoveSecretsDialog::writeReferences(const QList<Row> &rows)
{
    if (mSession->document()->text() != mScannedText) {
        rescan();
        fail(tr("The passwords are stored in the keychain, but the inventory changed meanwhile, so it was not "
                "touched. Check the updated list and move them again (the keychain already holds them)."));
        return;
    }
    InventoryEdits edits;
    for (const Row &row : rows)
        edits.set(row.item.pointer, YAML::Node(SecretRef::format(row.name).toStdString()));
    const int count = int(rows.size());
    const Result<bool> applied = edits.apply(mSession, tr("Move %n password(s) to the keychain", nullptr, count));
    if (!applied) {
        fail(tr("The passwords are stored in the keychain, but the inventory could not be changed: %1")
                 .arg(applied.error().toString()));
        return;
    }
    rescan();
    mStatus->setText(tr("Moved %n password(s) to the keychain. The inventory now refers to them; save it to keep "
                        "the change.",
        nullptr, count));
    emit moved(count);
}

void MoveSecretsDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void MoveSecretsDialog::fail(const QString &message)
{
    mStatus->setText(message);
    emit failed(message);
}

void MoveSecretsDialog::setBusy(bool busy)
{
    mProgress->setVisible(busy);
    mTable->setEnabled(!busy);
    mButtons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    updateSummary();
}

void MoveSecretsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MoveSecretsDialog::retranslate()
{
    setWindowTitle(tr("Move Passwords to the Keychain"));
    mIntro->setText(tr("These passwords are written in the inventory in plain text. Move stores each one in the "
                       "system keychain and then replaces it in the file by a ${secret:NAME} reference — all in one "
                       "step you can undo. If the keychain refuses any of them, the file is left as it is."));
    mModel->setHorizontalHeaderLabels({ tr("Line"), tr("Key"), tr("Keychain name"), tr("Value") });
    mMove->setText(tr("&Move to Keychain"));
    updateSummary();
}

} // namespace stackyard
