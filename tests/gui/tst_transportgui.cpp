// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of connecting to hosts, offscreen, against the real sshd of the test fixture and
// LocalTransport: the unknown host key dialog (Cancel refuses and writes nothing, Trust writes
// known_hosts), the changed host key warning (both fingerprints and the file:line), the host
// form's Test connection (every field filled from the real host), Test all hosts (table for an
// SSH and a local host; Cancel), and the passphrase dialog whose "Remember" stores the
// passphrase in a real (throw-away) keyring, which the next connection uses without asking.
#include "testservers.h"

#include "inventory/forms/variablesform.h"
#include "inventory/inventorypanel.h"
#include "inventory/inventorysession.h"
#include "inventory/inventoryloader.h"
#include "secrets/secretstore.h"
#include "transport/changedhostkeydialog.h"
#include "transport/hostcheckmodel.h"
#include "transport/hostcheckpanel.h"
#include "transport/hostcredentials.h"
#include "transport/hostkeydialog.h"
#include "transport/knownhosts.h"
#include "transport/secretpromptdialog.h"
#include "transport/testallhostsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace stackyard;
using stackyard::test::TestServers;

namespace {

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Answers the next dialog of type T that a worker shows (through a blocking queued call, so
// inside the dialog's own event loop) with answer; counts how many were shown.
template<typename T>
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(T *)> answer)
        : mAnswer(std::move(answer))
    {
        QObject::connect(&mTimer, &QTimer::timeout, &mTimer, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<T *>(w);
                if (dialog && dialog->isVisible() && !mAnswered.contains(dialog)) {
                    mAnswered << dialog;
                    ++mShown;
                    mAnswer(dialog);
                }
            }
        });
        mTimer.start(20);
    }
    int shown() const { return mShown; }

private:
    std::function<void(T *)> mAnswer;
    QTimer mTimer;
    QList<QPointer<T>> mAnswered;
    int mShown = 0;
};

} // namespace

class TestTransportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostKeyCancelRefusesThenTrustWrites();
    void changedHostKeyWarnsWithBothFingerprints();
    void testConnectionFillsTheForm();
    void testConnectionErrorNamesHostAndStep();
    void unreadableSecretIsAWarning();
    void testAllHostsFillsTheTable();
    void testAllHostsCancel();
    void passphraseRememberedInKeychain();

private:
    QString knownHostsFile() const { return mScratch.filePath(u"home/.ssh/known_hosts"_s); }
    QString hostField() const
    {
        return KnownHosts::hostField(mServers.value(u"SSH_HOST"_s), mServers.intValue(u"SSH_PORT"_s));
    }
    // The inventory: an SSH host on the fixture's sshd (key file), a local host, and extra hosts.
    QString writeInventory(const QString &name, const QString &keyFile, const QStringList &extraLocalHosts = {});
    HostCheckPanel *openHostForm(const QString &inventoryPath, const QString &host);
    // Trusts the fixture's host key the way a yes would have.
    bool trustHostKey();
    HostCheckReport runCheck(HostCheckPanel *panel);

    TestServers mServers;
    QTemporaryDir mScratch;
    std::unique_ptr<InventorySession> mSession;
    std::unique_ptr<InventoryPanel> mPanel;
    QAction mOpen;
    QAction mSample;
    QAction mShow;
};

void TestTransportGui::initTestCase()
{
    mServers = TestServers::load();
    STACKYARD_REQUIRE_SERVERS(mServers);
    QVERIFY(mScratch.isValid());
    // No keys, config, known_hosts or agent of the user running the tests.
    QVERIFY(QDir().mkpath(mScratch.filePath(u"home/.ssh"_s)));
    qputenv("HOME", mScratch.filePath(u"home"_s).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
}

QString TestTransportGui::writeInventory(const QString &name, const QString &keyFile, const QStringList &extraLocalHosts)
{
    QString yaml = u"---\nall:\n  children:\n    hosts-test:\n      hosts:\n"_s;
    yaml += u"        sshd-host: { ansible_host: %1, ansible_port: %2, ansible_user: %3, ansible_ssh_private_key_file: '%4' }\n"_s
                .arg(mServers.value(u"SSH_HOST"_s))
                .arg(mServers.intValue(u"SSH_PORT"_s))
                .arg(mServers.value(u"SSH_USER"_s), keyFile);
    yaml += u"        local-host: { ansible_connection: local }\n"_s;
    for (const QString &extra : extraLocalHosts)
        yaml += u"        %1: { ansible_connection: local }\n"_s.arg(extra);
    const QString path = mScratch.filePath(name + u".yml"_s);
    return writeFile(path, yaml.toUtf8()) ? path : QString();
}

HostCheckPanel *TestTransportGui::openHostForm(const QString &inventoryPath, const QString &host)
{
    mPanel.reset();
    mSession = std::make_unique<InventorySession>();
    mPanel = std::make_unique<InventoryPanel>(mSession.get(), ShellActions{&mOpen, &mSample, &mShow});
    QSignalSpy opened(mSession.get(), &InventorySession::opened);
    mSession->open(inventoryPath);
    if (!opened.wait(10000))
        return nullptr;
    const InventoryOverview overview = mSession->overview();
    mPanel->setInventory(&overview);
    mPanel->resize(1280, 900);
    mPanel->show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    mPanel->select(u"/all/children/hosts-test/hosts/"_s + host);
    auto *form = qobject_cast<VariablesForm *>(mPanel->currentForm());
    return form ? form->hostCheck() : nullptr;
}

bool TestTransportGui::trustHostKey()
{
    QFile fixture(mServers.value(u"SSH_KNOWN_HOSTS"_s));
    return fixture.open(QIODevice::ReadOnly) && writeFile(knownHostsFile(), fixture.readAll());
}

HostCheckReport TestTransportGui::runCheck(HostCheckPanel *panel)
{
    QSignalSpy finished(panel, &HostCheckPanel::checkFinished);
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    if (!panel->isBusy() || panel->testButton()->isEnabled())
        qWarning("the panel did not show its busy state");
    if (!finished.wait(60000) && finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<HostCheckReport>();
}

void TestTransportGui::unknownHostKeyCancelRefusesThenTrustWrites()
{
    QFile::remove(knownHostsFile());
    HostCheckPanel *panel = openHostForm(writeInventory(u"unknown"_s, mServers.value(u"SSH_KEY"_s)), u"sshd-host"_s);
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    const QString fingerprint = mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s);

    QString shownFingerprint;
    QString shownFile;
    bool cancelWasDefault = false;
    {
        DialogAnswerer<HostKeyDialog> cancel([&](HostKeyDialog *d) {
            shownFingerprint = d->fingerprintLabel()->text();
            shownFile = d->knownHostsLabel()->text();
            cancelWasDefault = d->cancelButton()->isDefault() && !d->trustButton()->isDefault();
            // Enter presses the default button: the safe one.
            QTest::keyClick(d, Qt::Key_Return);
        });
        const HostCheckReport refused = runCheck(panel);
        QCOMPARE(cancel.shown(), 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error->where.endsWith(u"[hostkey]"_s), qPrintable(refused.error->toString()));
    }
    QCOMPARE(shownFingerprint, fingerprint);
    QCOMPARE(shownFile, QDir::toNativeSeparators(knownHostsFile()));
    QVERIFY(cancelWasDefault);
    QVERIFY(!QFile::exists(knownHostsFile()));
    QVERIFY(panel->errorLabel()->isVisible());
    QVERIFY2(panel->errorLabel()->text().contains(u"[hostkey]"_s), qPrintable(panel->errorLabel()->text()));
    QVERIFY(panel->errorLabel()->text().contains(fingerprint));
    // sshd answered; the host key step refused.
    QCOMPARE(panel->field(HostCheckPanel::Reachable)->text(), u"yes, but a later step failed"_s);

    DialogAnswerer<HostKeyDialog> trust([](HostKeyDialog *d) { QTest::mouseClick(d->trustButton(), Qt::LeftButton); });
    const HostCheckReport accepted = runCheck(panel);
    QCOMPARE(trust.shown(), 1);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error ? accepted.error->toString() : QString()));
    QVERIFY(accepted.hostKeyAdded);
    const QByteArray found = runTool(u"ssh-keygen"_s, {u"-F"_s, hostField(), u"-f"_s, knownHostsFile()});
    QVERIFY2(found.contains("ssh-ed25519"), found.constData());
    QVERIFY(panel->field(HostCheckPanel::HostKey)->text().contains(fingerprint));
}

void TestTransportGui::changedHostKeyWarnsWithBothFingerprints()
{
    const QString other = mScratch.filePath(u"other_host_key"_s);
    QFile::remove(other);
    QFile::remove(other + u".pub"_s);
    runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other});
    QFile pub(other + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    QVERIFY(writeFile(knownHostsFile(), "# an old key\n" + hostField().toUtf8() + ' ' + fields[0] + ' ' + fields[1] + '\n'));
    const QString oldFingerprint = KnownHosts::fingerprint(QByteArray::fromBase64(fields[1]));

    HostCheckPanel *panel = openHostForm(writeInventory(u"changed"_s, mServers.value(u"SSH_KEY"_s)), u"sshd-host"_s);
    QVERIFY(panel);
    QString known, offered, line, command;
    DialogAnswerer<HostKeyDialog> neverAsked([](HostKeyDialog *d) { d->reject(); });
    DialogAnswerer<ChangedHostKeyDialog> warning([&](ChangedHostKeyDialog *d) {
        known = d->knownFingerprintLabel()->text();
        offered = d->offeredFingerprintLabel()->text();
        line = d->lineLabel()->text();
        command = d->findChild<QLabel *>(u"removeKeyCommand"_s)->text();
        d->reject();
    });
    const HostCheckReport report = runCheck(panel);
    QCOMPARE(warning.shown(), 1);
    QCOMPARE(neverAsked.shown(), 0); // a changed key is never offered for a yes
    QVERIFY(!report.ok());
    QCOMPARE(known, oldFingerprint);
    QCOMPARE(offered, mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s));
    QCOMPARE(line, u"line 2 of %1"_s.arg(QDir::toNativeSeparators(knownHostsFile())));
    QVERIFY2(command.contains(u"ssh-keygen -R '%1'"_s.arg(hostField())), qPrintable(command));
    QVERIFY(report.hostKeyChange);
    QCOMPARE(report.hostKeyChange->line, 2);
    // The form's error says the same, with the step.
    const QString error = panel->errorLabel()->text();
    QVERIFY2(error.contains(u"[hostkey]"_s) && error.contains(oldFingerprint), qPrintable(error));
    // known_hosts is untouched.
    QFile kh(knownHostsFile());
    QVERIFY(kh.open(QIODevice::ReadOnly));
    QVERIFY(kh.readAll().startsWith("# an old key\n"));
}

void TestTransportGui::testConnectionFillsTheForm()
{
    QVERIFY(trustHostKey());
    HostCheckPanel *panel = openHostForm(writeInventory(u"fills"_s, mServers.value(u"SSH_KEY"_s)), u"sshd-host"_s);
    QVERIFY(panel);
    DialogAnswerer<QDialog> noDialog([](QDialog *d) { d->reject(); });
    const HostCheckReport report = runCheck(panel);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(noDialog.shown(), 0);
    QVERIFY(!panel->isBusy());
    QVERIFY(panel->testButton()->isEnabled());
    QVERIFY(!panel->errorLabel()->isVisible());
    // The sshd runs on this machine: what it reports is what this machine is.
    QVERIFY(panel->field(HostCheckPanel::Reachable)->text().startsWith(u"yes"_s));
    QVERIFY(panel->field(HostCheckPanel::Reachable)->text().contains(mServers.value(u"SSH_USER"_s)));
    QVERIFY(panel->field(HostCheckPanel::Latency)->text().contains(u" ms"_s));
    QCOMPARE(panel->field(HostCheckPanel::Auth)->text(), u"publickey (%1)"_s.arg(mServers.value(u"SSH_KEY"_s)));
    QCOMPARE(panel->field(HostCheckPanel::HostKey)->text(),
             u"ssh-ed25519 "_s + mServers.value(u"SSH_HOST_KEY_FINGERPRINT"_s));
    QCOMPARE(panel->field(HostCheckPanel::Kernel)->text(), QSysInfo::kernelVersion());
    QVERIFY(panel->field(HostCheckPanel::Os)->text().contains(u"[%1]"_s.arg(QSysInfo::productType())));
    QVERIFY2(panel->field(HostCheckPanel::CpuRam)->text().contains(u"GiB"_s), qPrintable(panel->field(HostCheckPanel::CpuRam)->text()));
    QVERIFY(report.cpus >= 1);
    QVERIFY(report.memoryKiB > 0);
    QVERIFY(panel->field(HostCheckPanel::Sudo)->text() != u"—"_s);

    // Another host drops the fields.
    mPanel->select(u"/all/children/hosts-test/hosts/local-host"_s);
    auto *form = qobject_cast<VariablesForm *>(mPanel->currentForm());
    QVERIFY(form);
    QCOMPARE(form->hostCheck()->host(), u"local-host"_s);
    QCOMPARE(form->hostCheck()->field(HostCheckPanel::Auth)->text(), u"—"_s);
    const HostCheckReport local = runCheck(form->hostCheck());
    QVERIFY(local.ok());
    QCOMPARE(form->hostCheck()->field(HostCheckPanel::Auth)->text(), u"local"_s);
}

void TestTransportGui::testConnectionErrorNamesHostAndStep()
{
    // Port 1 of loopback: nothing listens, the connection is refused at once.
    const QString path = mScratch.filePath(u"closed.yml"_s);
    QVERIFY(writeFile(path, "all:\n  children:\n    hosts-test:\n      hosts:\n"
                            "        closed-host: { ansible_host: 127.0.0.1, ansible_port: 1, ansible_user: nobody }\n"));
    HostCheckPanel *panel = openHostForm(path, u"closed-host"_s);
    QVERIFY(panel);
    const HostCheckReport report = runCheck(panel);
    QVERIFY(!report.ok());
    QVERIFY(!report.cancelled);
    QCOMPARE(panel->field(HostCheckPanel::Reachable)->text(), u"no"_s);
    QCOMPARE(panel->statusLabel()->text(), u"Connection failed."_s);
    const QString error = panel->errorLabel()->text();
    QVERIFY(panel->errorLabel()->isVisible());
    QVERIFY2(error.startsWith(u"nobody@127.0.0.1:1 [connect]: "_s), qPrintable(error)); // host and step
    QVERIFY2(error.contains(u"Remote/library message: "_s), qPrintable(error));         // the library's words
    QVERIFY2(error.contains(u"What to do: "_s), qPrintable(error));
    QVERIFY(panel->testButton()->isEnabled());
}

void TestTransportGui::unreadableSecretIsAWarning()
{
    // A become password the keychain does not hold: the check still runs, and says why sudo
    // with a password could not be tried.
    const QString path = mScratch.filePath(u"secret.yml"_s);
    QVERIFY(writeFile(path, "all:\n  children:\n    hosts-test:\n      hosts:\n"
                            "        local-host: { ansible_connection: local, ansible_become: true,"
                            " ansible_become_password: '${secret:stackyard-test/missing-become}' }\n"));
    HostCheckPanel *panel = openHostForm(path, u"local-host"_s);
    QVERIFY(panel);
    const HostCheckReport report = runCheck(panel);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.constFirst().contains(u"stackyard-test/missing-become"_s), qPrintable(report.warnings.constFirst()));
    QVERIFY(panel->errorLabel()->isVisible());
    QVERIFY2(panel->errorLabel()->text().startsWith(u"Warning: Could not read the secret stackyard-test/missing-become"_s),
             qPrintable(panel->errorLabel()->text()));
    QCOMPARE(panel->statusLabel()->text(), u"Connection works."_s);
}

void TestTransportGui::testAllHostsFillsTheTable()
{
    QVERIFY(trustHostKey());
    QVERIFY(openHostForm(writeInventory(u"all"_s, mServers.value(u"SSH_KEY"_s)), u"sshd-host"_s));
    mPanel->testAllHostsAction()->trigger();
    auto *dialog = mPanel->findChild<TestAllHostsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy finished(dialog, &TestAllHostsDialog::checksFinished);
    QVERIFY(finished.wait(60000));
    HostCheckModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(dialog->progressBar()->value(), 2);
    QCOMPARE(dialog->progressBar()->maximum(), 2);
    QVERIFY(!dialog->cancelButton()->isEnabled());
    for (int row = 0; row < 2; ++row) {
        const HostCheckReport &r = model->report(row);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(model->data(model->index(row, HostCheckModel::StatusColumn)).toString(), u"reachable"_s);
        QVERIFY(!model->data(model->index(row, HostCheckModel::StatusColumn), Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model->data(model->index(row, HostCheckModel::LatencyColumn)).toString().contains(u"ms"_s));
        QCOMPARE(model->data(model->index(row, HostCheckModel::KernelColumn)).toString(), QSysInfo::kernelVersion());
        QVERIFY(model->data(model->index(row, HostCheckModel::CpuColumn)).toString().contains(u"CPU"_s));
        QVERIFY(model->data(model->index(row, HostCheckModel::RamColumn)).toString().contains(u"GiB"_s));
        QVERIFY(!model->data(model->index(row, HostCheckModel::SudoColumn)).toString().isEmpty());
        QVERIFY(model->data(model->index(row, HostCheckModel::ErrorColumn)).toString().isEmpty());
    }
    QCOMPARE(model->data(model->index(0, HostCheckModel::HostColumn)).toString(), u"sshd-host"_s);
    QVERIFY(model->data(model->index(0, HostCheckModel::AuthColumn)).toString().startsWith(u"publickey"_s));
    QCOMPARE(model->data(model->index(1, HostCheckModel::AuthColumn)).toString(), u"local"_s);
    QCOMPARE(dialog->summaryLabel()->text(), u"Checked 2 of 2 host(s) — reachable: 2, failed: 0, cancelled: 0"_s);
    dialog->close();
}

void TestTransportGui::testAllHostsCancel()
{
    QStringList extra;
    for (int i = 0; i < 16; ++i)
        extra << u"local-%1"_s.arg(i);
    const QString path = writeInventory(u"cancel"_s, mServers.value(u"SSH_KEY"_s), extra);
    const Result<Inventory> inventory = InventoryLoader::loadNow(path);
    QVERIFY(inventory);
    QCOMPARE(inventory->hostKeys().size(), 18);
    TestAllHostsDialog dialog(*inventory, inventory->hostKeys());
    dialog.show();
    QSignalSpy finished(&dialog, &TestAllHostsDialog::checksFinished);
    QSignalSpy started(dialog.runner(), &HostCheckRunner::hostStarted);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000); // some checks are under way
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY(!dialog.isRunning());
    int cancelled = 0;
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        QCOMPARE(dialog.model()->state(row), HostCheckModel::State::Done);
        if (dialog.model()->report(row).cancelled)
            ++cancelled;
    }
    // At most the hosts under way (4 at a time) and those whose result was already posted ran.
    QVERIFY2(cancelled >= 18 - started.size(), qPrintable(u"%1 cancelled, %2 started"_s.arg(cancelled).arg(started.size())));
    QVERIFY(cancelled > 0);
    QVERIFY(dialog.summaryLabel()->text().contains(u"cancelled"_s));
    // The first host that did not succeed is selected and its whole error shown below the table.
    QVERIFY(dialog.detailsLabel()->isVisible());
    QVERIFY2(dialog.detailsLabel()->text().contains(u"cancelled"_s, Qt::CaseInsensitive), qPrintable(dialog.detailsLabel()->text()));
    QCOMPARE(dialog.progressBar()->value(), 18);
}

void TestTransportGui::passphraseRememberedInKeychain()
{
    const QByteArray sandbox = qgetenv("STACKYARD_KEYRING_SANDBOX");
    if (sandbox != "1") {
        const QByteArray why = "no throw-away keyring (run through tests/harness/with-keyring)";
        if (TestServers::inContinuousIntegration())
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QVERIFY(trustHostKey());
    const QString key = mScratch.filePath(u"protected_key"_s);
    QFile::remove(key);
    QFile::remove(key + u".pub"_s);
    runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u"correct horse"_s, u"-f"_s, key});
    QFile pub(key + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QFile authorized(mServers.value(u"SSH_AUTHORIZED_KEYS"_s));
    QVERIFY(authorized.open(QIODevice::Append));
    QVERIFY(authorized.write(pub.readAll()) > 0);
    authorized.close();
    const QString secretName = HostCredentials::passphraseSecretName(key);
    QVERIFY(SecretStore::removeNow(secretName));

    HostCheckPanel *panel = openHostForm(writeInventory(u"passphrase"_s, key), u"sshd-host"_s);
    QVERIFY(panel);
    QStringList titles;
    bool masked = false;
    {
        // First a wrong passphrase (not remembered), then the right one, remembered.
        DialogAnswerer<SecretPromptDialog> answer([&](SecretPromptDialog *d) {
            titles << d->windowTitle();
            masked = d->secretEdit()->echoMode() == QLineEdit::Password;
            QVERIFY(!d->rememberCheck()->isChecked()); // opt-in
            const bool first = titles.size() == 1;
            QTest::keyClicks(d->secretEdit(), first ? u"wrong"_s : u"correct horse"_s);
            d->rememberCheck()->setChecked(!first);
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        });
        const HostCheckReport report = runCheck(panel);
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toString() : QString()));
        QCOMPARE(answer.shown(), 2);
        QCOMPARE(report.auth, u"publickey (%1)"_s.arg(key));
    }
    QVERIFY(masked);
    QVERIFY(titles.constFirst().contains(u"sshd-host"_s) || titles.constFirst().contains(mServers.value(u"SSH_HOST"_s)));
    const Result<QString> stored = SecretStore::readNow(secretName);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(*stored, u"correct horse"_s);

    // The next check (a new connection) takes it from the keychain without asking.
    DialogAnswerer<SecretPromptDialog> notAsked([](SecretPromptDialog *d) { d->reject(); });
    const HostCheckReport again = runCheck(panel);
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->toString() : QString()));
    QCOMPARE(notAsked.shown(), 0);
    QVERIFY(SecretStore::removeNow(secretName));
}

QTEST_MAIN(TestTransportGui)
#include "tst_transportgui.moc"
