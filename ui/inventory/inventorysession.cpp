// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventorysession.h"

#include "inventory/commands/texteditcommand.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventoryloader.h"
#include "inventory/validation/validator.h"

#include <QPointer>
#include <QThreadPool>
#include <QUndoStack>

#include <yaml-cpp/yaml.h>

namespace stackyard {

InventorySession::InventorySession(QObject *parent)
    : QObject(parent)
    , mDocument(new InventoryDocument(this))
    , mUndoStack(new QUndoStack(this))
    , mLoader(new InventoryLoader(this))
{
    qRegisterMetaType<stackyard::Findings>();
    mValidationTimer.setSingleShot(true);
    mValidationTimer.setInterval(150);
    connect(&mValidationTimer, &QTimer::timeout, this, &InventorySession::validate);

    connect(mLoader, &InventoryLoader::loaded, this, [this](quint64, const Inventory &inventory) {
        mBusy = false;
        mUndoStack->clear();
        mDocument->setLoaded(inventory.fileName(), inventory);
        mFindings.clear();
        emit opened(inventory.fileName());
        validate();
    });
    connect(mLoader, &InventoryLoader::failed, this, [this](quint64, const Error &error) {
        mBusy = false;
        emit openFailed(error);
    });
    connect(mDocument, &InventoryDocument::changed, this, [this](const yaml::TextEdit &edit) {
        emit changed(edit);
        scheduleValidation();
    });
    connect(mDocument, &InventoryDocument::modifiedChanged, this, &InventorySession::modifiedChanged);
    connect(mDocument, &InventoryDocument::externallyChanged, this, &InventorySession::externallyChanged);
    connect(mDocument, &InventoryDocument::saved, this, &InventorySession::saved);
}

InventorySession::~InventorySession() = default;

bool InventorySession::isOpen() const
{
    return mDocument->hasInventory();
}

int InventorySession::errorCount() const
{
    return int(std::count_if(mFindings.cbegin(), mFindings.cend(), [](const Finding &f) { return f.isError(); }));
}

InventoryOverview InventorySession::overview() const
{
    return isOpen() ? mDocument->inventory().overview() : InventoryOverview();
}

void InventorySession::open(const QString &path)
{
    mBusy = true;
    mLoader->load(path);
}

void InventorySession::openSample(const QString &targetPath)
{
    mBusy = true;
    mLoader->loadSample(targetPath);
}

void InventorySession::close()
{
    mLoader->cancel();
    ++mValidationGeneration;
    mUndoStack->clear();
    mFindings.clear();
    delete mDocument;
    mDocument = new InventoryDocument(this);
    connect(mDocument, &InventoryDocument::changed, this, [this](const yaml::TextEdit &edit) {
        emit changed(edit);
        scheduleValidation();
    });
    connect(mDocument, &InventoryDocument::modifiedChanged, this, &InventorySession::modifiedChanged);
    connect(mDocument, &InventoryDocument::externallyChanged, this, &InventorySession::externallyChanged);
    connect(mDocument, &InventoryDocument::saved, this, &InventorySession::saved);
    emit closed();
}

void InventorySession::save(const QString &path)
{
    const QString target = path.isEmpty() ? mDocument->path() : path;
    const std::string text = mDocument->text();
    const quint64 generation = ++mSaveGeneration;
    mDocument->pauseWatching();
    QPointer<InventorySession> self(this);
    QThreadPool::globalInstance()->start([self, target, text, generation] {
        const Result<bool> written = InventoryDocument::writeFile(target, text);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, target, text, generation, written] {
                if (!self || generation != self->mSaveGeneration)
                    return;
                if (written) {
                    self->mDocument->markSaved(target, text);
                    self->mUndoStack->setClean();
                } else {
                    self->mDocument->markSaved(self->mDocument->path(), std::string()); // re-arm the watcher
                    emit self->saveFailed(written.error());
                }
            },
            Qt::QueuedConnection);
    });
}

void InventorySession::reload()
{
    if (!mDocument->path().isEmpty())
        open(mDocument->path());
}

Result<bool> InventorySession::push(Kind kind, const Result<yaml::TextEdit> &edit, const QString &undoText,
                                    const std::string &pointer)
{
    if (!edit)
        return edit.error();
    const std::string before = mDocument->text();
    if (const auto applied = mDocument->apply(*edit); !applied)
        return applied.error();
    switch (kind) {
    case Kind::Set:
        mUndoStack->push(new SetValueCommand(mDocument, *edit, before, undoText, pointer));
        break;
    case Kind::Add:
        mUndoStack->push(new AddEntryCommand(mDocument, *edit, before, undoText));
        break;
    case Kind::Remove:
        mUndoStack->push(new RemoveEntryCommand(mDocument, *edit, before, undoText));
        break;
    }
    return true;
}

Result<bool> InventorySession::setValue(const yaml::Pointer &pointer, const YAML::Node &value, const QString &undoText)
{
    if (!isOpen())
        return Error{tr("No inventory is open"), {}, {}, {}};
    return push(Kind::Set, yaml::Editor(mDocument->inventory().tree()).set(pointer, value), undoText, pointer.toString());
}

Result<bool> InventorySession::setText(const yaml::Pointer &pointer, const QString &value, bool asString,
                                       const QString &undoText)
{
    if (!isOpen())
        return Error{tr("No inventory is open"), {}, {}, {}};
    return push(Kind::Set, yaml::Editor(mDocument->inventory().tree()).setScalar(pointer, value.toStdString(), asString),
                undoText, pointer.toString());
}

Result<bool> InventorySession::addEntry(const yaml::Pointer &pointer, const YAML::Node &value, const QString &undoText)
{
    if (!isOpen())
        return Error{tr("No inventory is open"), {}, {}, {}};
    return push(Kind::Add, yaml::Editor(mDocument->inventory().tree()).set(pointer, value), undoText, {});
}

Result<bool> InventorySession::removeEntry(const yaml::Pointer &pointer, const QString &undoText)
{
    if (!isOpen())
        return Error{tr("No inventory is open"), {}, {}, {}};
    return push(Kind::Remove, yaml::Editor(mDocument->inventory().tree()).remove(pointer), undoText, {});
}

void InventorySession::replaceText(const QString &text)
{
    const std::string next = text.toStdString();
    const std::string before = mDocument->text();
    if (next == before)
        return;
    std::size_t head = 0;
    while (head < next.size() && head < before.size() && next[head] == before[head])
        ++head;
    std::size_t tail = 0;
    while (tail < next.size() - head && tail < before.size() - head
           && next[next.size() - 1 - tail] == before[before.size() - 1 - tail])
        ++tail;
    const yaml::TextEdit edit{std::int32_t(head), std::int32_t(before.size() - head - tail),
                              next.substr(head, next.size() - head - tail)};
    mDocument->applyText(edit);
    mUndoStack->push(new YamlTextCommand(mDocument, edit, before, tr("Edit YAML")));
}

void InventorySession::scheduleValidation()
{
    mValidationTimer.start();
}

void InventorySession::validate()
{
    const quint64 generation = ++mValidationGeneration;
    if (mDocument->syntaxError()) {
        // A syntax error is the one finding there is until it is fixed.
        const Finding f = Finding::fromSyntaxError(*mDocument->syntaxError(), mDocument->path());
        mFindings = {f};
        emit findingsChanged();
        return;
    }
    if (!isOpen())
        return;
    const Inventory snapshot = mDocument->inventory();
    QPointer<InventorySession> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, generation] {
        Findings findings = Validator::check(snapshot.tree(), snapshot.fileName());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, findings = std::move(findings)] {
                if (!self || generation != self->mValidationGeneration)
                    return; // a newer edit is being validated
                self->mFindings = findings;
                emit self->findingsChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace stackyard
