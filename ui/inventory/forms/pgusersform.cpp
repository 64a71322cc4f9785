// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pgusersform.h"

#include "inventory/inventory.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace stackyard {

PgUsersForm::PgUsersForm(InventorySession *session, QWidget *parent)
    : NamedListForm(u"pg_users"_s, session, parent)
{
    setObjectName(u"pgUsersForm"_s);
    retranslate();
}

QString PgUsersForm::detailOf(int item) const
{
    const yaml::Tree &t = inventory()->tree();
    QStringList parts;
    const yaml::Tree::Index roles = t.find(item, "roles");
    if (t.isSeq(roles)) {
        QStringList names;
        for (yaml::Tree::Index r : t.node(roles).children)
            names << QString::fromStdString(t.isMap(r) ? t.scalar(t.find(r, "name")) : t.scalar(r));
        parts << names.join(u", "_s);
    }
    const std::string &comment = t.scalar(t.find(item, "comment"));
    if (!comment.empty())
        parts << QString::fromStdString(comment);
    return parts.join(u" — "_s);
}

QString PgUsersForm::detailHeader() const
{
    return tr("Roles — comment");
}

QString PgUsersForm::placeholder() const
{
    return tr("New user name, e.g. dbuser_app");
}

QString PgUsersForm::addUndoText(const QString &name) const
{
    return tr("Add user %1").arg(name);
}

QString PgUsersForm::removeUndoText(const QString &name) const
{
    return tr("Remove user %1").arg(name);
}

void PgUsersForm::retranslateTexts()
{
    titleLabel()->setText(tr("Users of %1").arg(group()));
    hintLabel()->setText(tr("Business users (pg_users). Double-click a user to edit it; create it on the cluster "
                            "with bin/pgsql-user %1 <user>.")
                             .arg(group()));
}

} // namespace stackyard
