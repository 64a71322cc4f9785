// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/forms/namedlistform.h"

namespace stackyard {

// The "Users" section of a PostgreSQL cluster: its pg_users with their roles, Add and Remove.
class PgUsersForm : public NamedListForm
{
    Q_OBJECT

public:
    explicit PgUsersForm(InventorySession *session, QWidget *parent = nullptr);

protected:
    QString detailOf(int item) const override;
    QString detailHeader() const override;
    QString placeholder() const override;
    QString addUndoText(const QString &name) const override;
    QString removeUndoText(const QString &name) const override;
    void retranslateTexts() override;
};

} // namespace stackyard
