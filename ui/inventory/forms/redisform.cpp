// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/redisform.h"

#include "inventory/forms/combodelegate.h"
#include "inventory/forms/optionalspinbox.h"
#include "inventory/forms/secretfield.h"
#include "inventory/redisinstancesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

using Kind = InventoryTreeModel::ItemKind;

RedisForm::RedisForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mClusterBox(new QGroupBox(this))
    , mMode(new QComboBox(mClusterBox))
    , mPassword(new SecretField(mClusterBox))
    , mMaxMemory(new QLineEdit(mClusterBox))
    , mMemPolicy(new QComboBox(mClusterBox))
    , mRdbSave(new QLineEdit(mClusterBox))
    , mHostBox(new QGroupBox(this))
    , mNode(new OptionalSpinBox(0, 99999, mHostBox))
    , mInstances(new RedisInstancesModel(this))
    , mInstancesTable(new QTableView(mHostBox))
    , mReplicaOfDelegate(new ComboDelegate({}, this))
    , mAddInstance(new QPushButton(mHostBox))
    , mRemoveInstance(new QPushButton(mHostBox))
{
    setObjectName(u"redisForm"_s);
    mMode->setObjectName(u"redisModeCombo"_s);
    mPassword->setObjectName(u"redisPasswordField"_s);
    mMaxMemory->setObjectName(u"redisMaxMemoryEdit"_s);
    mMemPolicy->setObjectName(u"redisMemPolicyCombo"_s);
    mRdbSave->setObjectName(u"redisRdbSaveEdit"_s);
    mNode->setObjectName(u"redisNodeSpin"_s);
    mInstancesTable->setObjectName(u"redisInstancesTable"_s);
    mAddInstance->setObjectName(u"addRedisInstanceButton"_s);
    mRemoveInstance->setObjectName(u"removeRedisInstanceButton"_s);
    mInstancesTable->setModel(mInstances);
    mInstancesTable->setItemDelegateForColumn(RedisInstancesModel::ReplicaOfColumn, mReplicaOfDelegate);
    mInstancesTable->verticalHeader()->hide();
    compactRows(mInstancesTable);
    mInstancesTable->horizontalHeader()->setStretchLastSection(true);
    mInstancesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mInstancesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mInstancesTable->setMinimumHeight(mInstancesTable->fontMetrics().height() * 8);
    mRemoveInstance->setEnabled(false);

    auto *clusterForm = new QFormLayout(mClusterBox);
    clusterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hostForm = new QFormLayout(mHostBox);
    hostForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(field->parentWidget());
        label->setBuddy(field);
        mLabels << label;
        form->addRow(label, field);
    };
    for (QWidget *w : std::initializer_list<QWidget *>{mMode, mPassword, mMaxMemory, mMemPolicy, mRdbSave})
        addRow(clusterForm, w);
    addRow(hostForm, mNode);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mAddInstance);
    buttons->addWidget(mRemoveInstance);
    hostForm->addRow(mInstancesTable);
    hostForm->addRow(buttons);
    for (QGroupBox *box : {mClusterBox, mHostBox}) {
        box->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
        body()->addWidget(box);
    }
    body()->addStretch(1);

    connect(mMode, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(var(u"redis_mode"_s), choiceOf(mMode), true);
    });
    connect(mPassword, &SecretField::edited, this, [this](const QString &text) {
        if (!filling())
            writeText(var(u"redis_password"_s), text, true);
    });
    connect(mMaxMemory, &QLineEdit::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"redis_max_memory"_s), mMaxMemory->text().trimmed(), true);
    });
    connect(mMemPolicy, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(var(u"redis_mem_policy"_s), choiceOf(mMemPolicy), true);
    });
    connect(mRdbSave, &QLineEdit::editingFinished, this, [this] {
        if (!filling() && writeList(var(u"redis_rdb_save"_s), splitList(mRdbSave->text())))
            mRdbSave->setText(namesAt(var(u"redis_rdb_save"_s)).join(u", "_s));
    });
    connect(mNode, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(child(hostPointer(), u"redis_node"_s), mNode->valueText(), false);
    });
    // Queued: the view finishes committing its editor before the write refills the model.
    connect(
        mInstances, &RedisInstancesModel::replicaOfEdited, this,
        [this](const QString &port, const QString &value) {
            writeText(child(instancePointer(port), u"replica_of"_s), value, true);
        },
        Qt::QueuedConnection);
    connect(mAddInstance, &QPushButton::clicked, this, &RedisForm::addInstance);
    connect(mRemoveInstance, &QPushButton::clicked, this, &RedisForm::removeSelectedInstance);
    connect(mInstancesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { mRemoveInstance->setEnabled(mInstancesTable->selectionModel()->hasSelection()); });
    retranslate();
}

bool RedisForm::handles(Kind kind, ClusterKind clusterKind) const
{
    return clusterKind == ClusterKind::Redis
           && (kind == Kind::Cluster || kind == Kind::Host || kind == Kind::RedisInstance);
}

bool RedisForm::isClusterItem() const
{
    return Kind(item().data(InventoryTreeModel::ItemKindRole).toInt()) == Kind::Cluster;
}

QString RedisForm::hostPointer() const
{
    return child(child(groupPointer(), u"hosts"_s), host());
}

QString RedisForm::instancePointer(const QString &port) const
{
    return child(child(hostPointer(), u"redis_instances"_s), port);
}

void RedisForm::refresh()
{
    if (!inventory())
        return;
    mClusterBox->setVisible(isClusterItem());
    mHostBox->setVisible(!isClusterItem());
    if (isClusterItem())
        refreshCluster();
    else
        refreshHost();
    retranslate();
}

void RedisForm::refreshCluster()
{
    fillChoices(mMode, {u"standalone"_s, u"cluster"_s, u"sentinel"_s}, scalarAt(var(u"redis_mode"_s)),
                tr("Inherited: %1").arg(inheritedText(u"redis_mode"_s, false)));
    mPassword->setValue(scalarAt(var(u"redis_password"_s)));
    mPassword->setPlaceholderText(tr("no password: anyone who reaches the port may connect"));
    mMaxMemory->setText(scalarAt(var(u"redis_max_memory"_s)));
    mMaxMemory->setPlaceholderText(inheritedText(u"redis_max_memory"_s, false));
    fillChoices(mMemPolicy,
                {u"allkeys-lru"_s, u"volatile-lru"_s, u"allkeys-lfu"_s, u"volatile-lfu"_s, u"allkeys-random"_s,
                 u"volatile-random"_s, u"volatile-ttl"_s, u"noeviction"_s},
                scalarAt(var(u"redis_mem_policy"_s)),
                tr("Inherited: %1").arg(inheritedText(u"redis_mem_policy"_s, false)));
    mRdbSave->setText(namesAt(var(u"redis_rdb_save"_s)).join(u", "_s));
    mRdbSave->setPlaceholderText(inheritedText(u"redis_rdb_save"_s, false));
}

void RedisForm::refreshHost()
{
    mNode->setValueText(scalarAt(child(hostPointer(), u"redis_node"_s)));
    mNode->setPlaceholderText(tr("required: 1, 2… unique in the cluster"));
    const QModelIndexList selected = mInstancesTable->selectionModel()->selectedRows();
    QString selectedPort = selected.isEmpty() ? QString() : mInstances->portAt(selected.constFirst().row());
    mInstances->setInstances(*inventory(), nodeAt(child(hostPointer(), u"redis_instances"_s)));
    // An instance item selects its own row, once; later refreshes keep what the user selected.
    if (Kind(item().data(InventoryTreeModel::ItemKindRole).toInt()) == Kind::RedisInstance) {
        if (pointer() != mShownInstance)
            selectedPort = pointer().section(u'/', -1);
        mShownInstance = pointer();
    } else {
        mShownInstance.clear();
    }
    const int row = mInstances->rowOfPort(selectedPort);
    if (row >= 0)
        mInstancesTable->selectRow(row);

    mReplicaOfDelegate->setChoices(RedisInstancesModel::allInstances(*inventory()));
    mRemoveInstance->setEnabled(mInstancesTable->selectionModel()->hasSelection());
}

void RedisForm::addInstance()
{
    const QString mode = scalarAt(var(u"redis_mode"_s));
    const int port = mInstances->nextFreePort(mode == u"sentinel"_s ? 26379 : 6379);
    const QString p = instancePointer(QString::number(port));
    if (addAt(p, YAML::Load("{}"), tr("Add Redis instance %1").arg(port))) {
        const int row = mInstances->rowOfPort(QString::number(port));
        if (row >= 0)
            mInstancesTable->selectRow(row);
    }
}

void RedisForm::removeSelectedInstance()
{
    const QModelIndexList rows = mInstancesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString port = mInstances->portAt(rows.constFirst().row());
    removeAt(instancePointer(port), tr("Remove Redis instance %1").arg(port));
}

void RedisForm::retranslate()
{
    if (isClusterItem()) {
        titleLabel()->setText(tr("Redis cluster %1").arg(group()));
        hintLabel()->setText(tr("Cluster variables of group %1. Empty fields are not set in the file: the value "
                                "shown in grey applies. Apply with bin/redis-add %1.")
                                 .arg(group()));
    } else {
        titleLabel()->setText(tr("Redis node %1 of %2").arg(host(), group()));
        hintLabel()->setText(tr("Each instance is a port on this host: a primary, or a replica of another instance "
                                "(\"IP PORT\"). Double-click Replica of to change it."));
    }
    mClusterBox->setTitle(tr("Cluster"));
    mHostBox->setTitle(tr("Node"));
    const QStringList labels{tr("Mode:"), tr("Password:"), tr("Max memory:"), tr("Eviction policy:"),
                             tr("RDB save points:"), tr("Node number:")};
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.value(i));
    mMaxMemory->setToolTip(tr("redis_max_memory: a size such as 64MB or 1GB"));
    mRdbSave->setToolTip(
        tr("redis_rdb_save: save points \"seconds changes\", separated by commas, e.g. 1200 1, 300 100"));
    mAddInstance->setText(tr("Add instance"));
    mRemoveInstance->setText(tr("Remove"));
}

} // namespace stackyard
