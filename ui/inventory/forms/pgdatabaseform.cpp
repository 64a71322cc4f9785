// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pgdatabaseform.h"

#include "inventory/forms/extensionseditor.h"
#include "inventory/forms/listeditor.h"
#include "inventory/inventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

PgDatabaseForm::PgDatabaseForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mName(new QLineEdit(this))
    , mOwner(new QComboBox(this))
    , mTemplate(new QLineEdit(this))
    , mEncoding(new QLineEdit(this))
    , mLocale(new QLineEdit(this))
    , mComment(new QLineEdit(this))
    , mPgbouncer(new QCheckBox(this))
    , mState(new QComboBox(this))
    , mSchemas(new ListEditor(this))
    , mExtensions(new ExtensionsEditor(this))
{
    setObjectName(u"pgDatabaseForm"_s);
    mName->setObjectName(u"databaseNameEdit"_s);
    mOwner->setObjectName(u"databaseOwnerCombo"_s);
    mOwner->setEditable(true);
    mOwner->setInsertPolicy(QComboBox::NoInsert);
    mTemplate->setObjectName(u"databaseTemplateEdit"_s);
    mEncoding->setObjectName(u"databaseEncodingEdit"_s);
    mLocale->setObjectName(u"databaseLocaleEdit"_s);
    mComment->setObjectName(u"databaseCommentEdit"_s);
    mPgbouncer->setObjectName(u"databasePgbouncerCheck"_s);
    mPgbouncer->setTristate(true);
    mState->setObjectName(u"databaseStateCombo"_s);
    mSchemas->setObjectName(u"databaseSchemasEditor"_s);
    mExtensions->setObjectName(u"databaseExtensionsEditor"_s);

    QFormLayout *form = addFormLayout();
    for (QWidget *w : std::initializer_list<QWidget *>{mName, mOwner, mTemplate, mEncoding, mLocale, mComment,
                                                       mPgbouncer, mState, mSchemas, mExtensions}) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        mLabels << label;
        form->addRow(label, w);
    }
    body()->addStretch(1);

    connect(mName, &QLineEdit::editingFinished, this, &PgDatabaseForm::writeName);
    const auto commitOwner = [this] {
        if (!filling())
            writeText(field(u"owner"_s), mOwner->currentText().trimmed(), true);
    };
    connect(mOwner, &QComboBox::activated, this, commitOwner);
    connect(mOwner->lineEdit(), &QLineEdit::editingFinished, this, commitOwner);
    connectText(mTemplate, u"template"_s);
    connectText(mEncoding, u"encoding"_s);
    connectText(mLocale, u"locale"_s);
    connectText(mComment, u"comment"_s);
    connect(mPgbouncer, &QCheckBox::clicked, this, [this] {
        if (!filling())
            writeCheck(field(u"pgbouncer"_s), mPgbouncer->checkState());
    });
    connect(mState, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(field(u"state"_s), choiceOf(mState), true);
    });
    connect(mSchemas, &ListEditor::addRequested, this, [this](const QString &schema) {
        if (namesAt(field(u"schemas"_s)).contains(schema))
            report(tr("The database already has schema %1").arg(schema), pointer());
        else
            appendTo(field(u"schemas"_s), stringNode(schema), tr("Add schema %1").arg(schema));
    });
    connect(mSchemas, &ListEditor::removeRequested, this, [this](int row) {
        removeAt(child(field(u"schemas"_s), QString::number(row)),
                 tr("Remove schema %1").arg(namesAt(field(u"schemas"_s)).value(row)));
    });
    connect(mExtensions, &ExtensionsEditor::cellEdited, this, &PgDatabaseForm::editExtension);
    connect(mExtensions, &ExtensionsEditor::addRequested, this, &PgDatabaseForm::addExtension);
    connect(mExtensions, &ExtensionsEditor::removeRequested, this, [this](int row) {
        removeAt(child(field(u"extensions"_s), QString::number(row)),
                 tr("Remove extension %1").arg(namesAt(field(u"extensions"_s)).value(row)));
    });
    retranslate();
}

void PgDatabaseForm::connectText(QLineEdit *edit, const QString &key)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
        if (!filling())
            writeText(field(key), edit->text().trimmed(), true);
    });
}

bool PgDatabaseForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind) const
{
    return kind == InventoryTreeModel::ItemKind::PgDatabase;
}

void PgDatabaseForm::refresh()
{
    if (!inventory())
        return;
    const QString name = scalarAt(field(u"name"_s));
    mName->setText(name);
    fillEditable(mOwner, namesAt(child(groupVarsPointer(), u"pg_users"_s)), scalarAt(field(u"owner"_s)),
                 tr("the database superuser (default)"));
    mTemplate->setText(scalarAt(field(u"template"_s)));
    mEncoding->setText(scalarAt(field(u"encoding"_s)));
    mEncoding->setPlaceholderText(tr("inherited: %1").arg(inheritedText(u"pg_encoding"_s, true)));
    mLocale->setText(scalarAt(field(u"locale"_s)));
    mLocale->setPlaceholderText(tr("inherited: %1").arg(inheritedText(u"pg_locale"_s, true)));
    mComment->setText(scalarAt(field(u"comment"_s)));
    mComment->setPlaceholderText(tr("business database %1").arg(name));
    showCheck(mPgbouncer, field(u"pgbouncer"_s));
    fillChoices(mState, {u"create"_s, u"absent"_s, u"recreate"_s}, scalarAt(field(u"state"_s)),
                tr("(not set: create)"));

    const yaml::Tree &t = inventory()->tree();
    const auto sourceOf = [&t](yaml::Tree::Index i) {
        const std::string_view src = t.source(i);
        return QString::fromUtf8(src.data(), qsizetype(src.size()));
    };
    QStringList schemaTips;
    const int schemas = nodeAt(field(u"schemas"_s));
    if (t.isSeq(schemas))
        for (yaml::Tree::Index s : t.node(schemas).children)
            schemaTips << sourceOf(s);
    mSchemas->setItems(namesAt(field(u"schemas"_s)), schemaTips);

    QList<ExtensionsEditor::Extension> extensions;
    const int list = nodeAt(field(u"extensions"_s));
    if (t.isSeq(list)) {
        for (yaml::Tree::Index e : t.node(list).children) {
            if (t.isMap(e))
                extensions.append({QString::fromStdString(t.scalar(t.find(e, "name"))),
                                   QString::fromStdString(t.scalar(t.find(e, "schema"))),
                                   QString::fromStdString(t.scalar(t.find(e, "version"))), sourceOf(e)});
            else
                extensions.append({QString::fromStdString(t.scalar(e)), {}, {}, sourceOf(e)});
        }
    }
    mExtensions->setExtensions(extensions);
    retranslate();
}

void PgDatabaseForm::writeName()
{
    if (filling())
        return;
    const QString name = mName->text().trimmed();
    if (name.isEmpty()) {
        report(tr("A database needs a name"), pointer());
        refill();
        return;
    }
    writeText(field(u"name"_s), name, true);
}

void PgDatabaseForm::editExtension(int row, int column, const QString &value)
{
    const QString item = child(field(u"extensions"_s), QString::number(row));
    const QString key = ExtensionsEditor::fieldName(column);
    const int node = nodeAt(item);
    if (node == yaml::Tree::npos)
        return;
    if (column == ExtensionsEditor::NameColumn && value.isEmpty()) {
        report(tr("An extension needs a name"), item);
        refill();
        return;
    }
    if (inventory()->tree().isMap(node)) {
        writeText(child(item, key), value, true); // a mapping stays a mapping
        return;
    }
    if (column == ExtensionsEditor::NameColumn) {
        writeText(item, value, true); // a string stays a string
        return;
    }
    if (value.isEmpty())
        return;
    YAML::Node map(YAML::NodeType::Map);
    map["name"] = stringNode(scalarAt(item));
    map[key.toStdString()] = stringNode(value);
    writeValue(item, map, tr("Set %1 of extension %2").arg(key, scalarAt(item)));
}

void PgDatabaseForm::addExtension(const QString &name)
{
    if (namesAt(field(u"extensions"_s)).contains(name)) {
        report(tr("The database already has extension %1").arg(name), pointer());
        return;
    }
    appendTo(field(u"extensions"_s), stringNode(name), tr("Add extension %1").arg(name));
}

void PgDatabaseForm::retranslate()
{
    titleLabel()->setText(tr("Database %1 of %2").arg(mName->text(), group()));
    hintLabel()->setText(tr("Apply changes with bin/pgsql-db %1 <database>. Empty fields are not set in the file; "
                            "PostgreSQL or Pigsty chooses.")
                             .arg(group()));
    const QStringList labels{tr("Name:"),     tr("Owner:"),     tr("Template:"), tr("Encoding:"), tr("Locale:"),
                             tr("Comment:"),  tr("Pgbouncer:"), tr("State:"),    tr("Schemas:"),  tr("Extensions:")};
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.value(i));
    mTemplate->setPlaceholderText(tr("template1 (default)"));
    mPgbouncer->setText(tr("List the database in pgbouncer"));
    mPgbouncer->setToolTip(tr("Checked: pgbouncer: true. Unchecked: pgbouncer: false. Partially checked: not set, "
                              "so the database is listed in pgbouncer (the default)."));
    mState->setToolTip(tr("absent drops the database; recreate drops and creates it again."));
    mSchemas->setPlaceholderText(tr("Schema to create"));
}

} // namespace stackyard
