// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/newinventorydialog.h"

#include "inventory/inventorydocument.h"
#include "inventory/wizards/inventorywizard.h"
#include "shared/codeeditor.h"
#include "shared/yamlhighlighting.h"
#include "shell/theme.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QString kTemplateAddress = u"10.10.10.10"_s;

} // namespace

QList<NewInventoryDialog::Template> NewInventoryDialog::templates()
{
    return {
        { u"single-node"_s, u":/templates/single-node.yml"_s, tr("Single node"),
            tr("Everything on one server: infrastructure node, etcd, the PostgreSQL cluster pg-meta (one primary) and "
               "a standalone Redis. For a lab, a small team or a first deployment.") },
        { u"ha-postgres"_s, u":/templates/ha-postgres.yml"_s, tr("Highly available PostgreSQL"),
            tr("Three servers: etcd on all three and the PostgreSQL cluster pg-main with a primary and two replicas "
               "(Patroni fails over), with example users, databases and HBA rules.") },
        { u"ai-stack"_s, u":/templates/ai-stack.yml"_s, tr("AI stack: Dify and Open WebUI"),
            tr("Dify and Open WebUI in docker compose on one server, keeping their data and vectors in PostgreSQL "
               "with pgvector and Dify's cache and queue in Redis.") },
    };
}

QString NewInventoryDialog::templateText(const QString &id)
{
    for (const Template &t : templates()) {
        if (t.id != id)
            continue;
        QFile file(t.resource); // compiled into the binary: no disk access
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

NewInventoryDialog::NewInventoryDialog(const QString &directory, QWidget *parent)
    : QDialog(parent)
    , mTemplates(templates())
    , mList(new QListWidget(this))
    , mDescription(new QLabel(this))
    , mPreview(new CodeEditor(this))
    , mAddressLabel(new QLabel(this))
    , mAddress(new QLineEdit(kTemplateAddress, this))
    , mPathLabel(new QLabel(this))
    , mPath(new QLineEdit(this))
    , mBrowse(new QPushButton(this))
    , mStatus(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , mCreate(mButtons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , mDirectory(directory.isEmpty() ? QDir::homePath() : directory)
{
    setObjectName(u"newInventoryDialog"_s);
    mList->setObjectName(u"templateList"_s);
    for (const Template &t : std::as_const(mTemplates))
        new QListWidgetItem(t.title, mList);
    mList->setMinimumWidth(220);
    mDescription->setObjectName(u"templateDescription"_s);
    mDescription->setWordWrap(true);
    mPreview->setObjectName(u"templatePreview"_s);
    mPreview->setReadOnly(true);
    attachYamlHighlighting(mPreview->document(), isDarkPalette(palette()));
    mAddress->setObjectName(u"addressEdit"_s);
    mPath->setObjectName(u"targetPathEdit"_s);
    mBrowse->setObjectName(u"browseButton"_s);
    mStatus->setObjectName(u"newInventoryStatus"_s);
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);
    mCreate->setObjectName(u"createButton"_s);
    mCreate->setDefault(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(mDescription);
    rightLayout->addWidget(mPreview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(mBrowse);
    auto *form = new QFormLayout;
    form->addRow(mAddressLabel, mAddress);
    form->addRow(mPathLabel, pathRow);
    mAddressLabel->setBuddy(mAddress);
    mPathLabel->setBuddy(mPath);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(mStatus);
    layout->addWidget(mButtons);

    // The buttons box's accepted() would close the dialog before the file is written.
    connect(mCreate, &QPushButton::clicked, this, &NewInventoryDialog::create);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QListWidget::currentRowChanged, this, &NewInventoryDialog::templateChanged);
    connect(mAddress, &QLineEdit::textChanged, this, &NewInventoryDialog::templateChanged);
    connect(mPath, &QLineEdit::textChanged, this, &NewInventoryDialog::updateButtons);
    connect(mBrowse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(
            this, tr("New Inventory"), targetPath(), tr("YAML inventories (*.yml *.yaml);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontConfirmOverwrite); // Create asks
        dialog->setDefaultSuffix(u"yml"_s);
        connect(dialog, &QFileDialog::fileSelected, this, &NewInventoryDialog::setTargetPath);
        dialog->open();
    });

    resize(900, 620);
    retranslate();
    mList->setCurrentRow(0);
}

void NewInventoryDialog::selectTemplate(const QString &id)
{
    for (int i = 0; i < mTemplates.size(); ++i)
        if (mTemplates.at(i).id == id)
            mList->setCurrentRow(i);
}

QString NewInventoryDialog::currentTemplate() const
{
    const int row = mList->currentRow();
    return row >= 0 && row < mTemplates.size() ? mTemplates.at(row).id : QString();
}

void NewInventoryDialog::setAddress(const QString &address)
{
    mAddress->setText(address);
}

void NewInventoryDialog::setTargetPath(const QString &path)
{
    mPath->setText(QDir::toNativeSeparators(path));
}

QString NewInventoryDialog::targetPath() const
{
    return QDir::fromNativeSeparators(mPath->text().trimmed());
}

QString NewInventoryDialog::text() const
{
    QString text = templateText(currentTemplate());
    const QString address = mAddress->text().trimmed();
    if (address != kTemplateAddress && InventoryWizard::isIPv4(address)) {
        static const QRegularExpression first(u"(?<![0-9.])10\\.10\\.10\\.10(?![0-9])"_s);
        text.replace(first, address);
    }
    return text;
}

QString NewInventoryDialog::statusText() const
{
    return mStatus->text();
}

void NewInventoryDialog::templateChanged()
{
    const int row = mList->currentRow();
    if (row < 0 || row >= mTemplates.size())
        return;
    const Template &t = mTemplates.at(row);
    mDescription->setText(t.description + u"\n\n"_s
        + tr("No password is written in the file: each is a ${secret:NAME} reference to the "
             "system keychain. \"stackyardctl secret check FILE\" lists the ones to store."));
    const int scroll = mPreview->verticalScrollBar()->value();
    mPreview->setPlainText(text());
    mPreview->verticalScrollBar()->setValue(scroll);
    // The file name follows the template until the user types one.
    const QString current = QFileInfo(targetPath()).completeBaseName();
    bool isTemplateName = current.isEmpty();
    for (const Template &other : std::as_const(mTemplates))
        isTemplateName = isTemplateName || current == other.id;
    if (isTemplateName)
        setTargetPath(QDir(targetPath().isEmpty() ? mDirectory : QFileInfo(targetPath()).absolutePath())
                          .filePath(t.id + u".yml"_s));
    updateButtons();
}

void NewInventoryDialog::updateButtons()
{
    const QString address = mAddress->text().trimmed();
    QString problem;
    if (!InventoryWizard::isIPv4(address))
        problem = tr("Enter the IPv4 address of the first server.");
    else if (targetPath().isEmpty())
        problem = tr("Choose the file to create.");
    if (!mBusy)
        mStatus->setText(problem);
    mCreate->setEnabled(!mBusy && problem.isEmpty() && !currentTemplate().isEmpty());
}

void NewInventoryDialog::create()
{
    if (mBusy || !mCreate->isEnabled())
        return;
    const QString path = QFileInfo(targetPath()).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        write(path);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Replace %1?").arg(QFileInfo(path).fileName()),
        tr("%1 already exists.").arg(QDir::toNativeSeparators(path)), QMessageBox::Cancel, this);
    box->setObjectName(u"replaceFileBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Replacing it loses what it holds now."));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"replaceButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, replace, path] {
        if (box->clickedButton() == replace)
            write(path);
    });
    box->open();
}

void NewInventoryDialog::write(const QString &path)
{
    mBusy = true;
    updateButtons();
    mStatus->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const std::string content = text().toStdString();
    QPointer<NewInventoryDialog> self(this);
    QThreadPool::globalInstance()->start([self, path, content] {
        Result<bool> written = true;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            written
                = Error { QCoreApplication::translate("stackyard::NewInventoryDialog", "Cannot create the folder %1")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                      path, {}, {} };
        else
            written = InventoryDocument::writeFile(path, content); // QSaveFile: all or nothing
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, written] {
                if (!self)
                    return;
                self->mBusy = false;
                if (!written) {
                    self->updateButtons();
                    self->mStatus->setText(written.error().toString());
                    return;
                }
                emit self->created(path);
                self->accept();
            },
            Qt::QueuedConnection);
    });
}

void NewInventoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewInventoryDialog::retranslate()
{
    setWindowTitle(tr("New Inventory"));
    mTemplates = templates();
    for (int i = 0; i < mTemplates.size() && i < mList->count(); ++i)
        mList->item(i)->setText(mTemplates.at(i).title);
    mAddressLabel->setText(tr("&First server:"));
    mAddress->setToolTip(tr("Replaces 10.10.10.10 in the template (the other servers' addresses stay as they are)"));
    mPathLabel->setText(tr("&File:"));
    mBrowse->setText(tr("&Browse…"));
    mCreate->setText(tr("&Create"));
    templateChanged();
}

} // namespace stackyard
