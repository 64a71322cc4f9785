// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/pgclusterform.h"

#include "inventory/forms/optionalspinbox.h"
#include "inventory/forms/variablesform.h"
#include "inventory/inventory.h"
#include "inventory/variabledefaults.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

PgClusterForm::PgClusterForm(InventorySession *session, QWidget *parent)
    : TypedForm(session, parent)
    , mCluster(new QLabel(this))
    , mVersion(new QComboBox(this))
    , mPort(new OptionalSpinBox(1, 65535, this))
    , mConf(new QComboBox(this))
    , mMaxConn(new QLineEdit(this))
    , mBackupMethod(new QComboBox(this))
    , mExtensions(new QLineEdit(this))
    , mSummary(new QLabel(this))
    , mVariables(new VariablesForm(session, this))
{
    setObjectName(u"pgClusterForm"_s);
    mCluster->setObjectName(u"pgClusterLabel"_s);
    mCluster->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mVersion->setObjectName(u"pgVersionCombo"_s);
    mVersion->setEditable(true);
    mVersion->setInsertPolicy(QComboBox::NoInsert);
    mVersion->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,2}"_s), mVersion));
    mPort->setObjectName(u"pgPortSpin"_s);
    mConf->setObjectName(u"pgConfCombo"_s);
    mMaxConn->setObjectName(u"pgMaxConnEdit"_s);
    mMaxConn->setValidator(new QRegularExpressionValidator(QRegularExpression(u"auto|\\d{0,6}"_s), mMaxConn));
    mBackupMethod->setObjectName(u"pgbackrestMethodCombo"_s);
    mExtensions->setObjectName(u"pgExtensionsEdit"_s);
    mSummary->setObjectName(u"pgClusterSummary"_s);
    mSummary->setWordWrap(true);

    QFormLayout *form = addFormLayout();
    for (QWidget *field : std::initializer_list<QWidget *>{mCluster, mVersion, mPort, mConf, mMaxConn, mBackupMethod,
                                                           mExtensions}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        mLabels << label;
        form->addRow(label, field);
    }
    body()->addSpacing(8);
    body()->addWidget(mSummary);
    body()->addSpacing(8);
    mVariables->layout()->setContentsMargins(0, 0, 0, 0);
    mVariables->setMinimumHeight(fontMetrics().height() * 22);
    body()->addWidget(mVariables, 1);
    connect(mVariables, &FormPage::failed, this, &FormPage::failed);

    const auto commitVersion = [this] {
        if (!filling())
            writeText(var(u"pg_version"_s), mVersion->currentText().trimmed(), false);
    };
    connect(mVersion, &QComboBox::activated, this, commitVersion);
    connect(mVersion->lineEdit(), &QLineEdit::editingFinished, this, commitVersion);
    connect(mPort, &QSpinBox::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"pg_port"_s), mPort->valueText(), false);
    });
    connect(mConf, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(var(u"pg_conf"_s), choiceOf(mConf), true);
    });
    connect(mMaxConn, &QLineEdit::editingFinished, this, [this] {
        if (!filling())
            writeText(var(u"pg_max_conn"_s), mMaxConn->text().trimmed(), false);
    });
    connect(mBackupMethod, &QComboBox::activated, this, [this] {
        if (!filling())
            writeText(var(u"pgbackrest_method"_s), choiceOf(mBackupMethod), true);
    });
    connect(mExtensions, &QLineEdit::editingFinished, this, &PgClusterForm::writeExtensions);
    retranslate();
}

bool PgClusterForm::handles(InventoryTreeModel::ItemKind kind, ClusterKind clusterKind) const
{
    return kind == InventoryTreeModel::ItemKind::Cluster && clusterKind == ClusterKind::PostgreSQL;
}

QStringList PgClusterForm::backupRepos() const
{
    // The nearest pgbackrest_repo wins: the group's, then all.vars', then the default.
    for (const QString &p : {var(u"pgbackrest_repo"_s), u"/all/vars/pgbackrest_repo"_s}) {
        const int repo = nodeAt(p);
        if (repo == yaml::Tree::npos || !inventory()->tree().isMap(repo))
            continue;
        QStringList names;
        const yaml::Tree &t = inventory()->tree();
        for (std::size_t e = 0; e < t.entryCount(repo); ++e)
            names << QString::fromStdString(t.scalar(t.keyAt(repo, e)));
        return names;
    }
    const VariableDefaults::Entry *entry = VariableDefaults::instance().find(u"pgbackrest_repo"_s);
    return entry ? QJsonDocument::fromJson(entry->value.toUtf8()).object().keys() : QStringList();
}

void PgClusterForm::refresh()
{
    if (!inventory())
        return;
    const QString cluster = scalarAt(var(u"pg_cluster"_s));
    mCluster->setText(cluster.isEmpty() ? tr("(not set)") : cluster);

    QStringList versions;
    for (int v = 19; v >= 12; --v)
        versions << QString::number(v);
    fillEditable(mVersion, versions, scalarAt(var(u"pg_version"_s)), inheritedText(u"pg_version"_s, false));
    mPort->setValueText(scalarAt(var(u"pg_port"_s)));
    mPort->setPlaceholderText(inheritedText(u"pg_port"_s, false));
    fillChoices(mConf, {u"oltp.yml"_s, u"olap.yml"_s, u"crit.yml"_s, u"tiny.yml"_s}, scalarAt(var(u"pg_conf"_s)),
                tr("Inherited: %1").arg(inheritedText(u"pg_conf"_s, false)));
    mMaxConn->setText(scalarAt(var(u"pg_max_conn"_s)));
    mMaxConn->setPlaceholderText(inheritedText(u"pg_max_conn"_s, false));
    fillChoices(mBackupMethod, backupRepos(), scalarAt(var(u"pgbackrest_method"_s)),
                tr("Inherited: %1").arg(inheritedText(u"pgbackrest_method"_s, false)));
    mExtensions->setText(namesAt(var(u"pg_extensions"_s)).join(u", "_s));
    mExtensions->setPlaceholderText(has(u"/all/vars/pg_extensions"_s) ? inheritedText(u"pg_extensions"_s, false)
                                                                      : tr("none, e.g. pgvector, postgis"));

    const Inventory::Group *g = inventory()->group(group());
    const int instances = g ? int(g->hostKeys.size()) : 0;
    mSummary->setText(tr("%1 · %2 · %3")
                          .arg(tr("%n instance(s)", nullptr, instances),
                               tr("%n user(s)", nullptr, int(namesAt(var(u"pg_users"_s)).size())),
                               tr("%n database(s)", nullptr, int(namesAt(var(u"pg_databases"_s)).size()))));
    if (item() != mShown || !item().isValid()) { // it refreshes itself on document changes
        mShown = item();
        mVariables->showItem(item());
    }
    retranslate();
}

void PgClusterForm::writeExtensions()
{
    if (filling())
        return;
    const QStringList wanted = splitList(mExtensions->text());
    if (writeList(var(u"pg_extensions"_s), wanted))
        mExtensions->setText(namesAt(var(u"pg_extensions"_s)).join(u", "_s)); // tidy what the user typed
}

void PgClusterForm::retranslate()
{
    titleLabel()->setText(tr("PostgreSQL cluster %1").arg(group()));
    hintLabel()->setText(tr("Cluster variables of group %1. An empty field is not set in the file: the value shown "
                            "in grey applies. Clear a field to go back to it.")
                             .arg(group()));
    const QStringList labels{tr("Cluster name:"),   tr("PostgreSQL version:"), tr("Port:"),
                             tr("Configuration:"),  tr("Max connections:"),    tr("Backup repository:"),
                             tr("Extensions:")};
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.value(i));
    mConf->setToolTip(tr("The Patroni configuration template (pg_conf)"));
    mMaxConn->setToolTip(tr("pg_max_conn: a number, or auto (chosen from the template and the machine)"));
    mBackupMethod->setToolTip(tr("pgbackrest_method: a repository of pgbackrest_repo"));
    mExtensions->setToolTip(tr("pg_extensions: extension packages to install, separated by commas "
                               "(package names, such as pgvector or postgis)"));
}

} // namespace stackyard
