// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "yaml/yamlpointer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <yaml-cpp/node/node.h>

namespace stackyard {

class InventorySession;

// A batch of structural edits of the open inventory that go in as one undo step: a wizard's new
// group plus the entries it adds to other groups (a database user, a pgvector extension). The
// batch is tried on a copy of the text first, so either every edit applies or none does; the
// same dry run gives the exact lines a review page shows.
class InventoryEdits
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::InventoryEdits)

public:
    // A new entry (a missing key is created, "/-" appends), as InventorySession::addEntry.
    void add(const QString &pointer, const YAML::Node &value, const QString &what = {});
    // A new value for an existing key, as InventorySession::setValue.
    void set(const QString &pointer, const YAML::Node &value, const QString &what = {});

    bool isEmpty() const { return mEdits.isEmpty(); }
    qsizetype size() const { return mEdits.size(); }

    // The text after every edit, or the first edit's Error.
    Result<std::string> applyTo(std::string text) const;
    // The changed lines after each edit, each block under a "# what" comment line.
    Result<QString> preview(const std::string &text) const;
    // Applies the batch to the session as one undo step named undoText (a single edit is pushed
    // as it is, several inside an undo macro). Nothing changes when any edit is refused.
    Result<bool> apply(InventorySession *session, const QString &undoText) const;

private:
    struct Edit
    {
        bool add = true;
        QString pointer;
        YAML::Node value;
        QString what;
    };
    QList<Edit> mEdits;
};

} // namespace stackyard
