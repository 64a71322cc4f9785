// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/newpgclusterwizard.h"

#include "inventory/inventory.h"
#include "inventory/validation/namerules.h"
#include "inventory/wizards/passwordfield.h"
#include "inventory/wizards/validatedpage.h"
#include "secrets/secretref.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

// "pg-app" -> "app": the part of a cluster name that names what it is for.
QString purposeOf(const QString &cluster)
{
    QString purpose = cluster.startsWith(u"pg-"_s) ? cluster.mid(3) : cluster;
    purpose.replace(u'-', u'_');
    return purpose.isEmpty() ? u"app"_s : purpose.toLower();
}

} // namespace

NewPgClusterWizard::NewPgClusterWizard(InventorySession *session, QWidget *parent)
    : InventoryWizard(session, parent)
    , mClusterPage(new ValidatedPage(this))
    , mUserPage(new ValidatedPage(this))
{
    setObjectName(u"newPgClusterWizard"_s);
    createClusterPage();
    createUserPage();
    addPage(mClusterPage);
    addPage(mUserPage);
    addReviewPage();
    retranslate();
    suggestNames();
    mClusterPage->revalidate();
    mUserPage->revalidate();
}

void NewPgClusterWizard::createClusterPage()
{
    mClusterPage->setObjectName(u"clusterPage"_s);
    mNameLabel = new QLabel(mClusterPage);
    mName = new QLineEdit(mClusterPage);
    mName->setObjectName(u"clusterNameEdit"_s);
    QString name = u"pg-app"_s;
    for (int n = 2; inventory().group(name); ++n)
        name = u"pg-app%1"_s.arg(n);
    mName->setText(name);
    mHostsLabel = new QLabel(mClusterPage);
    mHosts = new QLineEdit(mClusterPage);
    mHosts->setObjectName(u"hostsEdit"_s);
    mHosts->setPlaceholderText(u"10.10.10.11, 10.10.10.12, 10.10.10.13"_s);
    mHostsHint = new QLabel(mClusterPage);
    mHostsHint->setWordWrap(true);
    mHostsHint->setForegroundRole(QPalette::PlaceholderText);
    mVersionLabel = new QLabel(mClusterPage);
    mVersion = new QComboBox(mClusterPage);
    mVersion->setObjectName(u"versionBox"_s);
    for (int v = 18; v >= 14; --v)
        mVersion->addItem(QString::number(v), v);
    const yaml::Tree &t = inventory().tree();
    const QString global = QString::fromStdString(t.scalar(t.find(inventory().globalVars(), "pg_version")));
    mVersion->setCurrentIndex(std::max(0, mVersion->findText(global)));

    auto *form = new QFormLayout;
    form->addRow(mNameLabel, mName);
    form->addRow(mHostsLabel, mHosts);
    form->addRow(QString(), mHostsHint);
    form->addRow(mVersionLabel, mVersion);
    mClusterPage->body()->addLayout(form);
    mNameLabel->setBuddy(mName);
    mHostsLabel->setBuddy(mHosts);
    mVersionLabel->setBuddy(mVersion);

    mClusterPage->setCheck([this] {
        if (QString p = groupNameProblem(inventory(), clusterName()); !p.isEmpty())
            return p;
        return hostsProblem(inventory(), hosts(), int(ClusterKind::PostgreSQL));
    });
    connect(mName, &QLineEdit::textChanged, this, [this] {
        suggestNames();
        mClusterPage->revalidate();
    });
    connect(mHosts, &QLineEdit::textChanged, mClusterPage, &ValidatedPage::revalidate);
}

void NewPgClusterWizard::createUserPage()
{
    mUserPage->setObjectName(u"userPage"_s);
    mUserLabel = new QLabel(mUserPage);
    mUser = new QLineEdit(mUserPage);
    mUser->setObjectName(u"userNameEdit"_s);
    mPasswordLabel = new QLabel(mUserPage);
    mPassword = new PasswordField(mUserPage);
    mPassword->setObjectName(u"passwordField"_s);
    mSecretLabel = new QLabel(mUserPage);
    mSecretName = new QLineEdit(mUserPage);
    mSecretName->setObjectName(u"secretNameEdit"_s);
    mDatabaseLabel = new QLabel(mUserPage);
    mDatabase = new QLineEdit(mUserPage);
    mDatabase->setObjectName(u"databaseEdit"_s);
    mPgvector = new QCheckBox(mUserPage);
    mPgvector->setObjectName(u"pgvectorBox"_s);
    mHbaHint = new QLabel(mUserPage);
    mHbaHint->setWordWrap(true);
    mHbaHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(mUserLabel, mUser);
    form->addRow(mPasswordLabel, mPassword);
    form->addRow(mSecretLabel, mSecretName);
    form->addRow(mDatabaseLabel, mDatabase);
    form->addRow(QString(), mPgvector);
    mUserPage->body()->addLayout(form);
    mUserPage->body()->addSpacing(8);
    mUserPage->body()->addWidget(mHbaHint);
    mUserLabel->setBuddy(mUser);
    mSecretLabel->setBuddy(mSecretName);
    mDatabaseLabel->setBuddy(mDatabase);

    mUserPage->setCheck([this] {
        if (QString p = userNameProblem(userName()); !p.isEmpty())
            return p;
        if (mPassword->password().size() < 12)
            return tr("Use a password of at least 12 characters (Generate makes one of 24).");
        if (QString p = secretNameProblem(secretName()); !p.isEmpty())
            return p;
        if (!NameRules::isSafe(s(mDatabase->text().trimmed())))
            return tr("The database name \"%1\" must start with a letter or '_' and hold only letters, digits, '_', "
                      "'.', '-' or '@'.")
                .arg(mDatabase->text().trimmed());
        return QString();
    });
    connect(mUser, &QLineEdit::textEdited, this, [this] { mUserEdited = true; });
    connect(mDatabase, &QLineEdit::textEdited, this, [this] { mDatabaseEdited = true; });
    connect(mSecretName, &QLineEdit::textEdited, this, [this] { mSecretNameEdited = true; });
    connect(mUser, &QLineEdit::textChanged, this, [this] {
        if (!mSecretNameEdited)
            mSecretName->setText(SecretRef::suggestName(clusterName(), u"password", userName()));
        retranslate(); // the HBA hint names the user
        mUserPage->revalidate();
    });
    for (QLineEdit *edit : { mSecretName, mDatabase })
        connect(edit, &QLineEdit::textChanged, mUserPage, &ValidatedPage::revalidate);
    connect(mPassword, &PasswordField::changed, mUserPage, &ValidatedPage::revalidate);
}

void NewPgClusterWizard::suggestNames()
{
    const QString purpose = purposeOf(clusterName());
    if (!mUserEdited)
        mUser->setText(u"dbuser_"_s + purpose);
    if (!mDatabaseEdited)
        mDatabase->setText(purpose);
    if (!mSecretNameEdited)
        mSecretName->setText(SecretRef::suggestName(clusterName(), u"password", userName()));
}

QString NewPgClusterWizard::clusterName() const
{
    return mName->text().trimmed();
}

QStringList NewPgClusterWizard::hosts() const
{
    return splitList(mHosts->text());
}

QString NewPgClusterWizard::userName() const
{
    return mUser->text().trimmed();
}

QString NewPgClusterWizard::secretName() const
{
    return mSecretName->text().trimmed();
}

QString NewPgClusterWizard::groupPointer() const
{
    return u"/all/children/"_s + clusterName();
}

YAML::Node NewPgClusterWizard::groupNode() const
{
    const QString user = userName();
    const QString db = mDatabase->text().trimmed();

    YAML::Node hostsNode(YAML::NodeType::Map);
    const QStringList list = hosts();
    for (int i = 0; i < list.size(); ++i) {
        YAML::Node host(YAML::NodeType::Map);
        host["pg_seq"] = i + 1;
        host["pg_role"] = i == 0 ? "primary" : "replica";
        hostsNode[s(list.at(i))] = host;
    }

    YAML::Node vars(YAML::NodeType::Map);
    vars["pg_cluster"] = s(clusterName());
    vars["pg_version"] = mVersion->currentData().toInt();
    if (mPgvector->isChecked()) {
        YAML::Node extensions(YAML::NodeType::Sequence);
        extensions.push_back("pgvector");
        vars["pg_extensions"] = extensions;
    }

    YAML::Node userNode(YAML::NodeType::Map);
    userNode["name"] = s(user);
    userNode["password"] = secretReference(secretName());
    userNode["pgbouncer"] = true;
    YAML::Node roles(YAML::NodeType::Sequence);
    roles.push_back("dbrole_admin");
    userNode["roles"] = roles;
    userNode["comment"] = s(tr("owner of the %1 database").arg(db));
    YAML::Node users(YAML::NodeType::Sequence);
    users.push_back(userNode);
    vars["pg_users"] = users;

    YAML::Node dbNode(YAML::NodeType::Map);
    dbNode["name"] = s(db);
    dbNode["owner"] = s(user);
    if (mPgvector->isChecked()) {
        YAML::Node vector(YAML::NodeType::Map);
        vector["name"] = "vector";
        YAML::Node extensions(YAML::NodeType::Sequence);
        extensions.push_back(vector);
        dbNode["extensions"] = extensions;
    }
    YAML::Node dbs(YAML::NodeType::Sequence);
    dbs.push_back(dbNode);
    vars["pg_databases"] = dbs;

    YAML::Node rule(YAML::NodeType::Map);
    rule["user"] = s(user);
    rule["db"] = "all";
    rule["addr"] = "intra";
    rule["auth"] = "pwd";
    rule["title"] = s(tr("%1 from the intranet with a password").arg(user));
    YAML::Node rules(YAML::NodeType::Sequence);
    rules.push_back(rule);
    vars["pg_hba_rules"] = rules;

    YAML::Node group(YAML::NodeType::Map);
    group["hosts"] = hostsNode;
    group["vars"] = vars;
    return group;
}

InventoryEdits NewPgClusterWizard::edits(bool) const
{
    InventoryEdits edits;
    edits.add(groupPointer(), groupNode());
    return edits;
}

QList<SecretWriter::Item> NewPgClusterWizard::secrets() const
{
    return { SecretWriter::Item { secretName(), mPassword->password(), false } };
}

QString NewPgClusterWizard::undoText() const
{
    return tr("New PostgreSQL cluster %1").arg(clusterName());
}

void NewPgClusterWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    InventoryWizard::changeEvent(event);
}

void NewPgClusterWizard::retranslate()
{
    setWindowTitle(tr("New PostgreSQL Cluster"));
    mClusterPage->setTitle(tr("Cluster"));
    mClusterPage->setSubTitle(tr("A PostgreSQL cluster managed by Patroni: one primary and any number of replicas."));
    mNameLabel->setText(tr("&Name:"));
    mHostsLabel->setText(tr("&Hosts:"));
    mHostsHint->setText(tr("IPv4 addresses, separated by commas. The first host is the primary; the others are "
                           "streaming replicas, numbered in this order (pg_seq 1, 2, …)."));
    mVersionLabel->setText(tr("PostgreSQL &version:"));
    mUserPage->setTitle(tr("First user and database"));
    mUserPage->setSubTitle(tr("The password is generated here and stored in the system keychain under the "
                              "keychain name; the inventory only refers to it by that name."));
    mUserLabel->setText(tr("&User:"));
    mPasswordLabel->setText(tr("Password:"));
    mSecretLabel->setText(tr("&Keychain name:"));
    mDatabaseLabel->setText(tr("&Database:"));
    mPgvector->setText(tr("Install pgvector and enable the vector extension in the database"));
    mHbaHint->setText(tr("An HBA rule lets %1 connect to any database of the cluster from the intranet (intra) "
                         "with a password.")
                          .arg(userName().isEmpty() ? tr("the user") : userName()));
}

} // namespace stackyard
