// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/variablesform.h"

#include "inventory/effectivevariables.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/variablesmodel.h"
#include "transport/hostcheckpanel.h"
#include "yaml/yamlpointer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

namespace stackyard {

using Kind = InventoryTreeModel::ItemKind;

VariablesForm::VariablesForm(InventorySession *session, QWidget *parent)
    : FormPage(session, parent)
    , mTitle(new QLabel(this))
    , mHint(new QLabel(this))
    , mModel(new VariablesModel(this))
    , mTable(new QTableView(this))
    , mNewName(new QLineEdit(this))
    , mNewValue(new QLineEdit(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
    , mEffectiveTitle(new QLabel(this))
    , mEffective(new EffectiveVariablesModel(this))
    , mEffectiveTable(new QTableView(this))
    , mConnectionTitle(new QLabel(this))
    , mHostCheck(new HostCheckPanel(this))
{
    setObjectName(QStringLiteral("variablesForm"));
    QFont titleFont = mTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    mTitle->setFont(titleFont);
    QFont sectionFont = mConnectionTitle->font();
    sectionFont.setBold(true);
    mConnectionTitle->setFont(sectionFont);
    mHint->setWordWrap(true);
    mHint->setForegroundRole(QPalette::PlaceholderText);

    mTable->setObjectName(QStringLiteral("variablesTable"));
    mTable->setModel(mModel);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mNewName->setObjectName(QStringLiteral("newVariableName"));
    mNewValue->setObjectName(QStringLiteral("newVariableValue"));
    mAdd->setObjectName(QStringLiteral("addVariableButton"));
    mRemove->setObjectName(QStringLiteral("removeVariableButton"));

    mEffectiveTable->setObjectName(QStringLiteral("effectiveVariablesTable"));
    mEffectiveTable->setModel(mEffective);
    mEffectiveTable->horizontalHeader()->setStretchLastSection(true);
    mEffectiveTable->verticalHeader()->hide();
    mEffectiveTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(mNewName, 1);
    addRow->addWidget(mNewValue, 2);
    addRow->addWidget(mAdd);
    addRow->addWidget(mRemove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mHint);
    layout->addWidget(mTable, 2);
    layout->addLayout(addRow);
    layout->addWidget(mEffectiveTitle);
    layout->addWidget(mEffectiveTable, 3);
    layout->addWidget(mConnectionTitle);
    layout->addWidget(mHostCheck);
    mConnectionTitle->hide(); // shown for hosts only
    mHostCheck->hide();
    mHostCheck->setInventorySource([this] { return this->session()->document()->inventory(); });

    connect(mModel, &VariablesModel::valueEdited, this, &VariablesForm::editValue);
    connect(mAdd, &QPushButton::clicked, this, [this] { addVariable(mNewName->text().trimmed(), mNewValue->text()); });
    connect(mNewValue, &QLineEdit::returnPressed, mAdd, &QPushButton::click);
    connect(mRemove, &QPushButton::clicked, this, &VariablesForm::removeSelected);
    retranslate();
}

bool VariablesForm::handles(Kind kind, ClusterKind) const
{
    return kind == Kind::Cluster || kind == Kind::Host || kind == Kind::GlobalVars;
}

QString VariablesForm::mappingPointer() const
{
    const auto kind = Kind(item().data(InventoryTreeModel::ItemKindRole).toInt());
    return kind == Kind::Cluster ? pointer() + QStringLiteral("/vars") : pointer();
}

void VariablesForm::refresh()
{
    if (!session()->isOpen()) {
        mModel->clear();
        mEffective->setVariables({});
        mHostCheck->setHost({});
        return;
    }
    const Inventory &inventory = session()->document()->inventory();
    const auto kind = Kind(item().data(InventoryTreeModel::ItemKindRole).toInt());
    const auto p = yaml::Pointer::parse(mappingPointer().toStdString());
    mModel->setMapping(inventory, p ? p->resolve(inventory.tree()) : yaml::Tree::npos);
    mTable->resizeColumnToContents(VariablesModel::NameColumn);

    const bool isHost = kind == Kind::Host;
    mEffectiveTitle->setVisible(isHost);
    mEffectiveTable->setVisible(isHost);
    mConnectionTitle->setVisible(isHost);
    mHostCheck->setVisible(isHost);
    mHostCheck->setHost(isHost ? host() : QString());
    if (isHost) {
        const auto vars = EffectiveVariables::forHost(inventory, host());
        mEffective->setVariables(vars ? *vars : QList<EffectiveVariable>());
        mEffectiveTable->resizeColumnToContents(EffectiveVariablesModel::NameColumn);
    }
    retranslate();
}

void VariablesForm::retranslate()
{
    const auto kind = Kind(item().data(InventoryTreeModel::ItemKindRole).toInt());
    const QString name = item().data(Qt::DisplayRole).toString();
    switch (kind) {
    case Kind::Cluster:
        mTitle->setText(tr("Variables of group %1").arg(name));
        mHint->setText(tr("Group variables apply to every host of the group unless a host sets its own."));
        break;
    case Kind::Host:
        mTitle->setText(tr("Host %1 in %2").arg(host(), group()));
        mHint->setText(tr("Host variables override group variables and all.vars for this host."));
        break;
    default:
        mTitle->setText(tr("Global variables (all.vars)"));
        mHint->setText(tr("Global variables apply to every host unless a group or host overrides them."));
        break;
    }
    mNewName->setPlaceholderText(tr("New variable"));
    mNewValue->setPlaceholderText(tr("Value (YAML)"));
    mAdd->setText(tr("Add"));
    mRemove->setText(tr("Remove"));
    mEffectiveTitle->setText(tr("Effective variables of this host (value and where it comes from)"));
    mConnectionTitle->setText(tr("Connection"));
}

void VariablesForm::editValue(const QString &name, const QString &yamlText)
{
    YAML::Node value;
    try {
        value = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &e) {
        report(tr("'%1' is not valid YAML: %2").arg(yamlText, QString::fromStdString(e.msg)), name);
        return;
    }
    const auto p = yaml::Pointer::parse(mappingPointer().toStdString());
    if (!p)
        return;
    const auto result = session()->setValue(p->child(name.toStdString()), value, tr("Set %1").arg(name));
    if (!result)
        report(result.error().what, result.error().where);
}

void VariablesForm::addVariable(const QString &name, const QString &yamlValue)
{
    if (name.isEmpty()) {
        report(tr("Give the new variable a name"), {});
        return;
    }
    YAML::Node value;
    try {
        value = YAML::Load(yamlValue.toStdString());
    } catch (const YAML::Exception &e) {
        report(tr("'%1' is not valid YAML: %2").arg(yamlValue, QString::fromStdString(e.msg)), name);
        return;
    }
    const auto p = yaml::Pointer::parse(mappingPointer().toStdString());
    if (!p)
        return;
    const auto result = session()->addEntry(p->child(name.toStdString()), value, tr("Add %1").arg(name));
    if (!result) {
        report(result.error().what, result.error().where);
        return;
    }
    mNewName->clear();
    mNewValue->clear();
}

void VariablesForm::removeSelected()
{
    const QModelIndexList rows = mTable->selectionModel() ? mTable->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return;
    const QString name = mModel->nameAt(rows.constFirst().row());
    const auto p = yaml::Pointer::parse(mappingPointer().toStdString());
    if (!p)
        return;
    const auto result = session()->removeEntry(p->child(name.toStdString()), tr("Remove %1").arg(name));
    if (!result)
        report(result.error().what, result.error().where);
}

} // namespace stackyard
