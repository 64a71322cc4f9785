// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/inventorywizard.h"

#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/wizards/reviewpage.h"
#include "secrets/secretref.h"

#include <QAbstractButton>
#include <QHostAddress>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace stackyard {

InventoryWizard::InventoryWizard(InventorySession *session, QWidget *parent)
    : QWizard(parent)
    , mSession(session)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(640, 520);
    resize(760, 600);
}

InventoryWizard::~InventoryWizard() = default;

const Inventory &InventoryWizard::inventory() const
{
    return mSession->document()->inventory();
}

void InventoryWizard::addReviewPage()
{
    mReview = new ReviewPage(this);
    addPage(mReview);
}

void InventoryWizard::setWriteReferencesOnly(bool on)
{
    mReferencesOnly = on;
    if (mReview && currentPage() == mReview)
        mReview->refresh();
}

Result<QString> InventoryWizard::preview() const
{
    return edits(!mReferencesOnly).preview(mSession->document()->text());
}

QString InventoryWizard::secretsNote() const
{
    QStringList names;
    for (const SecretWriter::Item &item : secrets())
        names << item.name;
    const QStringList later = unstoredSecrets();
    QStringList lines;
    if (!names.isEmpty()) {
        if (mReferencesOnly)
            lines << tr("Nothing is stored in the keychain. Before provisioning, store these secrets with "
                        "\"stackyardctl secret set NAME\": %1.")
                         .arg(names.join(QStringLiteral(", ")));
        else
            lines << tr("Finish stores these secrets in the keychain first; the inventory only refers to them: %1.")
                         .arg(names.join(QStringLiteral(", ")));
    }
    if (!later.isEmpty())
        lines << tr("These secrets are referred to but not known here; store them with \"stackyardctl secret set "
                    "NAME\": %1.")
                     .arg(later.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

void InventoryWizard::accept()
{
    if (mWriter)
        return; // already storing
    const QList<SecretWriter::Item> items = secrets();
    if (mReferencesOnly || items.isEmpty()) {
        finish(!mReferencesOnly);
        return;
    }
    mWriter = new SecretWriter(items, this);
    connect(mWriter, &SecretWriter::progress, this, [this](int done, int total) {
        if (mReview)
            mReview->setStatus(tr("Storing secrets in the keychain… %1 of %2").arg(done).arg(total));
    });
    connect(mWriter, &SecretWriter::finished, this, [this] {
        mWriter->deleteLater();
        mWriter = nullptr;
        setBusy(false);
        finish(true);
    });
    connect(mWriter, &SecretWriter::failed, this, [this](const QString &name, const Error &error) {
        mWriter->deleteLater();
        mWriter = nullptr;
        setBusy(false);
        keychainFailed(name, error);
    });
    setBusy(true);
    mWriter->start();
}

void InventoryWizard::setBusy(bool busy)
{
    for (const WizardButton b : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton })
        if (QAbstractButton *button = this->button(b))
            button->setEnabled(!busy);
    if (mReview) {
        if (!busy)
            mReview->setStatus({});
        mReview->refresh();
    }
}

void InventoryWizard::finish(bool secretsStored)
{
    const Result<bool> applied = edits(secretsStored).apply(mSession, undoText());
    if (!applied) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot change the inventory"), applied.error().what, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("editFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(applied.error().toString());
        box->open();
        return;
    }
    emit groupAdded(groupPointer());
    QWizard::accept();
}

void InventoryWizard::keychainFailed(const QString &name, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot store a secret"),
        tr("The secret %1 could not be stored in the keychain: %2").arg(name, error.what), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("keychainFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString info = error.hint;
    if (!info.isEmpty())
        info += QStringLiteral("\n\n");
    info += tr("Nothing was added to the inventory. You can add it now with the ${secret:…} references alone and "
               "store the secrets later with \"stackyardctl secret set NAME\"; until then, provisioning stops at "
               "the first missing secret.");
    box->setInformativeText(info);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    QPushButton *continueButton = box->addButton(tr("Add with References Only"), QMessageBox::AcceptRole);
    continueButton->setObjectName(QStringLiteral("referencesOnlyButton"));
    connect(box, &QMessageBox::finished, this, [this, box, continueButton] {
        if (box->clickedButton() == continueButton) {
            mReferencesOnly = true;
            finish(false);
        }
    });
    box->open();
}

QString InventoryWizard::groupNameProblem(const Inventory &inventory, const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (name.isEmpty())
        return tr("Enter a name.");
    if (!pattern.match(name).hasMatch())
        return tr("The name \"%1\" may only hold letters, digits and '-'.").arg(name);
    if (name == QLatin1String("root") || name == QLatin1String("all"))
        return tr("\"%1\" is reserved; choose another name.").arg(name);
    if (inventory.group(name))
        return tr("The inventory already has a group named \"%1\".").arg(name);
    return {};
}

QString InventoryWizard::userNameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_@.-]{0,62}$"));
    if (name.isEmpty())
        return tr("Enter a user name.");
    if (!pattern.match(name).hasMatch())
        return tr("The user name \"%1\" must start with a lower-case letter or '_' and hold only lower-case letters, "
                  "digits, '_', '@', '.' and '-' (at most 63).")
            .arg(name);
    if (name == QLatin1String("postgres"))
        return tr("\"postgres\" is the database superuser; choose another name.");
    return {};
}

QString InventoryWizard::secretNameProblem(const QString &name)
{
    if (!SecretRef::isValidName(name))
        return tr("The keychain name \"%1\" may only hold letters, digits, '.', '_', '/' and '-' (1 to 200).")
            .arg(name);
    return {};
}

bool InventoryWizard::isIPv4(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    if (!pattern.match(text).hasMatch())
        return false;
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

QStringList InventoryWizard::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString InventoryWizard::hostsProblem(const Inventory &inventory, const QStringList &hosts, int clusterKind)
{
    if (hosts.isEmpty())
        return tr("Enter at least one host address.");
    QStringList seen;
    for (const QString &host : hosts) {
        if (!isIPv4(host))
            return tr("\"%1\" is not an IPv4 address; Pigsty inventories key their hosts by IPv4 address.").arg(host);
        if (seen.contains(host))
            return tr("%1 is listed twice.").arg(host);
        seen << host;
        for (const Inventory::Group *g : inventory.groupsOf(host))
            if (int(g->kind) == clusterKind)
                return tr("%1 is already in the group %2: a host may be in only one group of each module.")
                    .arg(host, g->name);
    }
    return {};
}

YAML::Node InventoryWizard::secretReference(const QString &name)
{
    return YAML::Node(SecretRef::format(name).toStdString());
}

} // namespace stackyard
