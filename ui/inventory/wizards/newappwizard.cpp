// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/wizards/newappwizard.h"

#include "inventory/inventory.h"
#include "inventory/validation/namerules.h"
#include "inventory/wizards/inventoryfacts.h"
#include "inventory/wizards/validatedpage.h"
#include "secrets/secretref.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString defaultUser(AppConf::App app)
{
    return app == AppConf::App::Dify ? u"dify"_s : u"openwebui"_s;
}

} // namespace

NewAppWizard::NewAppWizard(InventorySession *session, QWidget *parent)
    : InventoryWizard(session, parent)
    , mAppPage(new ValidatedPage(this))
    , mDatabasePage(new ValidatedPage(this))
    , mNewPassword(SecretWriter::generatePassword(24))
    , mSecretKey(SecretWriter::generatePassword(48))
    , mRedisPassword(SecretWriter::generatePassword(24))
{
    setObjectName(u"newAppWizard"_s);
    createAppPage();
    createDatabasePage();
    addPage(mAppPage);
    addPage(mDatabasePage);
    addReviewPage();
    retranslate();
    appChanged();
}

void NewAppWizard::createAppPage()
{
    mAppPage->setObjectName(u"appPage"_s);
    mAppLabel = new QLabel(mAppPage);
    mApp = new QComboBox(mAppPage);
    mApp->setObjectName(u"appBox"_s);
    mApp->addItem(QString(), int(AppConf::App::Dify));
    mApp->addItem(QString(), int(AppConf::App::OpenWebUI));
    mGroupLabel = new QLabel(mAppPage);
    mGroup = new QLineEdit(mAppPage);
    mGroup->setObjectName(u"groupNameEdit"_s);
    mHostLabel = new QLabel(mAppPage);
    mHost = new QComboBox(mAppPage);
    mHost->setObjectName(u"hostBox"_s);
    mHost->setEditable(true);
    mHost->addItems(inventory().hostKeys());
    mPortLabel = new QLabel(mAppPage);
    mPort = new QSpinBox(mAppPage);
    mPort->setObjectName(u"portBox"_s);
    mPort->setRange(1, 65535);
    mDataLabel = new QLabel(mAppPage);
    mDataDir = new QLineEdit(mAppPage);
    mDataDir->setObjectName(u"dataDirEdit"_s);

    auto *form = new QFormLayout;
    form->addRow(mAppLabel, mApp);
    form->addRow(mGroupLabel, mGroup);
    form->addRow(mHostLabel, mHost);
    form->addRow(mPortLabel, mPort);
    form->addRow(mDataLabel, mDataDir);
    mAppPage->body()->addLayout(form);
    for (auto [label, buddy] : { std::pair<QLabel *, QWidget *> { mAppLabel, mApp }, { mGroupLabel, mGroup },
             { mHostLabel, mHost }, { mPortLabel, mPort }, { mDataLabel, mDataDir } })
        label->setBuddy(buddy);

    mAppPage->setCheck([this] { return appProblem(); });
    connect(mApp, &QComboBox::currentIndexChanged, this, &NewAppWizard::appChanged);
    connect(mGroup, &QLineEdit::textEdited, this, [this] { mGroupEdited = true; });
    connect(mGroup, &QLineEdit::textChanged, mAppPage, &ValidatedPage::revalidate);
    connect(mHost, &QComboBox::currentTextChanged, mAppPage, &ValidatedPage::revalidate);
    connect(mDataDir, &QLineEdit::textChanged, mAppPage, &ValidatedPage::revalidate);
}

void NewAppWizard::createDatabasePage()
{
    mDatabasePage->setObjectName(u"databasePage"_s);
    const InventoryFacts facts(inventory());
    mClusterLabel = new QLabel(mDatabasePage);
    mCluster = new QComboBox(mDatabasePage);
    mCluster->setObjectName(u"pgClusterBox"_s);
    mCluster->addItems(facts.groupsOfKind(ClusterKind::PostgreSQL));
    mUseExisting = new QRadioButton(mDatabasePage);
    mUseExisting->setObjectName(u"useExistingRadio"_s);
    mCreateNew = new QRadioButton(mDatabasePage);
    mCreateNew->setObjectName(u"createNewRadio"_s);
    auto *modes = new QButtonGroup(this);
    modes->addButton(mUseExisting);
    modes->addButton(mCreateNew);
    mDatabaseLabel = new QLabel(mDatabasePage);
    mDatabase = new QComboBox(mDatabasePage);
    mDatabase->setObjectName(u"databaseBox"_s);
    mUserLabel = new QLabel(mDatabasePage);
    mUser = new QComboBox(mDatabasePage);
    mUser->setObjectName(u"userBox"_s);
    mNewDatabaseLabel = new QLabel(mDatabasePage);
    mNewDatabase = new QLineEdit(mDatabasePage);
    mNewDatabase->setObjectName(u"newDatabaseEdit"_s);
    mNewUserLabel = new QLabel(mDatabasePage);
    mNewUser = new QLineEdit(mDatabasePage);
    mNewUser->setObjectName(u"newUserEdit"_s);
    mRedisLabel = new QLabel(mDatabasePage);
    mRedis = new QComboBox(mDatabasePage);
    mRedis->setObjectName(u"redisBox"_s);
    for (const QString &g : facts.groupsOfKind(ClusterKind::Redis))
        mRedis->addItem(g, g);
    mRedis->addItem(QString(), QString()); // the stack's own Redis; text set in retranslate()
    mNote = new QLabel(mDatabasePage);
    mNote->setObjectName(u"databaseNote"_s);
    mNote->setWordWrap(true);
    mNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(mClusterLabel, mCluster);
    form->addRow(QString(), mUseExisting);
    form->addRow(mDatabaseLabel, mDatabase);
    form->addRow(mUserLabel, mUser);
    form->addRow(QString(), mCreateNew);
    form->addRow(mNewDatabaseLabel, mNewDatabase);
    form->addRow(mNewUserLabel, mNewUser);
    form->addRow(mRedisLabel, mRedis);
    mDatabasePage->body()->addLayout(form);
    mDatabasePage->body()->addSpacing(8);
    mDatabasePage->body()->addWidget(mNote);
    mClusterLabel->setBuddy(mCluster);
    mDatabaseLabel->setBuddy(mDatabase);
    mUserLabel->setBuddy(mUser);
    mNewDatabaseLabel->setBuddy(mNewDatabase);
    mNewUserLabel->setBuddy(mNewUser);
    mRedisLabel->setBuddy(mRedis);

    mDatabasePage->setCheck([this] { return databaseProblem(); });
    connect(mCluster, &QComboBox::currentIndexChanged, this, &NewAppWizard::clusterChanged);
    connect(mUseExisting, &QRadioButton::toggled, this, &NewAppWizard::databaseModeChanged);
    connect(mDatabase, &QComboBox::currentIndexChanged, this, [this] {
        // The database's owner is the user the app most likely logs in as.
        for (const InventoryFacts::PgDatabase &db : InventoryFacts(inventory()).pgDatabases(pgGroup()))
            if (db.name == mDatabase->currentText() && mUser->findText(db.owner) >= 0)
                mUser->setCurrentIndex(mUser->findText(db.owner));
        databaseModeChanged();
    });
    for (QComboBox *box : { mUser, mRedis })
        connect(box, &QComboBox::currentIndexChanged, this, &NewAppWizard::databaseModeChanged);
    for (QLineEdit *edit : { mNewDatabase, mNewUser })
        connect(edit, &QLineEdit::textChanged, this, &NewAppWizard::databaseModeChanged);
}

void NewAppWizard::databaseModeChanged()
{
    const bool existing = mUseExisting->isChecked();
    for (QWidget *w : { static_cast<QWidget *>(mDatabase), static_cast<QWidget *>(mUser) })
        w->setEnabled(existing);
    for (QWidget *w : { mNewDatabase, mNewUser })
        w->setEnabled(!existing);
    retranslate(); // the note describes the choice
    mDatabasePage->revalidate();
}

void NewAppWizard::appChanged()
{
    const AppConf::App a = app();
    const AppConf::App other = a == AppConf::App::Dify ? AppConf::App::OpenWebUI : AppConf::App::Dify;
    if (!mGroupEdited) {
        QString name = AppConf::appName(a);
        for (int n = 2; inventory().group(name); ++n)
            name = AppConf::appName(a) + QString::number(n);
        mGroup->setText(name);
    }
    if (mPort->value() == AppConf::defaultPort(other) || mPort->value() == 1)
        mPort->setValue(AppConf::defaultPort(a));
    if (mDataDir->text().isEmpty() || mDataDir->text() == AppConf::defaultDataDir(other))
        mDataDir->setText(AppConf::defaultDataDir(a));
    if (mNewUser->text().isEmpty() || mNewUser->text() == defaultUser(other))
        mNewUser->setText(defaultUser(a));
    if (mNewDatabase->text().isEmpty() || mNewDatabase->text() == defaultUser(other))
        mNewDatabase->setText(defaultUser(a));
    mRedis->setVisible(a == AppConf::App::Dify);
    mRedisLabel->setVisible(a == AppConf::App::Dify);
    clusterChanged();
    mAppPage->revalidate();
}

void NewAppWizard::clusterChanged()
{
    const InventoryFacts facts(inventory());
    const QSignalBlocker blockDb(mDatabase);
    const QSignalBlocker blockUser(mUser);
    mDatabase->clear();
    mUser->clear();
    QString owner;
    for (const InventoryFacts::PgDatabase &db : facts.pgDatabases(pgGroup())) {
        mDatabase->addItem(db.name);
        if (db.name == defaultUser(app()))
            owner = db.owner;
    }
    for (const InventoryFacts::PgUser &user : facts.pgUsers(pgGroup()))
        mUser->addItem(user.name);
    // An app's database that is already there is the one to use; otherwise make one.
    const int existing = mDatabase->findText(defaultUser(app()));
    if (existing >= 0) {
        mDatabase->setCurrentIndex(existing);
        if (mUser->findText(owner) >= 0)
            mUser->setCurrentIndex(mUser->findText(owner));
    }
    const bool useExisting = existing >= 0 && mUser->count() > 0;
    mUseExisting->setEnabled(mDatabase->count() > 0 && mUser->count() > 0);
    (useExisting ? mUseExisting : mCreateNew)->setChecked(true);
    databaseModeChanged();
}

AppConf::App NewAppWizard::app() const
{
    return AppConf::App(mApp->currentData().toInt());
}

QString NewAppWizard::groupName() const
{
    return mGroup->text().trimmed();
}

QString NewAppWizard::groupPointer() const
{
    return u"/all/children/"_s + groupName();
}

QString NewAppWizard::pgGroup() const
{
    return mCluster->currentText();
}

QString NewAppWizard::redisGroup() const
{
    return app() == AppConf::App::Dify ? mRedis->currentData().toString() : QString();
}

bool NewAppWizard::createsDatabase() const
{
    return mCreateNew->isChecked();
}

QString NewAppWizard::appProblem() const
{
    if (QString p = groupNameProblem(inventory(), groupName()); !p.isEmpty())
        return p;
    if (!isIPv4(mHost->currentText().trimmed()))
        return tr("Enter the IPv4 address of the host the app runs on.");
    const QString dir = mDataDir->text().trimmed();
    if (!dir.startsWith(u'/') || dir == u"/"_s)
        return tr("The data directory must be an absolute path below / (for example %1).")
            .arg(AppConf::defaultDataDir(app()));
    return {};
}

QString NewAppWizard::databaseProblem() const
{
    if (mCluster->count() == 0)
        return tr("The inventory has no PostgreSQL cluster. Add one first (Inventory ▸ New PostgreSQL Cluster…).");
    if (!createsDatabase()) {
        if (mDatabase->currentText().isEmpty() || mUser->currentText().isEmpty())
            return tr("Choose the database and the user the app connects as.");
        return {};
    }
    const QString user = mNewUser->text().trimmed();
    if (QString p = userNameProblem(user); !p.isEmpty())
        return p;
    if (mUser->findText(user) >= 0)
        return tr("%1 already has a user %2; use it, or choose another name.").arg(pgGroup(), user);
    const QString db = mNewDatabase->text().trimmed();
    if (!NameRules::isSafe(s(db)))
        return tr("The database name \"%1\" must start with a letter or '_' and hold only letters, digits, '_', "
                  "'.', '-' or '@'.")
            .arg(db);
    if (mDatabase->findText(db) >= 0 || (app() == AppConf::App::Dify && mDatabase->findText(db + u"_plugin"_s) >= 0))
        return tr("%1 already has a database %2; use it, or choose another name.").arg(pgGroup(), db);
    return {};
}

QString NewAppWizard::undoText() const
{
    return tr("New app %1").arg(groupName());
}

void NewAppWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    InventoryWizard::changeEvent(event);
}

void NewAppWizard::retranslate()
{
    setWindowTitle(tr("New App"));
    mAppPage->setTitle(tr("Application"));
    mAppPage->setSubTitle(tr("A compose stack on one host. Its settings become the stack's .env file."));
    mAppLabel->setText(tr("&Application:"));
    mApp->setItemText(0, tr("Dify"));
    mApp->setItemText(1, tr("Open WebUI"));
    mGroupLabel->setText(tr("&Group name:"));
    mHostLabel->setText(tr("&Host:"));
    mPortLabel->setText(tr("&Port:"));
    mDataLabel->setText(tr("&Data directory:"));
    mDatabasePage->setTitle(tr("Database and cache"));
    mDatabasePage->setSubTitle(tr("The app keeps its data and its vectors (pgvector) in a PostgreSQL cluster of "
                                  "this inventory."));
    mClusterLabel->setText(tr("PostgreSQL &cluster:"));
    mUseExisting->setText(tr("Use an existing database and user"));
    mCreateNew->setText(tr("Create a database and a user for the app"));
    mDatabaseLabel->setText(tr("Data&base:"));
    mUserLabel->setText(tr("&User:"));
    mNewDatabaseLabel->setText(tr("New data&base:"));
    mNewUserLabel->setText(tr("New u&ser:"));
    mRedisLabel->setText(tr("&Redis:"));
    mRedis->setItemText(mRedis->count() - 1, tr("Redis inside the Dify stack"));

    if (mCluster->count() == 0) {
        mNote->clear();
        return;
    }
    const Credential c = userCredential();
    QString note;
    if (createsDatabase())
        note = tr("Finish adds the user %1 with a generated password (kept in the keychain as %2), the database %3 "
                  "with pgvector and HBA rules for it to %4.")
                   .arg(mNewUser->text().trimmed(), c.name, mNewDatabase->text().trimmed(), pgGroup());
    else if (c.unknown)
        note = tr("The inventory does not hold %1's password itself (it is a hash or missing): the app refers to "
                  "%2; store the password there with \"stackyardctl secret set %2\".")
                   .arg(mUser->currentText(), c.name);
    else if (!c.value.isEmpty())
        note = tr("%1's password is written in the inventory in plain text: Finish stores it in the keychain as %2 "
                  "and writes the reference in its place.")
                   .arg(mUser->currentText(), c.name);
    else
        note = tr("The app uses %1's password from the keychain (%2).").arg(mUser->currentText(), c.name);
    mNote->setText(note);
}

} // namespace stackyard
