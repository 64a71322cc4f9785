// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pguserform.h"

#include "inventory/forms/listeditor.h"
#include "inventory/forms/optionalspinbox.h"
#include "inventory/forms/secretfield.h"
#include "inventory/inventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

const QStringList &PgUserForm::attributes()
{
    static const QStringList names{u"login"_s,       u"superuser"_s,   u"createdb"_s,  u"createrole"_s,
                                   u"inherit"_s,     u"replication"_s, u"bypassrls"_s, u"pgbouncer"_s};
    return names;
}

PgUserForm::PgUserForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mName(new QLineEdit(this))
    , mPassword(new SecretField(this))
    , mConnLimit(new OptionalSpinBox(-1, 100000, this))
    , mExpireIn(new OptionalSpinBox(0, 36500, this))
    , mPoolMode(new QComboBox(this))
    , mRoles(new ListEditor(this))
    , mComment(new QLineEdit(this))
{
    setObjectName(u"pgUserForm"_s);
    mName->setObjectName(u"userNameEdit"_s);
    mPassword->setObjectName(u"userPasswordField"_s);
    mConnLimit->setObjectName(u"userConnLimitSpin"_s);
    mExpireIn->setObjectName(u"userExpireInSpin"_s);
    mPoolMode->setObjectName(u"userPoolModeCombo"_s);
    mRoles->setObjectName(u"userRolesEditor"_s);
    mComment->setObjectName(u"userCommentEdit"_s);
    mRoles->setSuggestions({u"dbrole_readonly"_s, u"dbrole_readwrite"_s, u"dbrole_admin"_s, u"dbrole_offline"_s,
                            u"pg_monitor"_s});

    auto *boxes = new QWidget(this);
    auto *grid = new QGridLayout(boxes);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const QString &attribute : attributes()) {
        auto *box = new QCheckBox(attribute, boxes);
        box->setObjectName(attribute + u"Check"_s);
        box->setTristate(true);
        grid->addWidget(box, int(mAttributes.size()) / 4, int(mAttributes.size()) % 4);
        connect(box, &QCheckBox::clicked, this, [this, box, attribute] {
            if (!filling())
                writeCheck(field(attribute), box->checkState());
        });
        mAttributes << box;
    }

    QFormLayout *form = addFormLayout();
    for (QWidget *w : std::initializer_list<QWidget *>{mName, mPassword, boxes, mConnLimit, mExpireIn, mPoolMode,
                                                       mRoles, mComment}) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        mLabels << label;
        form->addRow(label, w);
    }
    body()->addStretch(1);

    connect(mName, &QLineEdit::editingFinished, this, &PgUserForm::writeName);
    connect(mPassword, &SecretField::edited, this, [this](const QString &text) {
        if (!filling())
            writeText(field(u"password"_s), text, true);
    });
    connect(mConnLimit, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(field(u"connlimit"_s), mConnLimit->valueText(), false);
    });
    connect(mExpireIn, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(field(u"expire_in"_s), mExpireIn->valueText(), false);
    });
    connect(mPoolMode, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(field(u"pool_mode"_s), choiceOf(mPoolMode), true);
    });
    connect(mComment, &QLineEdit::editingFinished, this, [this] {
        if (!filling())
            writeText(field(u"comment"_s), mComment->text().trimmed(), true);
    });
    connect(mRoles, &ListEditor::addRequested, this, &PgUserForm::addRole);
    connect(mRoles, &ListEditor::removeRequested, this, &PgUserForm::removeRole);
    retranslate();
}

bool PgUserForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind) const
{
    return kind == InventoryTreeModel::ItemKind::PgUser;
}

QCheckBox *PgUserForm::attributeCheck(const QString &attribute) const
{
    const qsizetype i = attributes().indexOf(attribute);
    return i < 0 ? nullptr : mAttributes.at(i);
}

void PgUserForm::refresh()
{
    if (!inventory())
        return;
    const int item = nodeAt(pointer());
    const bool isMap = item != yaml::Tree::npos && inventory()->tree().isMap(item);
    const QString name = isMap ? scalarAt(field(u"name"_s)) : scalarAt(pointer());
    mName->setText(name);
    mPassword->setValue(scalarAt(field(u"password"_s)));
    for (qsizetype i = 0; i < mAttributes.size(); ++i)
        showCheck(mAttributes.at(i), field(attributes().at(i)));
    mConnLimit->setValueText(scalarAt(field(u"connlimit"_s)));
    mExpireIn->setValueText(scalarAt(field(u"expire_in"_s)));
    fillChoices(mPoolMode, {u"transaction"_s, u"session"_s, u"statement"_s}, scalarAt(field(u"pool_mode"_s)),
                tr("(not set: the pgbouncer pool mode)"));
    mComment->setText(scalarAt(field(u"comment"_s)));
    mComment->setPlaceholderText(tr("business user %1").arg(name));

    QStringList tooltips;
    const int roles = nodeAt(field(u"roles"_s));
    if (roles != yaml::Tree::npos && inventory()->tree().isSeq(roles)) {
        const yaml::Tree &t = inventory()->tree();
        for (yaml::Tree::Index r : t.node(roles).children) {
            const std::string_view src = t.source(r);
            tooltips << QString::fromUtf8(src.data(), qsizetype(src.size()));
        }
    }
    mRoles->setItems(namesAt(field(u"roles"_s)), tooltips);
    for (QWidget *w : std::initializer_list<QWidget *>{mPassword, mConnLimit, mExpireIn, mPoolMode, mRoles, mComment})
        w->setEnabled(isMap);
    for (QCheckBox *box : std::as_const(mAttributes))
        box->setEnabled(isMap);
    retranslate();
}

void PgUserForm::writeName()
{
    if (filling())
        return;
    const QString name = mName->text().trimmed();
    if (name.isEmpty()) {
        report(tr("A user needs a name"), pointer());
        refill();
        return;
    }
    const int item = nodeAt(pointer());
    const bool isMap = item != yaml::Tree::npos && inventory()->tree().isMap(item);
    writeText(isMap ? field(u"name"_s) : pointer(), name, true);
}

void PgUserForm::addRole(const QString &role)
{
    if (namesAt(field(u"roles"_s)).contains(role)) {
        report(tr("The user already has role %1").arg(role), pointer());
        return;
    }
    appendTo(field(u"roles"_s), stringNode(role), tr("Grant %1").arg(role));
}

void PgUserForm::removeRole(int row)
{
    const QString role = namesAt(field(u"roles"_s)).value(row);
    removeAt(child(field(u"roles"_s), QString::number(row)), tr("Remove role %1").arg(role));
}

void PgUserForm::retranslate()
{
    titleLabel()->setText(tr("User %1 of %2").arg(mName->text(), group()));
    hintLabel()->setText(tr("Apply changes with bin/pgsql-user %1 <user>. A partially checked box is not set in the "
                            "file: the default in its tooltip applies.")
                             .arg(group()));
    const QStringList labels{tr("Name:"),      tr("Password:"),  tr("Attributes:"), tr("Connection limit:"),
                             tr("Expires in (days):"), tr("Pool mode:"), tr("Roles:"),      tr("Comment:")};
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.value(i));
    const QStringList defaultsOn{u"login"_s, u"inherit"_s};
    for (qsizetype i = 0; i < mAttributes.size(); ++i) {
        const QString &name = attributes().at(i);
        const QString fallback = name == u"pgbouncer"_s
                                     ? tr("the user is not in the pgbouncer user list")
                                     : (defaultsOn.contains(name) ? tr("%1 (PostgreSQL default)").arg(name.toUpper())
                                                                  : tr("NO%1 (PostgreSQL default)").arg(name.toUpper()));
        mAttributes.at(i)->setToolTip(
            tr("Checked: %1: true. Unchecked: %1: false. Partially checked: not set, so %2.").arg(name, fallback));
    }
    mPassword->setPlaceholderText(tr("no password"));
    mConnLimit->setPlaceholderText(tr("-1: no limit (default)"));
    mExpireIn->setPlaceholderText(tr("never (default)"));
    mRoles->setPlaceholderText(tr("Role to grant"));
}

} // namespace stackyard
