// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/hostcheckpanel.h"

#include "transport/guitransport.h"
#include "transport/hostcheckmodel.h"
#include "transport/transport.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stackyard {

HostCheckPanel::HostCheckPanel(QWidget *parent)
    : QWidget(parent)
    , mTest(new QPushButton(this))
    , mCancel(new QPushButton(this))
    , mBusy(new QProgressBar(this))
    , mStatus(new QLabel(this))
    , mError(new QLabel(this))
{
    setObjectName(u"hostCheckPanel"_s);
    mTest->setObjectName(u"testConnectionButton"_s);
    mCancel->setObjectName(u"cancelTestButton"_s);
    mBusy->setObjectName(u"testConnectionBusy"_s);
    mStatus->setObjectName(u"testConnectionStatus"_s);
    mError->setObjectName(u"testConnectionError"_s);
    mBusy->setRange(0, 0); // busy indicator
    mBusy->setMaximumWidth(120);
    mBusy->setTextVisible(false);
    mBusy->hide();
    mCancel->hide();
    mError->setWordWrap(true);
    mError->setTextFormat(Qt::PlainText);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = mError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    mError->setPalette(errorPalette);
    mError->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(mTest);
    row->addWidget(mCancel);
    row->addWidget(mBusy);
    row->addWidget(mStatus, 1);

    // Two facts a row, so the form stays short: Reachable | Latency, Authentication | Host key, …
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    static const char *const names[] = {"checkReachable", "checkLatency", "checkAuth", "checkHostKey",
                                        "checkOs",        "checkKernel",  "checkCpuRam", "checkSudo"};
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QString::fromLatin1(names[i]));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        mFieldLabels << label;
        mFields << value;
        grid->addWidget(label, i / 2, (i % 2) * 2, Qt::AlignTop);
        grid->addWidget(value, i / 2, (i % 2) * 2 + 1, Qt::AlignTop);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(grid);
    layout->addWidget(mError);

    connect(mTest, &QPushButton::clicked, this, &HostCheckPanel::testConnection);
    connect(mCancel, &QPushButton::clicked, this, &HostCheckPanel::cancel);
    retranslate();
    clearFields();
}

HostCheckPanel::~HostCheckPanel() = default;

void HostCheckPanel::setInventorySource(std::function<Inventory()> snapshot)
{
    mSnapshot = std::move(snapshot);
}

void HostCheckPanel::setHost(const QString &host)
{
    if (host == mHost)
        return;
    mHost = host;
    dropRunner();
    setBusy(false);
    clearFields();
}

void HostCheckPanel::setOptionsFactory(HostCheckRunner::OptionsFactory factory)
{
    mOptions = std::move(factory);
}

bool HostCheckPanel::isBusy() const
{
    return mRunner && mRunner->isRunning();
}

void HostCheckPanel::testConnection()
{
    if (mHost.isEmpty() || !mSnapshot || isBusy())
        return;
    dropRunner();
    mRunner = new HostCheckRunner(this);
    mRunner->setMaxConcurrent(1);
    connect(mRunner, &HostCheckRunner::hostFinished, this, [this](int, const HostCheckReport &report) {
        setBusy(false);
        showReport(report);
        emit checkFinished(report);
    });
    HostCheckRunner::OptionsFactory options = mOptions ? mOptions : guiOptionsFactory(window());
    clearFields();
    setBusy(true);
    mRunner->start(mSnapshot(), {mHost}, std::move(options));
}

void HostCheckPanel::dropRunner()
{
    if (!mRunner)
        return;
    // Possibly inside one of its signals: disconnect now, delete later (which cancels it).
    mRunner->disconnect(this);
    mRunner->cancel();
    mRunner->deleteLater();
    mRunner = nullptr;
}

void HostCheckPanel::cancel()
{
    if (mRunner) {
        mRunner->cancel();
        mStatus->setText(tr("Cancelling…"));
        mCancel->setEnabled(false);
    }
}

void HostCheckPanel::setBusy(bool busy)
{
    mTest->setEnabled(!busy);
    mCancel->setVisible(busy);
    mCancel->setEnabled(busy);
    mBusy->setVisible(busy);
    if (busy)
        mStatus->setText(tr("Connecting to %1…").arg(mHost));
}

void HostCheckPanel::clearFields()
{
    for (QLabel *field : std::as_const(mFields))
        field->setText(u"—"_s);
    mError->clear();
    mError->hide();
    mStatus->setText(mHost.isEmpty() ? QString() : tr("Not tested yet."));
}

void HostCheckPanel::showReport(const HostCheckReport &r)
{
    // The server answered unless the connect step itself failed.
    const QString connectStep = u" ["_s + Transport::stepName(Transport::Step::Connect) + u']';
    const bool reached = r.ok() || (r.error && !r.error->where.endsWith(connectStep));
    QString reachable;
    if (r.ok())
        reachable = tr("yes — %1").arg(r.target);
    else if (r.cancelled)
        reachable = tr("cancelled");
    else
        reachable = reached ? tr("yes, but a later step failed") : tr("no");
    const QString none = u"—"_s;
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    mFields[Reachable]->setText(reachable);
    mFields[Latency]->setText(orNone(HostCheckModel::latencyText(r)));
    mFields[Auth]->setText(orNone(r.auth));
    mFields[HostKey]->setText(orNone(HostCheckModel::hostKeyText(r)));
    mFields[Os]->setText(orNone(HostCheckModel::osText(r)));
    mFields[Kernel]->setText(orNone(r.kernel));
    const QString cpu = HostCheckModel::cpuText(r);
    const QString ram = HostCheckModel::memoryText(r);
    mFields[CpuRam]->setText(cpu.isEmpty() && ram.isEmpty() ? none : tr("%1, %2").arg(orNone(cpu), orNone(ram)));
    mFields[Sudo]->setText(orNone(HostCheckModel::sudoText(r)));
    mStatus->setText(r.ok() ? tr("Connection works.") : r.cancelled ? tr("Test cancelled.") : tr("Connection failed."));
    mError->setText(HostCheckModel::errorText(r));
    mError->setVisible(!mError->text().isEmpty());
}

void HostCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HostCheckPanel::retranslate()
{
    mTest->setText(tr("&Test connection"));
    mTest->setToolTip(tr("Connects to this host (as Provision would) and reports what it finds. Nothing is changed on the host."));
    mCancel->setText(tr("Cancel"));
    const QStringList labels{tr("Reachable:"), tr("Latency:"), tr("Authentication:"), tr("Host key:"),
                             tr("OS:"),        tr("Kernel:"),  tr("CPU / RAM:"),      tr("sudo:")};
    for (int i = 0; i < mFieldLabels.size(); ++i)
        mFieldLabels.at(i)->setText(labels.value(i));
}

} // namespace stackyard
