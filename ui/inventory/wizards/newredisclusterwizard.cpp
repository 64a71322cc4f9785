// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/newredisclusterwizard.h"

#include "inventory/inventory.h"
#include "inventory/wizards/passwordfield.h"
#include "inventory/wizards/validatedpage.h"
#include "secrets/secretref.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

NewRedisClusterWizard::NewRedisClusterWizard(InventorySession *session, QWidget *parent)
    : InventoryWizard(session, parent)
    , mPage(new ValidatedPage(this))
{
    setObjectName(u"newRedisClusterWizard"_s);
    mPage->setObjectName(u"redisPage"_s);
    mNameLabel = new QLabel(mPage);
    mName = new QLineEdit(mPage);
    mName->setObjectName(u"clusterNameEdit"_s);
    QString name = u"redis-app"_s;
    for (int n = 2; inventory().group(name); ++n)
        name = u"redis-app%1"_s.arg(n);
    mName->setText(name);
    mHostLabel = new QLabel(mPage);
    mHost = new QLineEdit(mPage);
    mHost->setObjectName(u"hostEdit"_s);
    mHost->setPlaceholderText(u"10.10.10.10"_s);
    if (!inventory().hostKeys().isEmpty())
        mHost->setText(inventory().hostKeys().constFirst());
    mPortsLabel = new QLabel(mPage);
    mPorts = new QLineEdit(u"6379"_s, mPage);
    mPorts->setObjectName(u"portsEdit"_s);
    mPortsHint = new QLabel(mPage);
    mPortsHint->setWordWrap(true);
    mPortsHint->setForegroundRole(QPalette::PlaceholderText);
    mMemoryLabel = new QLabel(mPage);
    mMemory = new QLineEdit(u"256MB"_s, mPage);
    mMemory->setObjectName(u"maxMemoryEdit"_s);
    mUsePassword = new QCheckBox(mPage);
    mUsePassword->setObjectName(u"usePasswordBox"_s);
    mUsePassword->setChecked(true);
    mPasswordLabel = new QLabel(mPage);
    mPassword = new PasswordField(mPage);
    mPassword->setObjectName(u"passwordField"_s);
    mSecretLabel = new QLabel(mPage);
    mSecretName = new QLineEdit(mPage);
    mSecretName->setObjectName(u"secretNameEdit"_s);

    auto *form = new QFormLayout;
    form->addRow(mNameLabel, mName);
    form->addRow(mHostLabel, mHost);
    form->addRow(mPortsLabel, mPorts);
    form->addRow(QString(), mPortsHint);
    form->addRow(mMemoryLabel, mMemory);
    form->addRow(QString(), mUsePassword);
    form->addRow(mPasswordLabel, mPassword);
    form->addRow(mSecretLabel, mSecretName);
    mPage->body()->addLayout(form);
    mNameLabel->setBuddy(mName);
    mHostLabel->setBuddy(mHost);
    mPortsLabel->setBuddy(mPorts);
    mMemoryLabel->setBuddy(mMemory);
    mSecretLabel->setBuddy(mSecretName);

    const auto suggest = [this] {
        if (!mSecretNameEdited)
            mSecretName->setText(SecretRef::suggestName(clusterName(), u"redis_password"));
    };
    suggest();
    connect(mName, &QLineEdit::textChanged, this, suggest);
    connect(mSecretName, &QLineEdit::textEdited, this, [this] { mSecretNameEdited = true; });
    connect(mUsePassword, &QCheckBox::toggled, this, [this](bool on) {
        mPassword->setEnabled(on);
        mSecretName->setEnabled(on);
    });
    for (QLineEdit *edit : { mName, mHost, mPorts, mMemory, mSecretName })
        connect(edit, &QLineEdit::textChanged, mPage, &ValidatedPage::revalidate);
    connect(mUsePassword, &QCheckBox::toggled, mPage, &ValidatedPage::revalidate);
    connect(mPassword, &PasswordField::changed, mPage, &ValidatedPage::revalidate);
    mPage->setCheck([this] { return problem(); });

    addPage(mPage);
    addReviewPage();
    retranslate();
    mPage->revalidate();
}

QString NewRedisClusterWizard::problem() const
{
    if (QString p = groupNameProblem(inventory(), clusterName()); !p.isEmpty())
        return p;
    if (QString p = hostsProblem(inventory(), { host() }, int(ClusterKind::Redis)); !p.isEmpty())
        return p;
    const QStringList texts = splitList(mPorts->text());
    if (texts.isEmpty())
        return tr("Enter at least one port.");
    QList<int> seen;
    for (const QString &text : texts) {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("\"%1\" is not a port (1 to 65535).").arg(text);
        if (seen.contains(port))
            return tr("Port %1 is listed twice.").arg(port);
        seen << port;
    }
    static const QRegularExpression size(u"^[1-9][0-9]*(KB|MB|GB)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!size.match(mMemory->text().trimmed()).hasMatch())
        return tr("Write the memory limit as a number with KB, MB or GB, e.g. 256MB.");
    if (mUsePassword->isChecked()) {
        if (mPassword->password().size() < 12)
            return tr("Use a password of at least 12 characters (Generate makes one of 24).");
        if (QString p = secretNameProblem(secretName()); !p.isEmpty())
            return p;
    }
    return {};
}

QString NewRedisClusterWizard::clusterName() const
{
    return mName->text().trimmed();
}

QString NewRedisClusterWizard::host() const
{
    return mHost->text().trimmed();
}

QList<int> NewRedisClusterWizard::ports() const
{
    QList<int> out;
    for (const QString &text : splitList(mPorts->text()))
        out << text.toInt();
    return out;
}

QString NewRedisClusterWizard::secretName() const
{
    return mSecretName->text().trimmed();
}

QString NewRedisClusterWizard::groupPointer() const
{
    return u"/all/children/"_s + clusterName();
}

YAML::Node NewRedisClusterWizard::groupNode() const
{
    const std::string address = host().toStdString();
    const QList<int> list = ports();
    YAML::Node instances(YAML::NodeType::Map);
    for (int i = 0; i < list.size(); ++i) {
        YAML::Node instance(YAML::NodeType::Map);
        if (i > 0)
            instance["replica_of"] = address + ' ' + std::to_string(list.first());
        instances[list.at(i)] = instance;
    }
    YAML::Node hostVars(YAML::NodeType::Map);
    hostVars["redis_node"] = 1;
    hostVars["redis_instances"] = instances;
    YAML::Node hosts(YAML::NodeType::Map);
    hosts[address] = hostVars;

    YAML::Node vars(YAML::NodeType::Map);
    vars["redis_cluster"] = clusterName().toStdString();
    if (mUsePassword->isChecked())
        vars["redis_password"] = secretReference(secretName());
    vars["redis_max_memory"] = mMemory->text().trimmed().toUpper().toStdString();

    YAML::Node group(YAML::NodeType::Map);
    group["hosts"] = hosts;
    group["vars"] = vars;
    return group;
}

InventoryEdits NewRedisClusterWizard::edits(bool) const
{
    InventoryEdits edits;
    edits.add(groupPointer(), groupNode());
    return edits;
}

QList<SecretWriter::Item> NewRedisClusterWizard::secrets() const
{
    if (!mUsePassword->isChecked())
        return {};
    return { SecretWriter::Item { secretName(), mPassword->password(), false } };
}

QString NewRedisClusterWizard::undoText() const
{
    return tr("New Redis cluster %1").arg(clusterName());
}

void NewRedisClusterWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    InventoryWizard::changeEvent(event);
}

void NewRedisClusterWizard::retranslate()
{
    setWindowTitle(tr("New Redis Cluster"));
    mPage->setTitle(tr("Redis cluster"));
    mPage->setSubTitle(tr("Redis instances on one host: a primary and, optionally, replicas of it."));
    mNameLabel->setText(tr("&Name:"));
    mHostLabel->setText(tr("&Host:"));
    mPortsLabel->setText(tr("&Ports:"));
    mPortsHint->setText(tr("One instance per port, separated by commas. The first is the primary; the others "
                           "replicate it (replica_of)."));
    mMemoryLabel->setText(tr("&Memory per instance:"));
    mUsePassword->setText(tr("Require a password (requirepass and masterauth)"));
    mPasswordLabel->setText(tr("Password:"));
    mSecretLabel->setText(tr("&Keychain name:"));
}

} // namespace stackyard
