// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pgdatabasesform.h"

#include "inventory/inventory.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace stackyard {

PgDatabasesForm::PgDatabasesForm(InventorySession *session, QWidget *parent)
    : NamedListForm(u"pg_databases"_s, session, parent)
{
    setObjectName(u"pgDatabasesForm"_s);
    retranslate();
}

QString PgDatabasesForm::detailOf(int item) const
{
    const yaml::Tree &t = inventory()->tree();
    QStringList parts;
    const std::string &owner = t.scalar(t.find(item, "owner"));
    if (!owner.empty())
        parts << tr("owner %1").arg(QString::fromStdString(owner));
    const std::string &comment = t.scalar(t.find(item, "comment"));
    if (!comment.empty())
        parts << QString::fromStdString(comment);
    return parts.join(u" — "_s);
}

QString PgDatabasesForm::detailHeader() const
{
    return tr("Owner — comment");
}

QString PgDatabasesForm::placeholder() const
{
    return tr("New database name, e.g. app");
}

QString PgDatabasesForm::addUndoText(const QString &name) const
{
    return tr("Add database %1").arg(name);
}

QString PgDatabasesForm::removeUndoText(const QString &name) const
{
    return tr("Remove database %1").arg(name);
}

void PgDatabasesForm::retranslateTexts()
{
    titleLabel()->setText(tr("Databases of %1").arg(group()));
    hintLabel()->setText(tr("Business databases (pg_databases). Double-click a database to edit it; create it on "
                            "the cluster with bin/pgsql-db %1 <database>.")
                             .arg(group()));
}

} // namespace stackyard
