// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/namedlistform.h"

namespace stackyard {

// The "Databases" section of a PostgreSQL cluster: its pg_databases with their owners, Add and
// Remove.
class PgDatabasesForm : public NamedListForm
{
    Q_OBJECT

public:
    explicit PgDatabasesForm(InventorySession *session, QWidget *parent = nullptr);

protected:
    QString detailOf(int item) const override;
    QString detailHeader() const override;
    QString placeholder() const override;
    QString addUndoText(const QString &name) const override;
    QString removeUndoText(const QString &name) const override;
    void retranslateTexts() override;
};

} // namespace stackyard
