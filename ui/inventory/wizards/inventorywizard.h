// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/wizards/inventoryedits.h"
#include "inventory/wizards/secretwriter.h"

#include <QWizard>

class QMessageBox;

namespace stackyard {

class Inventory;
class InventorySession;
class ReviewPage;

// The base of the wizards that add a group to the open inventory. A subclass adds its pages,
// then addReviewPage(); it describes its change as a batch of edits (one undo step) and the
// secrets the change refers to. Finish stores those secrets in the keychain (asynchronously,
// never replacing a different secret) and only then applies the edits; when the keychain fails
// the user can add the group with the references alone and store the secrets later. The option
// "write references only" skips the keychain from the start.
class InventoryWizard : public QWizard
{
    Q_OBJECT

public:
    InventoryWizard(InventorySession *session, QWidget *parent = nullptr);
    ~InventoryWizard() override;

    InventorySession *session() const { return mSession; }
    // Write the ${secret:…} references without storing anything in the keychain.
    void setWriteReferencesOnly(bool on);
    bool writeReferencesOnly() const { return mReferencesOnly; }
    bool isStoringSecrets() const { return mWriter != nullptr; }

    // The exact lines the edits add, or why they cannot be made.
    Result<QString> preview() const;
    // What the review page says about the secrets.
    QString secretsNote() const;
    // The JSON Pointer of the group the wizard adds (/all/children/NAME).
    virtual QString groupPointer() const = 0;

    void accept() override;

    // Checks shared by the wizards; each returns "" when the value is fine, else the problem.
    static QString groupNameProblem(const Inventory &inventory, const QString &name);
    static QString userNameProblem(const QString &name);
    static QString secretNameProblem(const QString &name);
    static bool isIPv4(const QString &text);
    // "10.0.0.1, 10.0.0.2 10.0.0.3" -> the addresses (commas and blanks separate them).
    static QStringList splitList(const QString &text);
    // Each host must be an IPv4 address, listed once, not in another group of this module.
    static QString hostsProblem(const Inventory &inventory, const QStringList &hosts, int clusterKind);
    // A scalar node holding "${secret:NAME}".
    static YAML::Node secretReference(const QString &name);

signals:
    // The edits are applied; pointer names the new group.
    void groupAdded(const QString &pointer);

protected:
    const Inventory &inventory() const;
    void addReviewPage();
    // The change: secretsStored is false when the secrets are not (or could not be) stored, so
    // edits that would drop a plain-text password in favour of a reference must be left out.
    virtual InventoryEdits edits(bool secretsStored) const = 0;
    virtual QList<SecretWriter::Item> secrets() const = 0;
    // Secrets the change refers to but cannot store (the user sets them later).
    virtual QStringList unstoredSecrets() const { return {}; }
    virtual QString undoText() const = 0;

private:
    void finish(bool secretsStored);
    void keychainFailed(const QString &name, const Error &error);
    void setBusy(bool busy);

    InventorySession *mSession;
    ReviewPage *mReview = nullptr;
    SecretWriter *mWriter = nullptr;
    bool mReferencesOnly = false;
};

} // namespace stackyard
